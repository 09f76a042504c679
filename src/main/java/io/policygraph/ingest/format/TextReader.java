package io.policygraph.ingest.format;

import java.nio.charset.Charset;
import java.util.List;

import io.policygraph.ingest.SourceDecoder;

/**
 * Plain text, decoded as before (UTF-8, UTF-16 with a byte-order mark, GB18030), or in the charset its
 * transport declared when that is sensible for the bytes ({@link TransportCharset}): its lines are its origin.
 */
final class TextReader implements FormatReader {

	private final Charset transport;

	/** @param transport the charset the transport declared, or null */
	TextReader(Charset transport) {
		this.transport = transport;
	}

	@Override
	public ReadSource read(String name, byte[] bytes, ReadLimits limits) {
		boolean bom = bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
				|| bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB);
		String sent = bom ? null : TransportCharset.decode(bytes, this.transport);
		return new ReadSource(Format.TEXT, SourceDecoder.decode(name, bytes, sent), List.of());
	}

}
