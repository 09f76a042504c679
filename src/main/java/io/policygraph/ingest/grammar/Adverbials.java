package io.policygraph.ingest.grammar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.text.WordTrie;

/**
 * {@code 邢台军分区根据市政府有关部门的请求,协调组织…}, {@code 市卫生健康委在市指挥部统一领导下，负责…}: an adverbial
 * phrase between a body and its verb ({@code lexicon/adverbials.tsv}: the word that opens it and the words that
 * close it). The bodies inside the phrase (the requester, the command that leads) carry nothing; the clause says
 * what the body before it does, so it is read as that body followed by the rest.
 */
final class Adverbials {

	private static final WordTrie OPENERS = new WordTrie(Lexicon.words("adverbials.tsv"));

	private static final Map<String, WordTrie> CLOSERS = closers();

	/** The longest subject looked at before the phrase. */
	private static final int SUBJECT = 40;

	/** The longest phrase, opening and closing words included. */
	private static final int PHRASE = 32;

	private Adverbials() {
	}

	/**
	 * {@return the clause without the adverbial phrase after its subject, or {@code null} when it opens with no
	 * body followed by such a phrase}
	 */
	static String lifted(String clause) {
		for (int at = 2, n = Math.min(clause.length(), SUBJECT + 1); at < n; at++) {
			char c = clause.charAt(at - 1);
			if (isPause(c)) {
				return null;
			}
			if (!OPENERS.starts(clause.charAt(at))) {
				continue;
			}
			String opener = OPENERS.longestAt(clause, at, OPENERS.longest());
			if (opener == null) {
				continue;
			}
			int end = phraseEnd(clause, at + opener.length(), CLOSERS.get(opener));
			if (end < 0 || Subjects.bodies(clause.substring(0, at)) == null) {
				continue;
			}
			if (end < clause.length() && (clause.charAt(end) == '，' || clause.charAt(end) == ',')) {
				end++;
			}
			return end < clause.length() ? clause.substring(0, at) + clause.substring(end) : null;
		}
		return null;
	}

	/** {@return where the phrase ends (after its first closing word), or -1 when none closes it in reach} */
	private static int phraseEnd(String clause, int from, WordTrie closers) {
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
