package io.policygraph.ingest.format;

import java.util.List;

import io.policygraph.ingest.SourceDecoder;

/** Plain text, decoded as before (UTF-8, UTF-16 with a byte-order mark, GB18030): its lines are its origin. */
final class TextReader implements FormatReader {

	@Override
	public ReadSource read(String name, byte[] bytes, ReadLimits limits) {
		return new ReadSource(Format.TEXT, SourceDecoder.decode(name, bytes), List.of());
	}

}
