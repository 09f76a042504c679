package io.policygraph.ingest.format;

import java.util.ArrayList;
import java.util.List;

/** Builds a reader's normalised text a physical line at a time, with each line's origin. */
final class Lines {

	/**
	 * Where a format marks a paragraph (Word, HTML), its line starts with the first-line indent of a paragraph
	 * written as text: layout takes a line without it after a short heading as the heading's continuation.
	 */
	static final String PARAGRAPH_START = "\u3000\u3000";

	private final StringBuilder text = new StringBuilder();

	private final List<Origin> origins = new ArrayList<>();

	/** Adds one physical line; line breaks inside it become lines of the same origin. */
	void add(String line, Origin origin) {
		for (String part : line.split("\\R", -1)) {
			this.text.append(part).append('\n');
			this.origins.add(origin);
		}
	}

	/** Appends text to the last line (a visual line that continues the one above it). */
	void appendToLast(String more) {
		this.text.setLength(this.text.length() - 1);
		this.text.append(more).append('\n');
	}

	/** Adds a table row: cells between TABs, tabs and breaks inside a cell made spaces. */
	void row(List<String> cells, Origin origin) {
		List<String> clean = new ArrayList<>(cells.size());
		for (String cell : cells) {
			clean.add(cell.replaceAll("[\\t\\r\\n\\u000B\\f]+", " ").strip());
		}
		while (!clean.isEmpty() && clean.get(clean.size() - 1).isEmpty()) {
			clean.remove(clean.size() - 1);
		}
		if (!clean.isEmpty()) {
			this.text.append(String.join("\t", clean)).append('\n');
			this.origins.add(origin);
		}
	}

	boolean isEmpty() {
		return this.origins.isEmpty();
	}

	/** {@return how many characters of text the lines hold, blanks excluded} */
	int visibleChars() {
		int n = 0;
		for (int i = 0; i < this.text.length(); i++) {
			if (!Character.isWhitespace(this.text.charAt(i))) {
				n++;
			}
		}
		return n;
	}

	ReadSource build(Format format) {
		return new ReadSource(format, this.text.toString(), this.origins);
	}

}
