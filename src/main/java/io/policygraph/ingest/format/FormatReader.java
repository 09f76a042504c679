package io.policygraph.ingest.format;

/**
 * Reads one published format into the normalised text of the extraction core with the origin of every
 * line. A reader refuses what it cannot read faithfully ({@link io.policygraph.ingest.UnreadableSourceException},
 * naming the file and the reason) rather than hand over garbage.
 */
interface FormatReader {

	/** {@return the content read} */
	ReadSource read(String name, byte[] bytes, ReadLimits limits);

}
