package io.policygraph.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where clauses and sentences begin and end around a place in a measure's text. */
final class Clauses {

	/**
	 * How far a sentence reaches either side of a name for its status and year: bounds the work on text without
	 * sentence ends (a table flattened into one paragraph).
	 */
	static final int SENTENCE_SPAN = 300;

	/**
	 * A number is read from its first digit only (not from inside 12345 or 1.5), so a long run of digits is
	 * scanned once rather than once per digit.
	 */
	static final String NUMBER_START = "(?<!\\d)(?<!\\d\\.)";

	private Clauses() {
	}

	/** Where the clause holding {@code at} begins, looking back at most {@code max} characters. */
	static int clauseStart(String text, int at, int max) {
		int s = at;
		while (s > 0 && at - s < max && "，,。；;：:".indexOf(text.charAt(s - 1)) < 0) {
			s--;
		}
		return s;
	}

	/** The comma-bounded clause around a span. */
	static String commaClauseAround(String text, int start, int end) {
		return around(text, start, end, "。；;，,");
	}

	/** The sentence (or semicolon clause) around a span. */
	static String clauseAround(String text, int start, int end) {
		return around(text, start, end, "。；;");
	}

	private static String around(String text, int start, int end, String stops) {
		int s = start;
		while (s > 0 && start - s < SENTENCE_SPAN && stops.indexOf(text.charAt(s - 1)) < 0) {
			s--;
		}
		int e = end;
		while (e < text.length() && e - end < SENTENCE_SPAN && stops.indexOf(text.charAt(e)) < 0) {
			e++;
		}
		return text.substring(s, e);
	}

	/** Whether {@code pattern} matches the text at {@code at}, without copying the rest of the text. */
	static boolean follows(Pattern pattern, String text, int at) {
		Matcher m = pattern.matcher(text);
		m.region(at, text.length());
		return m.lookingAt();
	}

}
