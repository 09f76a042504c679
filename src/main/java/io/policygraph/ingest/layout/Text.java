package io.policygraph.ingest.layout;

/**
 * One logical paragraph's text, rebuilt from physical lines, with the physical line of every character so
 * any span can be traced back to the original file.
 */
public final class Text {

	private final String text;

	private final int[] lineOf;

	public Text(String text, int[] lineOf) {
		if (text.length() != lineOf.length) {
			throw new IllegalArgumentException("line map must cover every character");
		}
		this.text = text;
		this.lineOf = lineOf;
	}

	public String text() {
		return this.text;
	}

	/** {@return the physical line of the character at {@code index}} (clamped to the paragraph) */
	public int lineAt(int index) {
		if (this.lineOf.length == 0) {
			return 0;
		}
		return this.lineOf[Math.max(0, Math.min(index, this.lineOf.length - 1))];
	}

	public int firstLine() {
		return lineAt(0);
	}

	public int lastLine() {
		return lineAt(this.text.length() - 1);
	}

	/** {@return the part of this paragraph from {@code start} (inclusive) to {@code end} (exclusive)} */
	public Text slice(int start, int end) {
		int[] map = new int[end - start];
		System.arraycopy(this.lineOf, start, map, 0, map.length);
		return new Text(this.text.substring(start, end), map);
	}

	@Override
	public String toString() {
		return firstLine() + "-" + lastLine() + ": " + this.text;
	}

}
