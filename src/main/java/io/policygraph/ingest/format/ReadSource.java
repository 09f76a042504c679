package io.policygraph.ingest.format;

import java.util.List;

/**
 * A published file read into the normalised text the extraction core reads (paragraphs a line each, task
 * tables a row a line with a TAB between cells), and where each of its physical lines came from.
 *
 * @param format the format the content was recognised as
 * @param text the normalised text
 * @param origins the origin of physical line {@code n} at index {@code n - 1}; empty for plain text, whose
 * lines are their own origin
 */
public record ReadSource(Format format, String text, List<Origin> origins) {

	public ReadSource {
		origins = List.copyOf(origins);
	}

	/** {@return the origin of a physical line (1-based), or {@code null} when the text is its own source} */
	public Origin origin(int line) {
		return line >= 1 && line <= this.origins.size() ? this.origins.get(line - 1) : null;
	}

}
