package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.text.WordTrie;

/**
 * {@code 邢台军分区根据市政府有关部门的请求,协调组织…}, {@code 市相关部门分别按照各自职责和业务范围,在市应急委的领导下,具体负责…}:
 * adverbial phrases between a body and its verb ({@code lexicon/adverbials.tsv}: the word that opens each and the words
 * that may close it). The bodies inside a phrase (the requester, the command that leads) carry nothing; the clause
 * says what the body before it does, so it is read as that body followed by the rest.
 *
 * <p>A phrase ends at its first closing word ({@code 根据实际需要建立…}) or at the next comma
 * ({@code 按照各自职责和业务范围,}); another phrase may follow it. Each way of ending is offered, the closing word first.
 */
final class Adverbials {

	private static final WordTrie OPENERS = new WordTrie(Lexicon.words("adverbials.tsv"));

	private static final Map<String, WordTrie> CLOSERS = closers();

	/** The openers whose phrase may also end at the next comma ({@code to_comma}). */
	private static final java.util.Set<String> TO_COMMA = java.util.Set
		.copyOf(Lexicon.words("adverbials.tsv", "to_comma", "yes"));

	/** The longest subject looked at before the phrases. */
	private static final int SUBJECT = 40;

	/** The longest phrase, opening and closing words included. */
	private static final int PHRASE = 32;

	/** The most phrases read one after another. */
	private static final int CHAIN = 3;

	private Adverbials() {
	}

	/**
	 * {@return the readings of the clause without the adverbial phrases after its subject, the likeliest first; none
	 * when it opens with no body followed by such a phrase}
	 */
	static List<String> lifted(String clause) {
		for (int at = 2, n = Math.min(clause.length(), SUBJECT + 1); at < n; at++) {
			if (isPause(clause.charAt(at - 1))) {
				return List.of();
			}
			if (!OPENERS.starts(clause.charAt(at)) || OPENERS.longestAt(clause, at, OPENERS.longest()) == null) {
				continue;
			}
			List<Integer> ends = new ArrayList<>();
			phrasesFrom(clause, at, 0, ends);
			// the subject is asked for last: most openers close no phrase, and reading a list of names costs most
			if (ends.isEmpty() || Subjects.bodies(clause.substring(0, at)) == null) {
				continue;
			}
			List<String> out = new ArrayList<>();
			for (int end : ends) {
				String rest = clause.substring(0, at) + clause.substring(end);
				if (end < clause.length() && !out.contains(rest)) {
					out.add(rest);
				}
			}
			if (!out.isEmpty()) {
				return out;
			}
		}
		return List.of();
	}

	/** Adds where the phrases starting at {@code at} may end, a chain of them before its first link alone. */
	private static void phrasesFrom(String clause, int at, int depth, List<Integer> ends) {
		String opener = OPENERS.longestAt(clause, at, OPENERS.longest());
		if (opener == null || depth >= CHAIN) {
			return;
		}
		int from = at + opener.length();
		int comma = TO_COMMA.contains(opener) ? atComma(clause, from) : -1;
		for (int end : new int[] { closed(clause, from, CLOSERS.get(opener)), comma }) {
			if (end < 0) {
				continue;
			}
			int next = end < clause.length() && isComma(clause.charAt(end)) ? end + 1 : end;
			phrasesFrom(clause, next, depth + 1, ends);
			if (!ends.contains(next)) {
				ends.add(next);
			}
		}
	}

	/** {@return where the phrase's first closing word ends, or -1 when none comes before a pause in reach} */
	private static int closed(String clause, int from, WordTrie closers) {
		for (int i = from, n = Math.min(clause.length(), from + PHRASE); i < n; i++) {
			if (isPause(clause.charAt(i))) {
				return -1;
			}
			if (closers.starts(clause.charAt(i))) {
				String w = closers.longestAt(clause, i, closers.longest());
				if (w != null) {
					return i + w.length();
				}
			}
		}
		return -1;
	}

	/** {@return where the next comma stands, when it is the first pause in reach, or -1} */
	private static int atComma(String clause, int from) {
		for (int i = from + 1, n = Math.min(clause.length(), from + PHRASE); i < n; i++) {
			if (isPause(clause.charAt(i))) {
				return isComma(clause.charAt(i)) ? i : -1;
			}
		}
		return -1;
	}

	private static boolean isComma(char c) {
		return c == '，' || c == ',';
	}

	private static boolean isPause(char c) {
		return "，,。；;：:".indexOf(c) >= 0;
	}

	private static Map<String, WordTrie> closers() {
		Map<String, WordTrie> out = new HashMap<>();
		for (Lexicon.Entry e : Lexicon.entries("adverbials.tsv")) {
			out.put(e.word(), new WordTrie(List.of(e.get("closers").split(" "))));
		}
		return Map.copyOf(out);
	}

}
