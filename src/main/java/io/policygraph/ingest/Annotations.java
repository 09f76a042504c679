package io.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds responsibility annotations in a paragraph and reads them: keyworded lists in any bracket
 * (or with one bracket missing), {@code （A、B按职责分工负责）}, and bare lists of bodies at a clause end;
 * plus the rules written inside them (inherited defaults, positional lead, aliases).
 */
final class Annotations {

	/**
	 * Role words of keyworded annotations, as other cities write them: 单位, 部门, 处室 (a department's own
	 * divisions), 科室, 机构, 主体. Longer words first where one starts another.
	 */
	private static final String ROLE_WORDS = "牵头责任单位|牵头单位|牵头部门|牵头处室|牵头科室|牵头机构|主责单位|主责部门|主责处室|主办单位|主办部门|主办处室"
			+ "|主要责任单位|其他责任单位|责任单位|责任部门|责任处室|责任科室|责任机构|责任主体|实施主体|配合单位|配合部门|配合处室"
			+ "|协办单位|协办部门|协办处室|协同单位|协作单位|协助单位|参与单位|参与部门|参加单位|实施单位|落实单位|承办单位"
			+ "|支持单位|相关单位|主体单位"
			// bare verbs only as a label of their own: 牵头：A；配合：B
			+ "|(?<![\\u4e00-\\u9fa5])(?:牵头|配合|协办|参与|主办)(?=\\s*[:：】])";

	/** A role word with its colon ({@code 牵头单位：}), or in lenticular brackets ({@code 【牵头单位】}). */
	static final Pattern ROLE_KEYWORD = Pattern.compile("【?(" + ROLE_WORDS + ")(?:\\s*[:：]|】\\s*[:：]?)");

	/** Labels of fields that often follow a role list in the same line or the next: where a list stops. */
	private static final Pattern FIELD_LABEL = Pattern.compile(
			"(完成时限|完成时间|完成期限|时间节点|时间安排|进度安排|时限要求|责任领导|牵头领导|分管领导|联系领导|督办领导|牵头市领导|责任人|联系人|负责人|备注)\\s*[:：]");

	/** Words that make a positional rule hold for the rest of the document, not only its own list. */
	private static final Pattern ONWARD = Pattern.compile("下同|以下|各项|各条|本方案|本措施|本计划|本意见|本文|全文|所有|均");

	/** A labelled field that is not a role (完成时限：, 责任领导：, 时间节点：): it names no body. */
	private static final Pattern OTHER_FIELD = Pattern.compile("^【?[\\u4e00-\\u9fa5]{2,8}(】\\s*[:：]?|\\s*[:：])");

	/** Verbs that make a bracket or a role list read as prose. */
	private static final Pattern PROSE_VERB = Pattern.compile("牵头|负责|会同|配合|协助|参与|落实|主责|主办|协办");

	/** {@code X牵头} / {@code 由X牵头负责} as a clause of a bracket. */
	private static final Pattern CLAUSE_LEAD = Pattern.compile("^由?(.{2,80}?)(共同)?(?:牵头|主责|主办)(负责|落实|实施|推进)?$");

	/** {@code X会同Y负责} / {@code X牵头会同Y} as a clause of a bracket: X leads, Y shares. */
	private static final Pattern CLAUSE_LEAD_WITH = Pattern.compile("^由?(.{2,80}?)(牵头)?(会同|联合)(.{2,120}?)(共同)?(负责|落实|实施|推进)?$");

	/** {@code Y配合} / {@code 各有关部门按职责分工负责} as a clause of a bracket: Y shares. */
	private static final Pattern CLAUSE_SHARE = Pattern.compile(
			"^(.{2,120}?)(按照?(?:职责|职能)分工(?:负责|落实)|按照?职责负责|按职责落实|分工负责|共同负责|分别负责|具体负责|负责落实|具体落实|负责|配合|协助|参与|参加|协同|协同推进|协办|落实)$");

	private static final Pattern LEAD_KEYWORD = Pattern.compile("^(牵头|主责|主办)");

	private static final Pattern DUTY_TAIL = Pattern.compile("按照?职责分工负责\\s*$");

	/** Where a rule starts inside an annotation: {@code ，以下…} / {@code 列第一位的为牵头单位}. */
	private static final Pattern RULE_START = Pattern.compile("[，,。；;]?\\s*(以下|列第一|列首位|排第一|排名第一|排名首位|排在第一|排在首位|排序第一)");

	private static final Pattern INHERIT_RULE = Pattern.compile(
			"以下.{0,12}?(均需|均包括|均涉及|均由|均应|均要|均含|均为|都需|都要|都包括|都由)(.+?)(落实|负责|参与|承担)?[，,。]?\\s*(不再|均不再|不)(逐一|一一|重复|单独)?(列出|列明|列举)");

	/** What {@code 均为…} names when the bodies came first: the role, not a body. */
	private static final Pattern ROLE_NOUN = Pattern.compile("(责任|参与|配合|实施|落实)?(单位|主体)");

	/**
	 * The same rule with the bodies first: {@code 以下任务各市（州）人民政府均为责任单位，不再一一列出},
	 * {@code 以下第3至6项任务，各市生态环境局均需落实，不再列出}.
	 */
	private static final Pattern INHERIT_RULE_SUBJECT = Pattern.compile(
			"以下(.{2,50}?)(?:均|都)(?:需|要|应|须)?(?:为|是|作为)?(?:负责|落实|参与|承担)?(?:责任|参与|配合|实施|落实)?(?:单位|主体)?"
					+ "[，,。]?\\s*(?:不再|均不再|不)(?:逐一|一一|重复|单独)?(?:列出|列明|列举)");

	/** What a rule covers, written before its bodies: 各项任务, 第3至6项任务中，. */
	private static final Pattern RULE_SCOPE = Pattern.compile(
			"^(第[\\d一二三四五六七八九十至到、-]+[项条])?(各项|所列|各)?(任务|工作|措施|事项|内容)?(中|中的)?[，,]?");

	/** A verb where the rule's bodies should be: the bodies came first. */
	private static final Pattern RULE_VERB = Pattern.compile("(落实|负责|参与|承担)");

	private static final Pattern POSITIONAL_RULE = Pattern.compile(
			"(列|排|排名|排在|排序)(第一位?|首位|第1位?)的?(单位|部门)?(为|是)牵头(单位|部门)");

	private static final Pattern ALIAS_RULE = Pattern.compile("以下(将)?(.*?)(统称|简称)(为)?(.+)$");

	private static final Pattern NOT_A_LIST_START = Pattern.compile("^(或|含|即|包括|简称|以下简称|统称|如|其中|下同|不含|详见|见)");

	private static final Pattern LEVEL_PREFIX = Pattern.compile("^(市|省|区|县|各|国家|自治区|中共|全国)");

	/**
	 * An annotation found in a paragraph.
	 *
	 * @param start index of its first character (the opening bracket, or the keyword when that is missing)
	 * @param end index just after its last character
	 * @param raw its text as written
	 * @param mentions the bodies it names, lead and responsible
	 * @param openList whether a list ended in 等
	 * @param inheritRule bodies a default rule in it gives to every later measure, or empty
	 * @param positionalLead whether it states that the first-listed body leads (下同)
	 * @param pattern which written form it took
	 */
	record Annotation(int start, int end, String raw, List<Mention> mentions, boolean openList,
			List<String> inheritRule, boolean positionalLead, String pattern) {
	}

	/**
	 * How far an annotation missing its closing bracket, or written as a sentence of its own, may reach
	 * when no sentence end stops it. Real lists of bodies stay far below this; the bound keeps garbage
	 * input (thousands of unclosed brackets, no 。) linear.
	 */
	static final int MAX_OPEN_SPAN = 400;

	private Annotations() {
	}

	/** Used by layout repair: does the text end with a complete responsibility annotation? */
	static boolean endsWithAnnotation(CharSequence paragraph) {
		// only the last bracket group matters; scanning back keeps layout repair linear
		int depth = 0;
		for (int i = paragraph.length() - 1; i >= 0 && paragraph.length() - i < 600; i--) {
			char c = paragraph.charAt(i);
			if (Chars.isCloseBracket(c)) {
				depth++;
			}
			else if (Chars.isOpenBracket(c) && --depth == 0) {
				String text = paragraph.subSequence(Math.max(0, i - 1), paragraph.length()).toString();
				return bracketed(text, i > 0 ? 1 : 0, text.length()) != null;
			}
		}
		return false;
	}

	static List<Annotation> find(String text) {
		List<Annotation> out = new ArrayList<>();
		int depth = 0;
		int open = -1;
		int cursor = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Chars.isOpenBracket(c)) {
				if (depth == 0) {
					open = i;
				}
				depth++;
			}
			else if (Chars.isCloseBracket(c)) {
				if (depth == 0) {
					// a closing bracket with no opening one: 责任单位：A、B）
					Annotation a = unopened(text, cursor, i);
					if (a != null) {
						out.add(a);
						cursor = a.end();
					}
					continue;
				}
				depth--;
				if (depth == 0) {
					Annotation a = bracketed(text, open, i + 1);
					if (a != null) {
						out.add(a);
						cursor = a.end();
					}
				}
			}
		}
		if (depth > 0 && open >= 0) {
			// an opening bracket never closed: （责任单位：A、B。
			Annotation a = unclosed(text, open);
			if (a != null) {
				out.add(a);
				cursor = a.end();
			}
		}
		findFreeStanding(text, out);
		out.sort((a, b) -> Integer.compare(a.start(), b.start()));
		// 责任单位：市委组织部（市委人才办）、…: the name's bracket read on its own lies inside the list; the
		// outer annotation wins, and no two annotations may overlap
		List<Annotation> kept = new ArrayList<>();
		for (Annotation a : out) {
			Annotation last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
			if (last != null && a.start() < last.end()) {
				if (a.end() - a.start() > last.end() - last.start()) {
					kept.set(kept.size() - 1, a);
				}
				continue;
			}
			kept.add(a);
		}
		return kept;
	}

	private static Annotation bracketed(String text, int start, int end) {
		String content = text.substring(start + 1, end - 1).strip();
		if (content.isEmpty()) {
			return null;
		}
		if (mayHoldKeyword(content) && ROLE_KEYWORD.matcher(content).find() && keywordAtTop(content)) {
			return read(text, start, end, content, "keyword");
		}
		Annotation prose = proseBracket(text, start, end, content);
		if (prose != null) {
			return prose;
		}
		if (DUTY_TAIL.matcher(content).find()) {
			AgencyLists.Parsed parsed = AgencyLists.parse(content);
			if (!parsed.surfaces().isEmpty() && parsed.surfaces().stream().allMatch(AgencyNames::isBodyNameLenient)) {
				return read(text, start, end, content, "duty-suffix");
			}
			return null;
		}
		if (NOT_A_LIST_START.matcher(content).find() || content.indexOf('。') >= 0 || !atClauseEnd(text, start, end)) {
			return null;
		}
		AgencyLists.Parsed parsed = AgencyLists.parse(content);
		if (!AgencyLists.allBodies(parsed)) {
			return null;
		}
		boolean credible = parsed.surfaces().size() >= 2
				|| parsed.surfaces().stream().allMatch(s -> LEVEL_PREFIX.matcher(s).find());
		return credible ? read(text, start, end, content, "bare") : null;
	}

	/** Every role keyword is followed by a colon or a closing 】: a cheap test before the regular expression. */
	private static boolean mayHoldKeyword(String text) {
		if (text.indexOf('：') < 0 && text.indexOf(':') < 0 && text.indexOf('】') < 0) {
			return false;
		}
		for (String word : KEYWORD_NOUNS) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** Every role word holds one of these. */
	private static final List<String> KEYWORD_NOUNS = List.of("单位", "部门", "处室", "科室", "机构", "主体", "牵头", "配合",
			"协办", "参与", "主办");

	private static boolean keywordAtTop(String content) {
		Matcher m = ROLE_KEYWORD.matcher(content);
		int[] depth = null;
		while (m.find()) {
			if (depth == null) {
				depth = depths(content);
			}
			if (depth[m.start()] == 0) {
				return true;
			}
		}
		return false;
	}

	private static Annotation unopened(String text, int from, int close) {
		Matcher m = ROLE_KEYWORD.matcher(text);
		m.region(from, close);
		int keyword = -1;
		while (m.find()) {
			keyword = m.start();
			break;
		}
		if (keyword < 0 || text.substring(keyword, close).indexOf('。') >= 0) {
			return null;
		}
		return read(text, keyword, close + 1, text.substring(keyword, close), "unopened");
	}

	private static Annotation unclosed(String text, int open) {
		String rest = text.substring(open + 1);
		if (!ROLE_KEYWORD.matcher(rest).lookingAt()) {
			return null;
		}
		int stop = rest.indexOf('。');
		int end = Math.min(stop < 0 ? text.length() : open + 1 + stop, open + 1 + MAX_OPEN_SPAN);
		return read(text, open, end, text.substring(open + 1, end), "unclosed");
	}

	/** {@code 2、相关单位：A、B等。} or {@code 责任单位：A、B。} written as a sentence of its own. */
	private static void findFreeStanding(String text, List<Annotation> found) {
		if (!mayHoldKeyword(text)) {
			return;
		}
		Matcher m = ROLE_KEYWORD.matcher(text);
		int[] depth = null;
		int[] stops = null;
		while (m.find()) {
			if (depth == null) {
				depth = depths(text);
				stops = sentenceStops(text, depth);
			}
			int at = m.start();
			if (depth[at] != 0 || inside(found, at)) {
				continue;
			}
			int stop = stops[at];
			if (stop < text.length() && Chars.isCloseBracket(text.charAt(stop))) {
				continue;
			}
			stop = Math.min(stop, at + MAX_OPEN_SPAN);
			Annotation a = read(text, at, stop, text.substring(at, stop), "sentence");
			if (!a.mentions().isEmpty()) {
				found.add(a);
			}
		}
	}

	/** {@return the bracket depth before each character} */
	private static int[] depths(String s) {
		int[] out = new int[s.length() + 1];
		int depth = 0;
		for (int i = 0; i < s.length(); i++) {
			out[i] = depth;
			char c = s.charAt(i);
			if (Chars.isOpenBracket(c)) {
				depth++;
			}
			else if (Chars.isCloseBracket(c)) {
				depth = Math.max(0, depth - 1);
			}
		}
		out[s.length()] = depth;
		return out;
	}

	/**
	 * {@return for each index, where the sentence holding it stops: the next sentence end or closing
	 * bracket at depth 0, or the text's length} One backward pass, so looking it up is constant time.
	 */
	private static int[] sentenceStops(String text, int[] depth) {
		int[] out = new int[text.length() + 1];
		out[text.length()] = text.length();
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			boolean stops = Chars.isSentenceEnd(c) || (Chars.isCloseBracket(c) && depth[i] == 0);
			out[i] = stops ? i : out[i + 1];
		}
		return out;
	}

	private static boolean inside(List<Annotation> found, int at) {
		for (Annotation a : found) {
			if (at >= a.start() && at < a.end()) {
				return true;
			}
		}
		return false;
	}

	private static boolean atClauseEnd(String text, int start, int end) {
		char before = start > 0 ? text.charAt(start - 1) : '。';
		if (Chars.isSentenceEnd(before) || before == '.' || before == '；' || before == ';') {
			return true;
		}
		int next = end;
		while (next < text.length() && text.charAt(next) == ' ') {
			next++;
		}
		if (next >= text.length()) {
			return true;
		}
		char c = text.charAt(next);
		return Chars.isSentenceEnd(c) || c == '；' || c == ';' || c == '，' || c == ',' || c == '.' || c == '、'
				|| Chars.isOpenBracket(c);
	}

	/** {@return the bodies an inherited-default rule gives every later measure, or {@code null} when the text states none} */
	static List<String> inheritRule(String text) {
		Matcher m = INHERIT_RULE_SUBJECT.matcher(text);
		if (m.find()) {
			List<String> bodies = ruleBodies(m.group(1));
			if (bodies != null) {
				return bodies;
			}
		}
		m = INHERIT_RULE.matcher(text);
		if (m.find() && !ROLE_NOUN.matcher(m.group(2).strip()).matches() && !RULE_VERB.matcher(m.group(2).strip()).lookingAt()) {
			return AgencyLists.parse(m.group(2)).surfaces().stream().map(AgencyNames::trimToBody).toList();
		}
		return null;
	}

	/** The bodies of a rule written bodies first, after what the rule covers ({@code 第3至6项任务，}). */
	private static List<String> ruleBodies(String written) {
		String t = RULE_SCOPE.matcher(written.strip()).replaceFirst("");
		AgencyLists.Parsed parsed = AgencyLists.parse(t);
		return !parsed.surfaces().isEmpty() && parsed.surfaces().stream().allMatch(AgencyNames::isBodyNameLenient)
				? parsed.surfaces() : null;
	}

	/**
	 * {@return an inherited-default rule written as a sentence of the running text rather than inside an
	 * annotation ({@code 以下各项任务均需各区县政府落实，不再一一列出。}), or {@code null}}
	 */
	static List<String> sentenceRule(String paragraph, List<Annotation> annotations) {
		if (!paragraph.contains("以下") || !(paragraph.contains("列出") || paragraph.contains("列明") || paragraph.contains("列举"))) {
			return null;
		}
		int[] depth = depths(paragraph);
		int at = paragraph.indexOf("以下");
		while (at >= 0) {
			// a rule is one short sentence: looking further would only make garbage input slow
			String window = paragraph.substring(at, Math.min(paragraph.length(), at + 200));
			if (depth[at] == 0 && !inside(annotations, at)
					&& (window.contains("列出") || window.contains("列明") || window.contains("列举"))) {
				List<String> rule = inheritRule(window);
				if (rule != null && !rule.isEmpty()) {
					return rule;
				}
			}
			at = paragraph.indexOf("以下", at + 2);
		}
		return null;
	}

	/**
	 * {@return whether the running text states that the first-listed body leads ({@code 列第一位的为牵头单位。},
	 * {@code 注：列第一位的单位为牵头单位。}) outside any annotation} Such a note holds for the rest of the document.
	 */
	static boolean sentencePositional(String paragraph, List<Annotation> annotations) {
		if (!paragraph.contains("牵头")) {
			return false;
		}
		Matcher m = POSITIONAL_RULE.matcher(paragraph);
		while (m.find()) {
			// 二、重点任务（各项任务责任单位中，列第一位的为牵头单位）: a note in a bracket of its own counts too
			if (!inside(annotations, m.start())) {
				return true;
			}
		}
		return false;
	}

	/** Reads the lists and rules out of an annotation's content. */
	private static Annotation read(String text, int start, int end, String content, String pattern) {
		List<String> inherit = List.of();
		boolean positional = false;
		boolean onward = false;
		String lists = content;
		Matcher rule = RULE_START.matcher(content);
		int[] depth = null;
		while (rule.find()) {
			if (depth == null) {
				depth = depths(content);
			}
			if (depth[rule.start()] != 0) {
				continue;
			}
			String ruleText = content.substring(rule.start()).replaceFirst("^[，,。；;\\s]+", "");
			List<String> inherited = inheritRule(ruleText);
			if (inherited != null) {
				inherit = inherited;
			}
			else if (POSITIONAL_RULE.matcher(ruleText).find()) {
				positional = true;
				// 各项任务责任单位中，列第一位的为牵头单位: the scope may be written before the rule
				onward = ONWARD.matcher(content).find();
			}
			else if (!ALIAS_RULE.matcher(ruleText).find()) {
				continue;
			}
			lists = content.substring(0, rule.start());
			break;
		}
		List<Mention> mentions = new ArrayList<>();
		boolean open = false;
		int position = 0;
		for (String group : roleGroups(lists)) {
			Matcher keyword = ROLE_KEYWORD.matcher(group);
			String roleWord = "";
			String body = group;
			if (keyword.lookingAt()) {
				roleWord = keyword.group(1);
				body = group.substring(keyword.end());
				// 责任单位：市商务局牵头，市财政局配合: the list itself says who leads
				Clause prose = PROSE_VERB.matcher(body).find() ? proseClauses(body, position) : null;
				if (prose != null) {
					mentions.addAll(prose.mentions());
					position += prose.mentions().size();
					open |= prose.open();
					continue;
				}
			}
			else if (OTHER_FIELD.matcher(group).lookingAt()) {
				continue;
			}
			else {
				// （市发展改革委牵头；责任单位：各区政府）: a clause in prose next to keyworded ones
				Clause clause = clause(group, position);
				if (clause != null) {
					mentions.addAll(clause.mentions());
					position += clause.mentions().size();
					open |= clause.open();
					continue;
				}
			}
			Role role = LEAD_KEYWORD.matcher(roleWord).find() ? Role.LEAD : Role.RESPONSIBLE;
			AgencyLists.Parsed parsed = AgencyLists.parse(body);
			open |= parsed.openList();
			for (String surface : parsed.surfaces()) {
				if (roleWord.isEmpty() && !AgencyNames.isBodyNameLenient(surface)) {
					// no keyword vouches for it: 各项任务中 before a rule is not a body
					continue;
				}
				boolean marked = role != Role.LEAD && parsed.marked().contains(surface);
				mentions.add(new Mention(surface, marked ? Role.LEAD : role, ++position, marked ? "（牵头）" : roleWord));
			}
		}
		if (positional && !onward) {
			// （A、B、C，列第一位的为牵头单位）: a rule for this list only
			positional = false;
			if (mentions.stream().noneMatch(x -> x.role() == Role.LEAD)) {
				for (int k = 0; k < mentions.size(); k++) {
					Mention x = mentions.get(k);
					if (x.role() == Role.RESPONSIBLE) {
						mentions.set(k, new Mention(x.surface(), Role.LEAD, x.position(), "列第一位"));
						break;
					}
				}
			}
		}
		return new Annotation(start, end, text.substring(start, end), mentions, open, inherit, positional, pattern);
	}

	/**
	 * A bracket written as prose: {@code （市科技局牵头，市工业和信息化局、市财政局配合）},
	 * {@code （市统计局牵头，各有关部门按职责分工负责）}, {@code （市商务局会同市财政局负责）}. Every clause must take
	 * one of these forms and name only bodies; anything else is not an annotation.
	 */
	private static Annotation proseBracket(String text, int start, int end, String content) {
		if (content.indexOf('。') >= 0 || !PROSE_VERB.matcher(content).find()) {
			return null;
		}
		Clause all = proseClauses(content, 0);
		if (all == null) {
			return null;
		}
		return new Annotation(start, end, text.substring(start, end), all.mentions(), all.open(), List.of(), false,
				"prose-bracket");
	}

	/**
	 * {@return the bodies of a run of prose clauses ({@code 市科技局牵头，市财政局配合}), numbered after
	 * {@code position}, or {@code null} unless every clause names bodies} A lead that is no body
	 * ({@code 龙头企业牵头}) is passed over; its partners still count.
	 */
	private static Clause proseClauses(String content, int position) {
		List<Mention> mentions = new ArrayList<>();
		boolean open = false;
		for (String part : splitClauses(content)) {
			Matcher lead = CLAUSE_LEAD.matcher(part.strip());
			if (lead.matches() && AgencyNames.isNonBody(lead.group(1))) {
				continue;
			}
			Clause clause = clause(part, position + mentions.size());
			if (clause == null) {
				return null;
			}
			mentions.addAll(clause.mentions());
			open |= clause.open();
		}
		return mentions.isEmpty() ? null : new Clause(mentions, open);
	}

	/** The bodies one prose clause names and whether its list ended in 等. */
	private record Clause(List<Mention> mentions, boolean open) {
	}

	/** {@return the bodies one prose clause of a bracket names, numbered after {@code position}, or {@code null}} */
	private static Clause clause(String clause, int position) {
		String c = clause.strip();
		Matcher m = CLAUSE_LEAD_WITH.matcher(c);
		if (m.matches()) {
			Clause leads = bodies(m.group(1), Role.LEAD, m.group(3), position);
			Clause shares = leads == null ? null : bodies(m.group(4), Role.RESPONSIBLE, m.group(3), position + leads.mentions().size());
			if (shares != null) {
				List<Mention> out = new ArrayList<>(leads.mentions());
				out.addAll(shares.mentions());
				return new Clause(out, leads.open() || shares.open());
			}
		}
		m = CLAUSE_LEAD.matcher(c);
		if (m.matches()) {
			Clause leads = bodies(m.group(1), Role.LEAD, "牵头", position);
			if (leads != null) {
				return leads;
			}
		}
		m = CLAUSE_SHARE.matcher(c);
		if (m.matches()) {
			return bodies(m.group(1), Role.RESPONSIBLE, m.group(2), position);
		}
		return null;
	}

	private static Clause bodies(String list, Role role, String roleWord, int position) {
		AgencyLists.Parsed parsed = AgencyLists.parse(Prose.withoutModal(list.strip()));
		if (parsed.surfaces().isEmpty() || !parsed.surfaces().stream().allMatch(AgencyNames::isBodyNameLenient)) {
			return null;
		}
		List<Mention> out = new ArrayList<>();
		for (String surface : parsed.surfaces()) {
			boolean marked = role != Role.LEAD && parsed.marked().contains(surface);
			out.add(new Mention(surface, marked ? Role.LEAD : role, ++position, marked ? "（牵头）" : roleWord));
		}
		return new Clause(out, parsed.openList());
	}

	/** Splits a bracket's content at {@code ，；} outside inner brackets. */
	private static List<String> splitClauses(String content) {
		List<String> out = new ArrayList<>();
		int depth = 0;
		int from = 0;
		for (int i = 0; i < content.length(); i++) {
			char ch = content.charAt(i);
			if (Chars.isOpenBracket(ch)) {
				depth++;
			}
			else if (Chars.isCloseBracket(ch)) {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && (ch == '，' || ch == ',' || ch == '；' || ch == ';')) {
				out.add(content.substring(from, i));
				from = i + 1;
			}
		}
		out.add(content.substring(from));
		out.removeIf(String::isBlank);
		return out;
	}

	/** Splits {@code 牵头单位：A；责任单位：B、C} (or with {@code ，}) into one string per role keyword. */
	private static List<String> roleGroups(String content) {
		List<Integer> cuts = new ArrayList<>();
		int[] depth = depths(content);
		for (Matcher m : List.of(ROLE_KEYWORD.matcher(content), FIELD_LABEL.matcher(content))) {
			while (m.find()) {
				if (depth[m.start()] == 0) {
					cuts.add(m.start());
				}
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
			String t = g.strip().replaceAll("^[；;，,\\s]+|[；;，,\\s]+$", "");
			if (!t.isEmpty()) {
				for (String part : t.split("[；;]")) {
					if (!part.isBlank()) {
						out.add(part.strip());
					}
				}
			}
		}
		return out;
	}

}
