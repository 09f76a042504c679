package io.policygraph.ingest;

/**
 * A source file that cannot be read as policy text: empty, binary, or in an encoding we do not
 * recognise. The message names the file and says what was wrong with it.
 */
public final class UnreadableSourceException extends RuntimeException {

	private final String source;

	public UnreadableSourceException(String source, String reason) {
		super(source + ": " + reason);
		this.source = source;
	}

	public String source() {
		return this.source;
	}

}
