package io.policygraph.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A decoded source file as its physical lines (1-based, CRLF, CR or LF endings), each also in a folded
 * form for matching: full-width digits and letters made ASCII, letter-spacing and stray spaces around
 * Chinese characters removed. Provenance always refers to the physical line numbers.
 */
public final class SourceText {

	private final String name;

	private final List<String> raw;

	private final List<String> folded;

	private final boolean traditional;

	public SourceText(String name, String text) {
		this.name = name;
		this.raw = splitLines(text);
		this.folded = new ArrayList<>(this.raw.size());
		boolean anyTraditional = false;
		for (String line : this.raw) {
			this.folded.add(fold(line));
			anyTraditional = anyTraditional || holdsTraditional(line);
		}
		this.traditional = anyTraditional;
	}

	public String name() {
		return this.name;
	}

	/** {@return the number of physical lines} */
	public int lineCount() {
		return this.raw.size();
	}

	/** {@return physical line {@code n} (1-based) as written} */
	public String raw(int n) {
		return this.raw.get(n - 1);
	}

	/** {@return physical line {@code n} (1-based), folded for matching} */
	public String folded(int n) {
		return this.folded.get(n - 1);
	}

	public static List<String> splitLines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(text.substring(start, i));
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < n) {
			lines.add(text.substring(start));
		}
		return lines;
	}

	/**
	 * Folds width and removes spaces that only exist because of justification or PDF extraction: a run
	 * of spaces is dropped when a Chinese character or Chinese punctuation stands on either side of it,
	 * and kept between two Latin words or numbers.
	 */
	public static String fold(String line) {
		return fold(line, true);
	}

	/**
	 * {@return physical lines {@code from} to {@code to} folded as for matching but in their own script,
	 * joined} where a traditional name is found again as written ({@link Scripts#asWritten})
	 */
	public String written(int from, int to) {
		StringBuilder out = new StringBuilder();
		for (int n = Math.max(1, from); n <= Math.min(to, this.raw.size()); n++) {
			out.append(fold(this.raw.get(n - 1), false));
		}
		return out.toString();
	}

	/** {@return whether the file holds a traditional character the vocabulary folds} */
	public boolean traditional() {
		return this.traditional;
	}

	private static boolean holdsTraditional(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (Scripts.isTraditional(line.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static String fold(String line, boolean simplify) {
		StringBuilder out = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			out.append(simplify ? Chars.fold(line.charAt(i)) : Chars.foldWidth(line.charAt(i)));
		}
		String s = out.toString().strip();
		if (s.indexOf(' ') < 0) {
			return s;
		}
		StringBuilder joined = new StringBuilder(s.length());
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (c != ' ') {
				joined.append(c);
				i++;
				continue;
			}
			int j = i;
			while (j < s.length() && s.charAt(j) == ' ') {
				j++;
			}
			char before = joined.length() > 0 ? joined.charAt(joined.length() - 1) : ' ';
			char after = j < s.length() ? s.charAt(j) : ' ';
			boolean chineseSide = Chars.isCjk(before) || Chars.isCjkPunct(before) || Chars.isCjk(after)
					|| Chars.isCjkPunct(after) || isBracket(before) || isBracket(after);
			if (!chineseSide) {
				joined.append(' ');
			}
			i = j;
		}
		return joined.toString();
	}

	private static boolean isBracket(char c) {
		return Chars.isOpenBracket(c) || Chars.isCloseBracket(c);
	}

}
