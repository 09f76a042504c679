package io.policygraph.ingest.grammar;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.text.GuardedPattern;
import io.policygraph.ingest.text.WordTrie;

/**
 * The document-level rules, each one form, tried in this order wherever a rule may be stated (in an
 * annotation after its lists, or as a sentence of the running text):
 * <ol>
 * <li>{@link #INHERITED_DEFAULT}: {@code 以下各项任务均需各区县政府落实，不再一一列出} gives its bodies to every
 * later measure, as inherited;</li>
 * <li>{@link #closingDefault}: the same rule written as a sentence closing an annotation, with no 以下
 * ({@code 具体任务均涉及相关市（州）人民政府，不再做分工，下同}, {@code 明确牵头部门的，其他有关部门配合，不逐一列出，下同}),
 * gives its bodies to its own measure and the later ones;</li>
 * <li>{@link #POSITIONAL_LEAD}: {@code 列第一位的为牵头单位} (or {@code 牵头或汇总单位}) makes the first body of a list lead;</li>
 * <li>{@link #ALIAS_NOTE}: {@code 以下简称…} names nothing, but ends the list before it.</li>
 * </ol>
 */
final class Rules {

	static final String INHERITED_DEFAULT = "inherited-default";

	static final String POSITIONAL_LEAD = "positional-lead";

	static final String ALIAS_NOTE = "alias-note";

	/** Where a rule starts inside an annotation: {@code ，以下…} / {@code 列第一位的为牵头单位}. */
	static final Pattern RULE_START = Pattern.compile("[，,。；;]?\\s*(以下|" + Words.RANKS + ")");

	private static final Pattern INHERIT_RULE = Pattern.compile("以下.{0,12}?(" + Words.ALL_OF
			+ ")(.+?)(落实|负责|参与|承担)?[，,。]?\\s*(不再|均不再|不)(逐一|一一|重复|单独)?(" + Words.NO_REPEAT + ")");

	/** What {@code 均为…} names when the bodies came first: the role, not a body. */
	private static final Pattern ROLE_NOUN = Pattern.compile("(责任|参与|配合|实施|落实)?(单位|主体)");

	/**
	 * The same rule with the bodies first: {@code 以下任务各市（州）人民政府均为责任单位，不再一一列出},
	 * {@code 以下第3至6项任务，各市生态环境局均需落实，不再列出}.
	 */
	private static final Pattern INHERIT_RULE_SUBJECT = Pattern.compile(
			"以下(.{2,50}?)(?:均|都)(?:需|要|应|须)?(?:为|是|作为)?(?:负责|落实|参与|承担)?(?:责任|参与|配合|实施|落实)?(?:单位|主体)?"
					+ "[，,。]?\\s*(?:不再|均不再|不)(?:逐一|一一|重复|单独)?(?:" + Words.NO_REPEAT + ")");

	/** What a rule covers, written before its bodies: 各项任务, 第3至6项任务中，. */
	private static final Pattern RULE_SCOPE = Pattern.compile(
			"^(第[\\d一二三四五六七八九十至到、-]+[项条])?(各项|所列|各)?(任务|工作|措施|事项|内容)?(中|中的)?[，,]?");

	/** A verb where the rule's bodies should be: the bodies came first. */
	private static final Pattern RULE_VERB = Pattern.compile("(落实|负责|参与|承担)");

	private static final GuardedPattern POSITIONAL_RULE = new GuardedPattern(
			Pattern.compile("(" + Words.RANKS + ")位?[的者]?(单位|部门)?(为|是)[^，,。；;]{0,4}牵头[^，,。；;]{0,4}?(单位|部门)"),
			Lexicon.firstChars(Lexicon.entries("rule-words.tsv", "kind", "rank")));

	/**
	 * A default rule written as a sentence of its own that closes an annotation, with no 以下: an optional
	 * condition ({@code 明确牵头部门的，}), what it covers ({@code 具体任务}), the bodies and their verb, then
	 * {@code 不再…列出}: {@code 具体任务均涉及相关市（州）人民政府，不再做分工，下同}.
	 */
	private static final Pattern CLOSING_DEFAULT = Pattern.compile("^(?:([^，,。；;]{2,12})的[，,])?(?:" + Words.SCOPES + ")?(?:"
			+ Words.ALL_OF + ")?(.{2,60}?)(?:" + Words.PARTNER_DUTIES + "|" + RULE_VERB.pattern() + ")?[，,]\\s*(?:不再|均不再|不)(?:逐一|一一|重复|单独)?(?:"
			+ Words.NO_REPEAT + ")");

	private static final Pattern LEAD_VERB = Pattern.compile(Words.LEAD_VERBS);

	/**
	 * The bodies a default rule gives, and to which measures.
	 *
	 * @param bodies the bodies, as written; empty for no rule
	 * @param own whether the measure whose annotation states it gets them too (a rule with no 以下)
	 * @param leadOnly whether only measures with a lead get them ({@code 明确牵头部门的，…})
	 */
	record Default(List<String> bodies, boolean own, boolean leadOnly) {

		static final Default NONE = new Default(List.of(), false, false);

		/** A rule for the measures after it ({@code 以下…}). */
		static Default later(List<String> bodies) {
			return new Default(bodies, false, false);
		}

		boolean isEmpty() {
			return this.bodies.isEmpty();
		}
	}

	private static final Pattern ALIAS_RULE = Pattern.compile("以下(将)?(.*?)(统称|简称)(为)?(.+)$");

	private static final Pattern ONWARD = Pattern.compile(Words.ONWARD);

	static final String ABOVE_GROUP = "above-group";

	/** {@code 以上两项任务由县发展改革局统筹}: a rule for the measures right before it. */
	private static final Pattern ABOVE = Pattern.compile(
			"^以上([\\d一二两三四五六七八九十]{1,3})项(?:任务|工作|措施|内容)?[，,]?(?:均|都)?由([^，,。；;]{2,60}?)(统筹|牵头|负责|承担|落实)");

	/**
	 * The bodies of a rule for the measures above it.
	 *
	 * @param count how many measures it covers
	 * @param bodies the bodies, as written
	 * @param lead whether they lead (统筹, 牵头) or carry (负责)
	 */
	record Above(int count, List<String> bodies, boolean lead) {
	}

	private Rules() {
	}

	/** {@return the rule {@code 以上N项任务由X统筹} a paragraph opens with, or {@code null}} */
	static Above above(String text) {
		if (!text.startsWith("以上")) {
			return null;
		}
		Matcher m = ABOVE.matcher(text);
		if (!m.lookingAt()) {
			return null;
		}
		AgencyLists.Parsed parsed = Subjects.bodies(m.group(2));
		int count = count(m.group(1));
		return parsed == null || count < 1 ? null
				: new Above(count, parsed.surfaces(), m.group(3).equals("统筹") || m.group(3).equals("牵头"));
	}

	/** Words a paragraph opens with when it speaks of the items right above it: 以上任务, 上述工作. */
	private static final List<String> GROUP_OPENERS = Lexicon.words("clause-openers.tsv", "kind", "group");

	/**
	 * {@return the bodies of {@code 以上任务由X牵头，Y配合。} (or of the same in a bracket of its own), a rule for
	 * each item of the list right above it, or {@code null}} The paragraph opens with a group word
	 * ({@code lexicon/clause-openers.tsv}) and is prose clauses alone ({@link ProseClauses}), one sentence.
	 */
	static Reading aboveList(String text) {
		String s = text.strip();
		if (s.length() > 2 && "（(".indexOf(s.charAt(0)) >= 0 && "）)".indexOf(s.charAt(s.length() - 1)) >= 0) {
			s = s.substring(1, s.length() - 1).strip();
		}
		String opening = s;
		if (GROUP_OPENERS.stream().noneMatch(opening::startsWith)) {
			return null;
		}
		if (s.endsWith("。") || s.endsWith(".")) {
			s = s.substring(0, s.length() - 1);
		}
		if (s.indexOf('。') >= 0 || s.indexOf('（') >= 0 || s.indexOf('(') >= 0) {
			return null;
		}
		return ProseClauses.all(s, 0);
	}

	private static int count(String n) {
		if (n.chars().allMatch(Character::isDigit)) {
			return Integer.parseInt(n);
		}
		int i = "一二三四五六七八九十".indexOf(n.replace('两', '二'));
		return n.length() == 1 && i >= 0 ? i + 1 : -1;
	}

	/** {@return the bodies an inherited-default rule gives every later measure, or {@code null} when the text states none} */
	static List<String> inheritedDefault(String text) {
		Matcher m = INHERIT_RULE_SUBJECT.matcher(text);
		if (m.find()) {
			List<String> bodies = ruleBodies(m.group(1));
			if (bodies != null) {
				return bodies;
			}
		}
		m = INHERIT_RULE.matcher(text);
		if (m.find() && !ROLE_NOUN.matcher(m.group(2).strip()).matches()
				&& !RULE_VERB.matcher(m.group(2).strip()).lookingAt()) {
			return AgencyLists.parse(m.group(2)).surfaces().stream().map(BodyNames::trimToBody).toList();
		}
		return null;
	}

	/**
	 * {@return the rule a sentence closing an annotation states, {@code 具体任务均涉及X，不再做分工，下同}, or
	 * {@code null}} A rule that starts with 以下 is {@link #inheritedDefault}'s.
	 */
	static Default closingDefault(String sentence) {
		if (sentence.startsWith("以下")) {
			return null;
		}
		Matcher m = CLOSING_DEFAULT.matcher(sentence);
		if (!m.lookingAt()) {
			return null;
		}
		AgencyLists.Parsed parsed = AgencyLists.parse(m.group(2).strip());
		if (parsed.surfaces().isEmpty() || !parsed.surfaces().stream().allMatch(BodyNames::isBodyNameLenient)) {
			return null;
		}
		boolean leadOnly = m.group(1) != null && LEAD_VERB.matcher(m.group(1)).find();
		return new Default(parsed.surfaces(), true, leadOnly);
	}

	/** {@return whether the text states that the first-listed body leads} */
	static boolean positionalLead(String text) {
		return text.contains("牵头") && POSITIONAL_RULE.foundIn(text);
	}

	/** The words that limit a positional rule to tasks of several bodies: 涉及多个单位的. */
	private static final WordTrie SEVERAL = new WordTrie(Lexicon.words("rule-words.tsv", "kind", "several"));

	/**
	 * {@return whether the text states its positional rule for tasks of several bodies only}
	 * ({@code 涉及多个单位的，列第一位的为牵头单位}: a body named alone stays responsible)
	 */
	static boolean forSeveralOnly(String text) {
		return SEVERAL.foundIn(text);
	}

	/** {@return where a positional rule starts in the text at or after {@code from}, or -1} */
	static int positionalLeadAt(String text, int from) {
		GuardedPattern.Scan m = POSITIONAL_RULE.scan(text, from);
		return m.find() ? m.start() : -1;
	}

	/**
	 * {@return where a positional rule closing a bracket starts (the separator before it), or -1} For
	 * {@code 省发展改革委、省编办等负责，列第一位的为牵头部门，下同} the list is what stands before.
	 */
	static int trailingPositional(String content) {
		if (!content.contains("牵头")) {
			return -1;
		}
		int[] depth = io.policygraph.ingest.text.Brackets.depths(content);
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (depth[i] == 0 && (c == '，' || c == ',' || c == '；' || c == ';' || c == '。')
					&& POSITIONAL_RULE.pattern().matcher(content).region(i + 1, content.length()).lookingAt()) {
				return i;
			}
		}
		return -1;
	}

	/** {@return whether a positional rule holds onward (下同, 各项, 本方案 …), not only for its own list} */
	static boolean onward(String annotation) {
		return ONWARD.matcher(annotation).find();
	}

	/** {@return whether the text is an alias note ({@code 以下简称…}), which names no body} */
	static boolean aliasNote(String text) {
		return ALIAS_RULE.matcher(text).find();
	}

	/** The bodies of a rule written bodies first, after what the rule covers ({@code 第3至6项任务，}). */
	private static List<String> ruleBodies(String written) {
		String t = RULE_SCOPE.matcher(written.strip()).replaceFirst("");
		AgencyLists.Parsed parsed = AgencyLists.parse(t);
		return !parsed.surfaces().isEmpty() && parsed.surfaces().stream().allMatch(BodyNames::isBodyNameLenient)
				? parsed.surfaces() : null;
	}

}
