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

	/** What may open a label: lenticular or square brackets ({@code 【牵头单位】}, {@code [责任单位]}, {@code 〔牵头单位〕}). */
	public static final String LABEL_OPEN = "[【\\[〔]?";

	/**
	 * What closes a label: a colon, the closing bracket (and perhaps a colon after it) unless a list goes on after
	 * it ({@code 市建委〔牵头单位〕、市发改委} marks a lead), or a dash ({@code 牵头单位——县住建局}).
	 */
	public static final String LABEL_CLOSE = "(?:\\s*[:：]|[】\\]〕](?![、，,）)])\\s*[:：]?|\\s*(?:——|—|--))";

	/**
	 * A short note between a role word and its colon, in round or tortoise-shell brackets, naming what the word
	 * stands for: {@code 牵头单位（部门）：}, {@code 责任处室〔单位〕：}. One line, at most eight characters, no list in it.
	 */
	private static final String NOTE = "(?:[（(][^（(）)〔〕:：、，,；;\\n\\r]{1,8}[）)]|〔[^（(）)〔〕:：、，,；;\\n\\r]{1,8}〕)";

	/** The longest {@link #NOTE}, its brackets included. */
	private static final int LONGEST_NOTE = 10;

	/**
	 * A role word with its colon ({@code 牵头单位：}), in brackets ({@code 【牵头单位】}), or before a dash; a bare
	 * verb only as a label, with a colon or in 【】 ({@code 牵头：A；配合：B}, also run on after a list as folding
	 * leaves {@code 牵头：A 配合：B}), since {@code 〔牵头〕} and {@code [牵头]} mark the lead of a list. Group 1 is the word.
	 * This is the written definition; the code reads keywords with {@link #keywordAt} and {@link #nextKeyword},
	 * which answer as it does ({@code RoleKeywordTests}) at a fraction of its cost.
	 */
	public static final Pattern KEYWORD = Pattern.compile(LABEL_OPEN + "(" + Lexicon.anyOf(Lexicon.entries(FILE, "uses", "keyword"))
			+ "|(?<![〔\\[])(?:" + Lexicon.anyOf(Lexicon.entries(FILE, "uses", "label")) + ")(?=\\s*[:：】]))"
			+ "(?:" + NOTE + "\\s*[:：]|" + LABEL_CLOSE + ")");

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

	/**
	 * The last two characters of every column word (单位, 部门, 处室, 主体, and bare words such as 牵头 whole): every
	 * header that names a role column holds one, a cheap test before the patterns run.
	 */
	private static final WordTrie STEMS = new WordTrie(Lexicon.words(FILE, "uses", "column")
		.stream()
		.map(w -> w.substring(Math.max(0, w.length() - 2)))
		.distinct()
		.toList());

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

	/** {@return whether {@code text} may name a role column: it holds a role stem} */
	public static boolean mayNameColumn(String text) {
		return STEMS.foundIn(text);
	}

	/** {@return the role word a column header names, or {@code null} when the column holds no bodies} */
	public static String column(String header) {
		if (header.isEmpty() || COLUMN_ENDS.indexOf(header.charAt(header.length() - 1)) < 0) {
			return null;
		}
		// a column word, whole or with a short note in brackets: 牵头单位（部门）
		return COLUMN_WORDS.wordWithNote(header, 8);
	}

	/** How many characters a table header may put before its role word: a word of the matter, not a sentence. */
	private static final int MAX_QUALIFIER = 4;

	/**
	 * {@return the role word a table's header cell names, also after a short word of the matter it qualifies
	 * ({@code 处置主责部门}: the department that leads the handling), or {@code null}} The qualifier is two to four
	 * Chinese characters and holds no role stem of its own, so {@code 主要责任单位} and {@code 其他责任单位} stay the
	 * words they are.
	 */
	public static String qualifiedColumn(String header) {
		String word = column(header);
		if (word != null || header.length() > 12) {
			return word;
		}
		for (int i = 2; i <= MAX_QUALIFIER && i < header.length() - 1; i++) {
			String qualifier = header.substring(0, i);
			if (!qualifier.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
					|| mayNameColumn(qualifier)) {
				return null;
			}
			String w = column(header.substring(i));
			if (w != null) {
				return w;
			}
		}
		return null;
	}

	/** {@return whether {@code text} is a role label and nothing else: {@code 牵头单位：} with its bodies on the next line} */
	public static boolean isBareLabel(String text) {
		String s = text.strip();
		Keyword k = keywordAt(s, 0);
		return k != null && k.end() == s.length();
	}

	/** {@return the role word {@code text} opens with as a label ({@code 牵头单位：…}), or {@code null}} */
	public static String label(String text) {
		Keyword k = keywordAt(text, 0);
		return k == null ? null : k.word();
	}

	/** {@return the keyword that begins at {@code at} of {@code text}, as {@link #KEYWORD} reads it there, or {@code null}} */
	public static Keyword keywordAt(CharSequence text, int at) {
		int i = at < text.length() && OPENERS.indexOf(text.charAt(at)) >= 0 ? at + 1 : at;
		WordTrie.Match m = KEYWORD_WORDS.matchAt(text, i, RoleWords::afterWord);
		// a bare verb is a label with a colon or in 【】, never in 〔〕 or [] (there it marks a list's lead)
		if (m == null && (i == 0 || LEAD_MARK_OPENERS.indexOf(text.charAt(i - 1)) < 0)) {
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
			if (OPENERS.indexOf(c) >= 0 || KEYWORD_WORDS.starts(c) || LABEL_WORDS.starts(c)) {
				Keyword k = keywordAt(text, i);
				if (k != null) {
					return k;
				}
			}
		}
		return null;
	}

	/** {@return where a {@link #NOTE} that opens at {@code i} ends, after its closing bracket, or -1} */
	private static int afterNote(CharSequence text, int i) {
		if (i >= text.length() || "（(〔".indexOf(text.charAt(i)) < 0) {
			return -1;
		}
		String close = text.charAt(i) == '〔' ? "〕" : "）)";
		for (int k = i + 1, n = Math.min(text.length(), i + LONGEST_NOTE); k < n; k++) {
			char c = text.charAt(k);
			if (close.indexOf(c) >= 0) {
				return k > i + 1 ? k + 1 : -1;
			}
			if ("（(）)〔〕:：、，,；;\n\r".indexOf(c) >= 0) {
				return -1;
			}
		}
		return -1;
	}

	/** The brackets {@link #LABEL_OPEN} allows before a role word. */
	private static final String OPENERS = "【[〔";

	private static final String LEAD_MARK_OPENERS = "〔[";

	/**
	 * {@return where the keyword ends after its role word, as {@link #LABEL_CLOSE} reads it, or -1}: a colon, the
	 * closing bracket not followed by more of a list (with a colon perhaps), or a dash
	 */
	private static int afterWord(CharSequence text, int i) {
		int colon = WordTrie.COLON.end(text, i);
		if (colon >= 0) {
			return colon;
		}
		int noted = afterNote(text, i);
		if (noted >= 0) {
			return WordTrie.COLON.end(text, noted);
		}
		if (i < text.length() && "】]〕".indexOf(text.charAt(i)) >= 0
				&& (i + 1 >= text.length() || "、，,）)".indexOf(text.charAt(i + 1)) < 0)) {
			int k = WordTrie.skipSpace(text, i + 1);
			return k < text.length() && (text.charAt(k) == ':' || text.charAt(k) == '：') ? k + 1 : k;
		}
		int k = WordTrie.skipSpace(text, i);
		if (k < text.length() && text.charAt(k) == '—') {
			return k + 1 < text.length() && text.charAt(k + 1) == '—' ? k + 2 : k + 1;
		}
		return k + 1 < text.length() && text.charAt(k) == '-' && text.charAt(k + 1) == '-' ? k + 2 : -1;
	}


}
