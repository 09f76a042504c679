package io.policygraph.ingest.lexicon;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.policygraph.ingest.text.WordTrie;

/**
 * The role words of {@code role-words.tsv}: which word makes a body lead or share a measure, and where a
 * text may use it (before a colon, as a table's column header, as a bare label).
 */
public final class RoleWords {

	private static final String FILE = "role-words.tsv";

	private static final Map<String, Boolean> LEAD = Lexicon.entries(FILE)
		.stream()
		.collect(Collectors.toMap(Lexicon.Entry::word, e -> e.get("role").equals("lead"), (a, b) -> a));

	/**
	 * A role word with its colon ({@code 牵头单位：}), or in lenticular brackets ({@code 【牵头单位】}); a bare
	 * verb only as a label of its own ({@code 牵头：A；配合：B}). Group 1 is the word. This is the written
	 * definition; the code reads keywords with {@link #keywordAt} and {@link #nextKeyword}, which answer as it
	 * does ({@code RoleKeywordTests}) at a fraction of its cost.
	 */
	public static final Pattern KEYWORD = Pattern.compile("【?(" + Lexicon.anyOf(Lexicon.entries(FILE, "uses", "keyword"))
			+ "|(?<![\\u4e00-\\u9fa5])(?:" + Lexicon.anyOf(Lexicon.entries(FILE, "uses", "label")) + ")(?=\\s*[:：】]))"
			+ "(?:\\s*[:：]|】\\s*[:：]?)");

	private static final WordTrie KEYWORD_WORDS = new WordTrie(Lexicon.words(FILE, "uses", "keyword"));

	private static final WordTrie LABEL_WORDS = new WordTrie(Lexicon.words(FILE, "uses", "label"));

	private static final WordTrie COLUMN_WORDS = new WordTrie(Lexicon.words(FILE, "uses", "column"));

	/**
	 * A role keyword found in a text.
	 *
	 * @param word the role word, as written
	 * @param start where the keyword begins (at its {@code 【} if it has one)
	 * @param end where it ends, after its colon or {@code 】}
	 */
	public record Keyword(String word, int start, int end) {
	}

	/**
	 * The characters a column header ends with: a column word's last, or the bracket of its note. Every line of a
	 * cell-per-line table's neighbourhood is asked whether it is a header; this test answers most before the
	 * column words are looked up.
	 */
	private static final String COLUMN_ENDS = "）)" + Lexicon.entries(FILE, "uses", "column")
		.stream()
		.map(e -> e.word().substring(e.word().length() - 1))
		.distinct()
		.collect(Collectors.joining());

	private RoleWords() {
	}

	/** {@return whether the role word makes the bodies after it lead} */
	public static boolean leads(String word) {
		return LEAD.getOrDefault(word, false);
	}

	private static final Set<String> YIELDS = Set.copyOf(Lexicon.words(FILE, "uses", "yields"));

	/**
	 * {@return whether the lead word gives way to another lead named beside it} (主办单位 beside 牵头单位: the 牵头单位
	 * leads, the 主办单位 carry the task under it)
	 */
	public static boolean yields(String word) {
		return YIELDS.contains(word);
	}

	/** {@return the role word a column header names, or {@code null} when the column holds no bodies} */
	public static String column(String header) {
		if (header.isEmpty() || COLUMN_ENDS.indexOf(header.charAt(header.length() - 1)) < 0) {
			return null;
		}
		// a column word, whole or with a short note in brackets: 牵头单位（部门）
		return COLUMN_WORDS.wordWithNote(header, 8);
	}

	/** {@return the role word {@code text} opens with as a label ({@code 牵头单位：…}), or {@code null}} */
	public static String label(String text) {
		Keyword k = keywordAt(text, 0);
		return k == null ? null : k.word();
	}

	/** {@return the keyword that begins at {@code at} of {@code text}, as {@link #KEYWORD} reads it there, or {@code null}} */
	public static Keyword keywordAt(CharSequence text, int at) {
		int i = at;
		if (i < text.length() && text.charAt(i) == '【') {
			i++;
		}
		WordTrie.Match m = KEYWORD_WORDS.matchAt(text, i, RoleWords::afterWord);
		// a bare verb is a label only where no word runs into it and a colon or 】 follows
		if (m == null && (i == 0 || !isHan(text.charAt(i - 1)))) {
			m = LABEL_WORDS.matchAt(text, i, (s, end) -> {
				int next = WordTrie.skipSpace(s, end);
				return next < s.length() && ":：】".indexOf(s.charAt(next)) >= 0 ? afterWord(s, end) : -1;
			});
		}
		return m == null ? null : new Keyword(m.word(), at, m.end());
	}

	/** {@return the leftmost keyword at or after {@code from}, as {@code KEYWORD.matcher(text).find()} finds it, or {@code null}} */
	public static Keyword nextKeyword(CharSequence text, int from) {
		for (int i = from, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if (c == '【' || KEYWORD_WORDS.starts(c) || LABEL_WORDS.starts(c)) {
				Keyword k = keywordAt(text, i);
				if (k != null) {
					return k;
				}
			}
		}
		return null;
	}

	/** The colon after a role word, or its closing 】 with an optional colon: where the keyword ends, or -1. */
	private static int afterWord(CharSequence text, int i) {
		int colon = WordTrie.COLON.end(text, i);
		if (colon >= 0) {
			return colon;
		}
		if (i < text.length() && text.charAt(i) == '】') {
			int k = WordTrie.skipSpace(text, i + 1);
			return k < text.length() && (text.charAt(k) == ':' || text.charAt(k) == '：') ? k + 1 : k;
		}
		return -1;
	}

	private static boolean isHan(char c) {
		return c >= '\u4e00' && c <= '\u9fa5';
	}

}
