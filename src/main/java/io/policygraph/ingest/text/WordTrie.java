package io.policygraph.ingest.text;

import java.util.Arrays;
import java.util.Collection;

/**
 * A set of words read character by character from a place in a text. An alternation of the lexicon's words in a
 * regular expression tries each word in turn at every place it is asked about; a trie follows the text once, so
 * asking which words begin at a place costs the length of the longest, whatever the number of words.
 */
public final class WordTrie {

	private final Node root = new Node();

	/** One bit per UTF-16 character a word begins with. */
	private final long[] starts = new long[1024];

	private final int longest;

	public WordTrie(Collection<String> words) {
		int max = 0;
		for (String word : words) {
			if (word.isEmpty()) {
				throw new IllegalArgumentException("A trie holds no empty word");
			}
			Node node = this.root;
			for (int i = 0; i < word.length(); i++) {
				node = node.child(word.charAt(i), true);
			}
			node.word = word;
			char first = word.charAt(0);
			this.starts[first >>> 6] |= 1L << first;
			max = Math.max(max, word.length());
		}
		this.longest = max;
	}

	/** {@return whether a word begins with {@code c}} */
	public boolean starts(char c) {
		return (this.starts[c >>> 6] & (1L << c)) != 0;
	}

	/** {@return the length of the longest word} */
	public int longest() {
		return this.longest;
	}

	/** {@return whether any of the words occurs in {@code text}} */
	public boolean foundIn(CharSequence text) {
		for (int i = 0, n = text.length(); i < n; i++) {
			if (starts(text.charAt(i)) && longestAt(text, i, this.longest) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * {@return the longest word that begins at {@code at} of {@code text} and is at most {@code maxLength} long, or
	 * {@code null}} Asked again with a shorter bound, it gives the next shorter word there, as an alternation of the
	 * words, longest first, gives them to a pattern that backtracks.
	 */
	public String longestAt(CharSequence text, int at, int maxLength) {
		Node node = this.root;
		String found = null;
		for (int i = at, n = Math.min(text.length(), at + maxLength); i < n; i++) {
			node = node.child(text.charAt(i), false);
			if (node == null) {
				break;
			}
			if (node.word != null) {
				found = node.word;
			}
		}
		return found;
	}

	/** What may follow a word where it stands: where the match ends, or -1 when the word may not stand there. */
	@FunctionalInterface
	public interface Follower {

		int end(CharSequence text, int wordEnd);

	}

	/** A colon after the word, with ASCII white space before it as {@code \\s*[:：]} allows. */
	public static final Follower COLON = (text, end) -> {
		int i = skipSpace(text, end);
		return i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '：') ? i + 1 : -1;
	};

	/** {@return the place after the ASCII white space from {@code i} on}: what {@code \\s*} matches, not the ideographic space */
	public static int skipSpace(CharSequence text, int i) {
		while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		return i;
	}

	/**
	 * A word read at a place, with what followed it.
	 *
	 * @param word the word
	 * @param end where the match ends, after what followed the word
	 */
	public record Match(String word, int end) {
	}

	/**
	 * {@return the longest word at {@code at} that {@code follower} accepts, or {@code null}}: what a pattern
	 * {@code (w1|w2|…)F}, its words longest first, matches there, backtracking to a shorter word when F fails
	 */
	public Match matchAt(CharSequence text, int at, Follower follower) {
		for (String w = longestAt(text, at, this.longest); w != null; w = longestAt(text, at, w.length() - 1)) {
			int end = follower.end(text, at + w.length());
			if (end >= 0) {
				return new Match(w, end);
			}
		}
		return null;
	}

	/**
	 * {@return the word {@code text} is, whole or with a short note in brackets after it ({@code 牵头单位（部门）},
	 * a note of at most {@code maxNote} characters on one line), or {@code null}}
	 */
	public String wordWithNote(String text, int maxNote) {
		Match m = matchAt(text, 0, (s, end) -> {
			int rest = s.length() - end;
			boolean note = rest >= 2 && rest <= maxNote + 2 && "（(".indexOf(s.charAt(end)) >= 0
					&& "）)".indexOf(s.charAt(s.length() - 1)) >= 0 && oneLine(s, end);
			return rest == 0 || note ? s.length() : -1;
		});
		return m == null ? null : m.word();
	}

	private static boolean oneLine(CharSequence s, int from) {
		for (int i = from; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				return false;
			}
		}
		return true;
	}

	private static final class Node {

		private char[] keys = new char[0];

		private Node[] children = new Node[0];

		private String word;

		/** Children are kept sorted by character, so that a node with many (the root) is searched by halves. */
		private Node child(char c, boolean create) {
			int k = Arrays.binarySearch(this.keys, c);
			if (k >= 0) {
				return this.children[k];
			}
			if (!create) {
				return null;
			}
			int at = -k - 1;
			char[] keys = new char[this.keys.length + 1];
			Node[] children = new Node[keys.length];
			System.arraycopy(this.keys, 0, keys, 0, at);
			System.arraycopy(this.children, 0, children, 0, at);
			System.arraycopy(this.keys, at, keys, at + 1, this.keys.length - at);
			System.arraycopy(this.children, at, children, at + 1, this.children.length - at);
			keys[at] = c;
			children[at] = new Node();
			this.keys = keys;
			this.children = children;
			return children[at];
		}

	}

}
