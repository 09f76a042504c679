package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.Mention;
import io.policygraph.ingest.Role;
import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.lexicon.RoleWords;
import io.policygraph.ingest.text.Brackets;
import io.policygraph.ingest.text.GuardedPattern;
import io.policygraph.ingest.text.WordTrie;

/**
 * Reads what an annotation encloses: its lists, one per role keyword ({@code 牵头单位：A；责任单位：B、C}), prose
 * clauses among them ({@code 市发展改革委牵头；责任单位：各区政府}), fields that name no body (完成时限), and the
 * rule that may close it ({@link Rules}).
 */
final class AnnotationContent {

	/** Labels of fields that often follow a role list in the same line or the next: where a list stops. */
	private static final WordTrie FIELD_LABELS = new WordTrie(Lexicon.words("field-labels.tsv"));

	/** A labelled field that is not a role (完成时限：, 责任领导：, 时间节点：): it names no body. */
	private static final Pattern OTHER_FIELD = Pattern.compile("^【?[\\u4e00-\\u9fa5]{2,8}(】\\s*[:：]?|\\s*[:：])");

	/** Verbs that make a role list read as prose: {@code 责任单位：市商务局牵头，市财政局配合}. */
	static final GuardedPattern PROSE_VERB = new GuardedPattern(Pattern.compile(Words.STATEMENT_VERBS + "|" + Words.PARTNER_DUTIES),
			Lexicon.firstChars("prose-verbs.tsv") + Lexicon.firstChars(Lexicon.entries("duty-phrases.tsv", "uses", "partner")));

	private AnnotationContent() {
	}

	/** Reads the lists and rules of an annotation whose content is {@code content}. */
	static Annotation read(String text, int start, int end, String content, String form) {
		Rules.Default inherit = Rules.Default.NONE;
		boolean positional = false;
		boolean onward = false;
		String lists = content;
		// every rule starts with 以下 or a rank (列第一, 排名首位): a list holding neither has none
		boolean mayHoldRule = content.contains("以下") || content.indexOf('第') >= 0 || content.indexOf('首') >= 0;
		Matcher rule = Rules.RULE_START.matcher(content);
		int[] depth = null;
		while (mayHoldRule && rule.find()) {
			if (depth == null) {
				depth = Brackets.depths(content);
			}
			if (depth[rule.start()] != 0) {
				continue;
			}
			String ruleText = trimSeparators(content.substring(rule.start()));
			List<String> inherited = Rules.inheritedDefault(ruleText);
			if (inherited != null) {
				inherit = Rules.Default.later(inherited);
			}
			else if (Rules.positionalLead(ruleText)) {
				positional = true;
				// 各项任务责任单位中，列第一位的为牵头单位: the scope may be written before the rule
				onward = Rules.onward(content);
			}
			else if (!Rules.aliasNote(ruleText)) {
				continue;
			}
			lists = listBeforeRule(content.substring(0, rule.start()));
			break;
		}
		if (mayHoldRule && !positional && inherit.isEmpty() && Rules.positionalLead(content)) {
			// 责任单位：A、B、C（列第一位者为工作牵头单位，下同）: the rule in a note of the list's own
			positional = true;
			onward = Rules.onward(content);
		}
		if (!positional && inherit.isEmpty()) {
			// 责任单位：A、B按职责分工负责。具体任务均涉及C，不再做分工，下同: a rule closing the annotation as a sentence
			// of its own, with no 以下, for this measure too
			int stop = closingRuleAt(lists);
			if (stop >= 0) {
				inherit = Rules.closingDefault(trimSeparators(lists.substring(stop + 1)));
				lists = lists.substring(0, stop);
			}
		}
		List<Mention> mentions = new ArrayList<>();
		boolean open = false;
		for (String group : roleGroups(lists)) {
			RoleWords.Keyword keyword = RoleWords.keywordAt(group, 0);
			String roleWord = "";
			String body = group;
			if (keyword != null) {
				roleWord = keyword.word();
				body = group.substring(keyword.end());
				// 责任单位：市商务局牵头，市财政局配合: the list itself says who leads
				Reading prose = PROSE_VERB.foundIn(body) ? ProseClauses.all(body, mentions.size()) : null;
				if (prose == null && PROSE_VERB.foundIn(body)) {
					// 责任单位：省政府办公厅、省财政厅牵头，省商务厅、省文化广电和旅游厅: bodies named after a lead clause,
					// with no verb of their own, take the keyword's role
					prose = ProseClauses.withKeyword(body, mentions.size(),
							RoleWords.leads(keyword.word()) ? Role.LEAD : Role.RESPONSIBLE, keyword.word());
				}
				if (prose != null) {
					mentions.addAll(prose.stamped(ProseClauses.NAME).mentions());
					open |= prose.openList();
					continue;
				}
			}
			else if (OTHER_FIELD.matcher(group).lookingAt()) {
				continue;
			}
			else {
				// （市发展改革委牵头；责任单位：各区政府）: a clause in prose next to keyworded ones
				Reading clause = ProseClauses.one(group, mentions.size());
				if (clause != null) {
					mentions.addAll(clause.stamped(ProseClauses.NAME).mentions());
					open |= clause.openList();
					continue;
				}
			}
			Role role = RoleWords.leads(roleWord) ? Role.LEAD : Role.RESPONSIBLE;
			AgencyLists.Parsed parsed = AgencyLists.parse(body);
			open |= parsed.openList();
			if (roleWord.isEmpty()) {
				// no keyword vouches for them: 各项任务中 before a rule is not a body
				parsed = new AgencyLists.Parsed(parsed.surfaces().stream().filter(BodyNames::isBodyNameLenient).toList(),
						parsed.openList(), parsed.marked());
			}
			mentions.addAll(Reading.of(parsed, role, roleWord, mentions.size()).mentions());
		}
		yieldToLead(mentions);
		if (positional && !onward) {
			// （A、B、C，列第一位的为牵头单位）: a rule for this list only
			positional = false;
			firstLeads(mentions);
		}
		List<Mention> stamped = new ArrayList<>();
		for (Mention m : mentions) {
			stamped.add(m.stamped(form));
		}
		return new Annotation(start, end, text.substring(start, end), new Reading(stamped, open), inherit, positional, form);
	}

	/**
	 * {@return the lists before a rule, without a sentence that only qualifies the rule} In
	 * {@code 责任单位：A、B。除专门列出外，以下任务均涉及C，不再重复} the list ends at its full stop.
	 */
	private static String listBeforeRule(String lists) {
		int[] depth = Brackets.depths(lists);
		for (int i = 0; i < lists.length(); i++) {
			if (lists.charAt(i) == '。' && depth[i] == 0 && RoleWords.nextKeyword(lists, i + 1) == null) {
				return lists.substring(0, i);
			}
		}
		return lists;
	}

	/** （牵头单位：A；主办单位：B、C）: beside a lead named by a word that does not yield, B and C are responsible. */
	private static void yieldToLead(List<Mention> mentions) {
		if (mentions.stream().noneMatch(x -> x.role() == Role.LEAD && !RoleWords.yields(x.roleWord()))) {
			return;
		}
		for (int k = 0; k < mentions.size(); k++) {
			Mention x = mentions.get(k);
			if (x.role() == Role.LEAD && RoleWords.yields(x.roleWord())) {
				mentions.set(k, x.as(Role.RESPONSIBLE, x.roleWord(), x.form()));
			}
		}
	}

	/** Under a positional rule, the first responsible body of a list with no lead leads. */
	static void firstLeads(List<Mention> mentions) {
		if (mentions.stream().anyMatch(x -> x.role() == Role.LEAD)) {
			return;
		}
		for (int k = 0; k < mentions.size(); k++) {
			Mention x = mentions.get(k);
			if (x.role() == Role.RESPONSIBLE) {
				mentions.set(k, x.as(Role.LEAD, "列第一位", Rules.POSITIONAL_LEAD));
				return;
			}
		}
	}

	/**
	 * {@return where the sentence of a default rule closing the lists starts (its full stop, outside any bracket),
	 * or -1} ({@code …按职责分工负责。具体任务均涉及C，不再做分工，下同})
	 */
	static int closingRuleAt(String lists) {
		if (lists.indexOf('。') < 0) {
			return -1;
		}
		int[] depth = Brackets.depths(lists);
		for (int i = 0; i < lists.length(); i++) {
			if (lists.charAt(i) == '。' && depth[i] == 0 && Rules.closingDefault(trimSeparators(lists.substring(i + 1))) != null) {
				return i;
			}
		}
		return -1;
	}

	/** {@return the text without the list separators, sentence ends and spaces around it} */
	static String trimSeparators(String s) {
		int from = 0;
		int to = s.length();
		while (from < to && SEPARATORS.indexOf(s.charAt(from)) >= 0) {
			from++;
		}
		while (to > from && SEPARATORS.indexOf(s.charAt(to - 1)) >= 0) {
			to--;
		}
		return s.substring(from, to);
	}

	private static final String SEPARATORS = "；;，,。 \t\u3000";

	/** Splits {@code 牵头单位：A；责任单位：B、C} (or with {@code ，}) into one string per role keyword. */
	private static List<String> roleGroups(String content) {
		List<Integer> cuts = new ArrayList<>();
		int[] depth = Brackets.depths(content);
		for (RoleWords.Keyword k = RoleWords.nextKeyword(content, 0); k != null; k = RoleWords.nextKeyword(content, k.end())) {
			if (depth[k.start()] == 0) {
				cuts.add(k.start());
			}
		}
		for (int i = 0; i < content.length(); i++) {
			WordTrie.Match label = FIELD_LABELS.starts(content.charAt(i)) ? FIELD_LABELS.matchAt(content, i, WordTrie.COLON) : null;
			if (label != null) {
				if (depth[i] == 0) {
					cuts.add(i);
				}
				i = label.end() - 1;
			}
		}
		cuts.sort(null);
		List<String> groups = new ArrayList<>();
		int prev = 0;
		for (int cut : cuts) {
			if (cut > prev) {
				groups.add(content.substring(prev, cut));
			}
			prev = cut;
		}
		groups.add(content.substring(prev));
		List<String> out = new ArrayList<>();
		for (String g : groups) {
			String t = trimSeparators(g);
			if (!t.isEmpty()) {
				int from = 0;
				for (int i = 0; i <= t.length(); i++) {
					if (i == t.length() || t.charAt(i) == '；' || t.charAt(i) == ';') {
						String part = t.substring(from, i);
						if (!part.isBlank()) {
							out.add(part.strip());
						}
						from = i + 1;
					}
				}
			}
		}
		return out;
	}

}
