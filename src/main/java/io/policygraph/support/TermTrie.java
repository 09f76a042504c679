package io.policygraph.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of a set of terms in a text, longest match first and without overlaps, in one
 * pass over the text (a character trie).
 */
final class TermTrie {

	/**
	 * A term found in a text.
	 *
	 * @param start index of its first character
	 * @param end index after its last character
	 * @param surface the text matched
	 * @param key what the term stands for
	 */
	record Hit(int start, int end, String surface, String key) {
	}

	private static final class Node {

		final Map<Character, Node> next = new HashMap<>();

		String key;

	}

	private final Node root = new Node();

	void add(String term, String key) {
		if (term == null || term.isBlank()) {
			return;
		}
		Node n = this.root;
		for (char c : term.strip().toCharArray()) {
			n = n.next.computeIfAbsent(c, k -> new Node());
		}
		if (n.key == null) {
			n.key = key;
		}
	}

	List<Hit> find(String text) {
		List<Hit> hits = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			Node n = this.root;
			int bestEnd = -1;
			String bestKey = null;
			for (int j = i; j < text.length(); j++) {
				n = n.next.get(text.charAt(j));
				if (n == null) {
					break;
				}
				if (n.key != null) {
					bestEnd = j + 1;
					bestKey = n.key;
				}
			}
			if (bestEnd > 0) {
				hits.add(new Hit(i, bestEnd, text.substring(i, bestEnd), bestKey));
				i = bestEnd;
			}
			else {
				i++;
			}
		}
		return hits;
	}

}
