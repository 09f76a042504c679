package io.policygraph.ingest.format;

/**
 * The published formats PolicyGraph reads, each known by its content (magic bytes, the parts inside a
 * ZIP or OLE2 container, markup), never by the file name alone.
 */
public enum Format {

	TEXT("text", 256L << 20),
	HTML("html", 20L << 20),
	PDF("pdf", 100L << 20),
	DOCX("docx", 50L << 20),
	DOC("doc", 50L << 20),
	XLSX("xlsx", 50L << 20),
	XLS("xls", 50L << 20),
	OFD("ofd", 100L << 20);

	private final String label;

	private final long defaultMaxBytes;

	Format(String label, long defaultMaxBytes) {
		this.label = label;
		this.defaultMaxBytes = defaultMaxBytes;
	}

	/** {@return the format as written in output, configuration keys and messages} */
	public String label() {
		return this.label;
	}

	long defaultMaxBytes() {
		return this.defaultMaxBytes;
	}

}
