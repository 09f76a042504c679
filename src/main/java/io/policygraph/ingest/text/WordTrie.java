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

	private static final class Node {

		private char[] keys = new char[0];

		private Node[] children = new Node[0];

		private String word;

		private Node child(char c, boolean create) {
			for (int k = 0; k < this.keys.length; k++) {
				if (this.keys[k] == c) {
					return this.children[k];
				}
			}
			if (!create) {
				return null;
			}
			this.keys = Arrays.copyOf(this.keys, this.keys.length + 1);
			this.children = Arrays.copyOf(this.children, this.children.length + 1);
			this.keys[this.keys.length - 1] = c;
			return this.children[this.children.length - 1] = new Node();
		}

	}

}
