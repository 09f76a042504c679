package io.policygraph.ingest.lexicon;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.policygraph.ingest.text.GuardedPattern;

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
	 * A role word with its colon ({@code 牵头单位：}), in brackets ({@code 【牵头单位】}), or before a dash; a bare
	 * verb only as a label, with a colon or in 【】 ({@code 牵头：A；配合：B}, also run on after a list as folding
	 * leaves {@code 牵头：A 配合：B}), since {@code 〔牵头〕} and {@code [牵头]} mark the lead of a list. Group 1 is the word.
	 */
	public static final Pattern KEYWORD = Pattern.compile(LABEL_OPEN + "(" + Lexicon.anyOf(Lexicon.entries(FILE, "uses", "keyword"))
			+ "|(?<![〔\\[])(?:" + Lexicon.anyOf(Lexicon.entries(FILE, "uses", "label")) + ")(?=\\s*[:：】]))"
			+ LABEL_CLOSE);

	/** {@link #KEYWORD}, found without trying it at every position of a long text. */
	public static final GuardedPattern KEYWORDS = new GuardedPattern(KEYWORD, "【[〔"
			+ Lexicon.firstChars(Lexicon.entries(FILE, "uses", "keyword")) + Lexicon.firstChars(Lexicon.entries(FILE, "uses", "label")));

	/** A column header naming bodies, with an optional short note: {@code 牵头单位（部门）}. */
	private static final Pattern COLUMN = Pattern.compile("(" + Lexicon.anyOf(Lexicon.entries(FILE, "uses", "column"))
			+ ")([（(].{0,8}[）)])?");

	/**
	 * The characters a column header ends with: a column word's last, or the bracket of its note. Every line of a
	 * cell-per-line table's neighbourhood is asked whether it is a header; this test answers most before the
	 * pattern tries each column word on it.
	 */
	private static final String COLUMN_ENDS = "）)" + Lexicon.entries(FILE, "uses", "column")
		.stream()
		.map(e -> e.word().substring(e.word().length() - 1))
		.distinct()
		.collect(Collectors.joining());

	/** Every role word holds one of these: a cheap test before the patterns run. */
	private static final String[] STEMS = { "单位", "部门", "处室", "科室", "机构", "主体", "牵头", "配合", "协办", "参与", "主办", "主责",
			"协同", "协助" };

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

	/** {@return whether {@code text} may hold a role keyword: a colon, a closing bracket or a dash, and a role stem} */
	public static boolean mayHoldKeyword(String text) {
		if (text.indexOf('：') < 0 && text.indexOf(':') < 0 && text.indexOf('】') < 0 && text.indexOf(']') < 0
				&& text.indexOf('〕') < 0 && text.indexOf('—') < 0 && text.indexOf("--") < 0) {
			return false;
		}
		return mayNameColumn(text);
	}

	/** {@return whether {@code text} may name a role column: it holds a role stem} */
	public static boolean mayNameColumn(String text) {
		for (String stem : STEMS) {
			if (text.contains(stem)) {
				return true;
			}
		}
		return false;
	}

	/** {@return the role word a column header names, or {@code null} when the column holds no bodies} */
	public static String column(String header) {
		if (header.isEmpty() || COLUMN_ENDS.indexOf(header.charAt(header.length() - 1)) < 0) {
			return null;
		}
		Matcher m = COLUMN.matcher(header);
		return m.matches() ? m.group(1) : null;
	}

	/** {@return whether {@code text} is a role label and nothing else: {@code 牵头单位：} with its bodies on the next line} */
	public static boolean isBareLabel(String text) {
		return mayHoldKeyword(text) && KEYWORD.matcher(text.strip()).matches();
	}

	/** {@return the role word {@code text} opens with as a label ({@code 牵头单位：…}), or {@code null}} */
	public static String label(String text) {
		if (!mayHoldKeyword(text)) {
			return null;
		}
		Matcher m = KEYWORD.matcher(text);
		return m.lookingAt() ? m.group(1) : null;
	}

}
