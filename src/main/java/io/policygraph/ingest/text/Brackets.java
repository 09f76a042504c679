package io.policygraph.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one bracket-depth walker of the extraction core. Every question about nesting (where a top-level
 * bracket group opens and closes, whether a character lies inside a note, where to split a list) is
 * answered here, in one pass over the text, so that no caller rescans a prefix and no input turns
 * quadratic. A closing bracket with no opening one never drives the depth below zero.
 */
public final class Brackets {

	private Brackets() {
	}

	/** A visitor of the top-level bracket structure of a text. */
	public interface Visitor {

		/** A top-level group {@code text[open, close]}, both brackets included. */
		void group(int open, int close);

		/** A closing bracket at depth 0, with no opening one before it ({@code 责任单位：A、B）}). */
		default void unopened(int close) {
		}

		/** An opening bracket at depth 0 that the text never closes. */
		default void unclosed(int open) {
		}

	}

	/** Walks {@code text} once, reporting its top-level groups in order. */
	public static void walk(CharSequence text, Visitor visitor) {
		int depth = 0;
		int open = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Chars.isOpenBracket(c)) {
				if (depth == 0) {
					open = i;
				}
				depth++;
			}
			else if (Chars.isCloseBracket(c)) {
				if (depth == 0) {
					visitor.unopened(i);
					continue;
				}
				depth--;
				if (depth == 0) {
					visitor.group(open, i);
				}
			}
		}
		if (depth > 0 && open >= 0) {
			visitor.unclosed(open);
		}
	}

	/** {@return the bracket depth before each character, and after the last at index {@code length}} */
	public static int[] depths(CharSequence s) {
		int[] out = new int[s.length() + 1];
		int depth = 0;
		for (int i = 0; i < s.length(); i++) {
			out[i] = depth;
			depth = step(s.charAt(i), depth);
		}
		out[s.length()] = depth;
		return out;
	}

	/** {@return the depth still open after {@code s[from, length)}} */
	public static int openAtEnd(CharSequence s, int from) {
		int depth = 0;
		for (int i = Math.max(0, from); i < s.length(); i++) {
			depth = step(s.charAt(i), depth);
		}
		return depth;
	}

	/** {@return whether every bracket of {@code s} is closed, and none is closed before it opens} */
	public static boolean balanced(CharSequence s) {
		int depth = 0;
		for (int i = 0; i < s.length(); i++) {
			if (Chars.isOpenBracket(s.charAt(i))) {
				depth++;
			}
			else if (Chars.isCloseBracket(s.charAt(i)) && --depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}

	/**
	 * {@return where the last top-level group of {@code s} opens, when {@code s} ends with its closing
	 * bracket; -1 otherwise} Scans back at most {@code window} characters, so layout stays linear.
	 */
	public static int lastGroupStart(CharSequence s, int window) {
		int depth = 0;
		for (int i = s.length() - 1; i >= 0 && s.length() - i < window; i--) {
			char c = s.charAt(i);
			if (Chars.isCloseBracket(c)) {
				depth++;
			}
			else if (Chars.isOpenBracket(c) && --depth == 0) {
				return i;
			}
			if (depth == 0) {
				return -1;
			}
		}
		return -1;
	}

	/** Splits at any of {@code separators} outside brackets; blank pieces are dropped. */
	public static List<String> splitTopLevel(String s, char... separators) {
		List<String> out = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			int next = step(c, depth);
			if (next == depth && depth == 0 && isOneOf(c, separators)) {
				out.add(s.substring(start, i));
				start = i + 1;
			}
			depth = next;
		}
		out.add(s.substring(start));
		out.removeIf(String::isBlank);
		return out;
	}

	/** {@return {@code s} with every bracketed part removed, nested ones included} */
	public static String outside(String s) {
		StringBuilder out = new StringBuilder(s.length());
		int depth = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			int next = step(c, depth);
			if (next == depth && depth == 0 && !Chars.isCloseBracket(c)) {
				out.append(c);
			}
			depth = next;
		}
		return out.toString();
	}

	/** {@return the depth after {@code c}, from {@code depth} before it (never below zero)} */
	private static int step(char c, int depth) {
		if (Chars.isOpenBracket(c)) {
			return depth + 1;
		}
		return Chars.isCloseBracket(c) ? Math.max(0, depth - 1) : depth;
	}

	private static boolean isOneOf(char c, char[] set) {
		for (char x : set) {
			if (x == c) {
				return true;
			}
		}
		return false;
	}

}
