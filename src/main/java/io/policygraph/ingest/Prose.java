package io.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Responsibility stated in running text: {@code 由X牵头，会同Y…}, {@code X牵头…}, {@code X和Y共同牵头Z…},
 * {@code X会同Y…}, {@code 由X负责…}, {@code X负责…}, {@code Y配合/协助…}, and duty lists written as
 * {@code X：负责…}. A subject that is not a body (企业牵头, 我局牵头制定, 主要领导同志牵头) gives nothing.
 */
final class Prose {

	/**
	 * Bodies a clause names, with roles.
	 *
	 * @param mentions lead and responsible bodies in written order
	 * @param openList whether a list ended in 等
	 */
	record Statement(List<Mention> mentions, boolean openList) {
	}

	private static final Pattern BY_LEAD = Pattern.compile("由([^，,。；;：:由]{2,80}?)(共同)?(?:牵头|主办)(?!单位|部门)[，,]?(?:(会同|联合|组织|协调)([^，,。；;]{2,120}))?");

	private static final Pattern SUBJECT_LEAD = Pattern.compile("^([^，,。；;：:]{2,80}?)(共同)?(?:牵头|主责|主办)(?!单位|部门|主业)([^，,。；;]{0,120})");

	private static final Pattern SUBJECT_WITH = Pattern.compile("^([^，,。；;：:]{2,80}?)会同([^，,。；;]{2,120})");

	private static final Pattern BY_RESPONSIBLE = Pattern.compile("由([^，,。；;：:由]{2,80}?)(具体)?负责(?!同志|人)");

	private static final Pattern SUBJECT_RESPONSIBLE = Pattern.compile("^([^，,。；;：:]{2,80}?)(具体)?负责(?!同志|人)");

	/** {@code 完善消费基础设施，市交通运输局负责}: the bodies in the clause's last part, after the task. */
	/** Verbs of a result already reached: 牵头完成了, 牵头编制了, 主责推进的…项目全部完成, 已牵头. */
	private static final Pattern PAST = Pattern.compile(
			"(牵头|主责|负责|会同)[\\u4e00-\\u9fa5“”]{0,8}了|已(经)?(牵头|会同|负责)|全部完成|顺利完成|已完成|取得(积极|明显|显著|重要)?(进展|成效)|受到|荣获|获评|获.{0,12}表扬");

	private static final Pattern TRAILING_DUTY = Pattern.compile("[，,]([^，,。；;：:]{2,80}?)(具体|分别|共同)?(负责|牵头负责|牵头)$");

	/**
	 * A part of the clause after the statement that names partners: {@code ，市财政局配合},
	 * {@code ，市经济信息委、市通信管理局等单位参与}, {@code ，各市州政府具体落实}.
	 */
	private static final Pattern PARTNER = Pattern.compile(
			"^([^，,。；;：:]{2,80}?)(分别|共同|具体)?(配合|协助|参与|参加|协同|协办|负责落实|落实|按照?(?:职责|职能)分工(?:负责|落实)|负责|承担)");

	private static final Pattern SUBJECT_SUPPORT = Pattern.compile(
			"^([^，,。；;：:]{2,80}?)(分别|共同|协同)?(配合|协助|(?<=共同|协同)推进|(?<=共同|协同)实施)");

	private static final Pattern BY_WITH = Pattern.compile("由([^，,。；;：:由]{2,80}?)会同([^，,。；;]{2,120})");

	/** A duty list entry: {@code 市教育局：负责…} or a paragraph labelled {@code 投资促进局。牵头…}. */
	private static final Pattern DUTY_ENTRY = Pattern.compile("^([^，,。；;：:]{2,40})(?:[:：]|[。.](?=牵头|负责))\\s*(牵头)?");

	private static final Pattern SHORT_ITEM = Pattern.compile("^[\\u4e00-\\u9fa5]{1,10}$");

	/** 副总指挥由市政府…担任: who holds a post, not who carries a task (自由贸易试验区 is a name). */
	private static final Pattern POST_HOLDER = Pattern.compile("(?<!自)由");

	/** Verbs that end the object list after 牵头 / 会同. */
	private static final Pattern VERB = Pattern.compile("(开展|做好|推进|推动|负责|实施|抓好|组织|建立|制定|落实|调度|研究|确定|共同|对接|完成|加强|持续|在|与|按照|围绕|及时|做|进行|编制|提出|指导|督促|承担|统筹|协调|依托|提供|对|就|根据|加快|完善|出台|印发|深化|另行|抓紧|尽快|适时|切实|积极|认真|进一步|全面|大力|着力|有序|逐步|加大|强化|健全|提升|设立|成立|组建|搭建|举办|设置|引导|联合(?!会)|发布|派出(?!所))");

	private static final Pattern BAD_SUBJECT_START = Pattern.compile("^(鼓励|支持|推动|引导|推进|依托|组织|建立|设立|成立|组建|打造|培育|建设|加快|积极|探索|完善|发挥|强化|实行|实施|健全|由|按照|围绕|对|在|将|要|并|和|及|或)");

	private Prose() {
	}

	/**
	 * {@return the body a duty-list paragraph opens with ({@code 市教育局：负责…}), or {@code null}}
	 */
	static Statement dutyEntry(String paragraph) {
		Matcher m = DUTY_ENTRY.matcher(paragraph.strip());
		if (!m.lookingAt()) {
			return null;
		}
		Statement s = subjectOnly(m.group(1), m.group(2) != null ? Role.LEAD : Role.RESPONSIBLE, "职责");
		if (s == null) {
			return null;
		}
		// 市发展改革委：负责…，会同市财政局做好价格监测: the partners of the duty
		Matcher with = DUTY_WITH.matcher(paragraph);
		List<Mention> mentions = new ArrayList<>(s.mentions());
		boolean open = s.openList();
		int subjects = mentions.size();
		while (with.find()) {
			AgencyLists.Parsed others = distributive(cutAtVerb(with.group(1)));
			if (others == null) {
				continue;
			}
			addPartners(mentions, others, "会同");
			open |= others.openList();
		}
		if (mentions.size() > subjects) {
			// X会同Y: the duty's body leads the work it shares
			for (int k = 0; k < subjects; k++) {
				Mention x = mentions.get(k);
				mentions.set(k, new Mention(x.surface(), Role.LEAD, x.position(), "会同"));
			}
		}
		return new Statement(mentions, open);
	}

	/** {@code 会同Y…} inside a duty entry. */
	private static final Pattern DUTY_WITH = Pattern.compile("会同([^，,。；;]{2,120})");

	/** {@return what a clause (text between sentence punctuation) states, or {@code null}} */
	static Statement read(String clause) {
		String c = clause.strip();
		if (!STATEMENT_WORD.matcher(c).find()) {
			// every form below needs one of these words; most clauses have none
			return null;
		}
		if (PAST.matcher(c).find()) {
			// 省工业和信息化厅牵头完成了…评估: a result being reported, not a task being given
			return null;
		}
		Statement s = readFrom(c);
		if (s != null) {
			return s;
		}
		// 加快推进试点工作，市财政局牵头，市审计局配合: the statement starts after the task
		int comma = -1;
		for (int k = 0; k < 4; k++) {
			comma = nextComma(c, comma + 1);
			if (comma < 0 || comma + 1 >= c.length() || NARRATIVE_TIME.matcher(c.substring(0, comma)).find()) {
				// 2023年，X牵头推进…: what follows a bare year or 去年 reports, it does not assign
				break;
			}
			s = readFrom(c.substring(comma + 1));
			if (s != null) {
				return s;
			}
		}
		return trailingDuty(c);
	}

	private static final Pattern STATEMENT_WORD = Pattern.compile("牵头|负责|会同|配合|协助|主责|主办|协办|共同推进|协同推进|共同实施");

	/** A clause opening that narrates the past: a bare year, 去年, 一年来, 近年来 … */
	private static final Pattern NARRATIVE_TIME = Pattern.compile("(?<![到至前])\\d{4}年\\s*$|去年|上年|一年来|近年来|多年来|以来|过去|此前");

	private static int nextComma(String c, int from) {
		for (int i = from; i < c.length(); i++) {
			if (c.charAt(i) == '，' || c.charAt(i) == ',') {
				return i;
			}
		}
		return -1;
	}

	private static Statement readFrom(String c) {
		Matcher m = BY_WITH.matcher(c);
		if (m.find()) {
			Statement s = leadWith(m.group(1), m.group(2), "会同");
			if (s != null) {
				return withPartners(s, c, m.end());
			}
		}
		m = BY_LEAD.matcher(c);
		if (m.find()) {
			Statement s = leadWith(m.group(1), m.group(4), m.group(3) == null ? "牵头" : "牵头" + m.group(3));
			if (s != null) {
				return withPartners(s, c, m.end());
			}
		}
		m = SUBJECT_LEAD.matcher(c);
		if (m.lookingAt()) {
			// 市交通运输局牵头会同市公安局…: the partners come after 会同
			Statement s = leadWith(m.group(1), objectList(m.group(3).replaceFirst("^(会同|联合|组织|协调)", "")), "牵头");
			if (s != null) {
				return withPartners(s, c, m.end());
			}
		}
		m = SUBJECT_WITH.matcher(c);
		if (m.lookingAt()) {
			String objects = objectList(m.group(2));
			if (objects != null) {
				Statement s = leadWith(m.group(1), objects, "会同");
				if (s != null) {
					return withPartners(s, c, m.end());
				}
			}
		}
		m = BY_RESPONSIBLE.matcher(c);
		if (m.find()) {
			Statement s = subjectOnly(m.group(1), Role.RESPONSIBLE, "负责");
			if (s != null) {
				return withPartners(s, c, m.end());
			}
		}
		m = SUBJECT_RESPONSIBLE.matcher(c);
		if (m.lookingAt()) {
			Statement s = subjectOnly(m.group(1), Role.RESPONSIBLE, "负责");
			if (s != null) {
				return withPartners(s, c, m.end());
			}
		}
		m = SUBJECT_SUPPORT.matcher(c);
		if (m.lookingAt()) {
			Statement s = subjectOnly(m.group(1), Role.RESPONSIBLE, m.group(3));
			if (s != null) {
				return withPartners(s, c, m.end());
			}
		}
		return null;
	}

	/** {@code 完善消费基础设施，市交通运输局负责}: tried last, after the clause's other commas. */
	private static Statement trailingDuty(String c) {
		Matcher m = TRAILING_DUTY.matcher(c);
		if ((c.endsWith("负责") || c.endsWith("牵头")) && m.find()) {
			return subjectOnly(m.group(1), m.group(3).startsWith("牵头") ? Role.LEAD : Role.RESPONSIBLE, m.group(3));
		}
		return null;
	}

	/** Adds the partners named in the parts of the clause after {@code from}, each part {@code Y配合…}. */
	private static Statement withPartners(Statement s, String clause, int from) {
		if (from >= clause.length()) {
			return s;
		}
		List<Mention> mentions = new ArrayList<>(s.mentions());
		boolean open = s.openList();
		for (String part : AgencyLists.splitTopLevel(clause.substring(from).replace('，', '；').replace(',', '；'), '；')) {
			if (part.strip().startsWith("会同")) {
				// …牵头，会同省财政厅、省税务局研究…
				AgencyLists.Parsed with = distributive(cutAtVerb(part.strip().substring(2)));
				if (with != null) {
					addPartners(mentions, with, "会同");
					open |= with.openList();
				}
				continue;
			}
			Matcher m = PARTNER.matcher(part.strip());
			if (!m.lookingAt()) {
				continue;
			}
			AgencyLists.Parsed parsed = bodies(m.group(1));
			if (parsed == null) {
				continue;
			}
			addPartners(mentions, parsed, m.group(3));
			open |= parsed.openList();
		}
		return new Statement(mentions, open);
	}

	/** Appends the bodies of {@code partners} not named yet, as responsible, numbered after the others. */
	private static void addPartners(List<Mention> mentions, AgencyLists.Parsed partners, String roleWord) {
		for (String surface : partners.surfaces()) {
			if (mentions.stream().noneMatch(x -> x.surface().equals(surface))) {
				mentions.add(new Mention(surface, Role.RESPONSIBLE, mentions.size() + 1, roleWord));
			}
		}
	}

	/** {@return the subject without a modal or adverb written before its verb: 市发展改革委要, 市财政局分别} */
	static String withoutModal(String subject) {
		return MODAL_END.matcher(subject).replaceFirst("");
	}

	private static final Pattern MODAL_END = Pattern.compile("(要|应|应当|需|需要|将|还要|也要|必须|分别|共同|具体)$");

	private static Statement leadWith(String subject, String objects, String roleWord) {
		AgencyLists.Parsed leads = bodies(subject);
		if (leads == null) {
			return null;
		}
		List<Mention> mentions = new ArrayList<>();
		int position = 0;
		for (String s : leads.surfaces()) {
			mentions.add(new Mention(s, Role.LEAD, ++position, roleWord));
		}
		boolean open = leads.openList();
		if (objects != null) {
			AgencyLists.Parsed others = distributive(cutAtVerb(objects));
			if (others != null) {
				for (String s : others.surfaces()) {
					mentions.add(new Mention(s, Role.RESPONSIBLE, ++position, roleWord));
				}
				open |= others.openList();
			}
		}
		return new Statement(mentions, open);
	}

	private static Statement subjectOnly(String subject, Role role, String roleWord) {
		AgencyLists.Parsed parsed = bodies(subject);
		if (parsed == null) {
			return null;
		}
		List<Mention> mentions = new ArrayList<>();
		int position = 0;
		for (String s : parsed.surfaces()) {
			mentions.add(new Mention(s, role, ++position, roleWord));
		}
		return new Statement(mentions, parsed.openList());
	}

	/**
	 * Like {@link #bodies} but also takes lists that share one head noun, written once at the end:
	 * {@code 市发展改革、教育、科技…信访部门}; the items are kept as written.
	 */
	private static AgencyLists.Parsed distributive(String text) {
		AgencyLists.Parsed strict = bodies(text);
		if (strict != null || text == null) {
			return strict;
		}
		// 市城市管理局、市交通运输局向灾区派出工作组: the last item runs on into the task
		AgencyLists.Parsed all = AgencyLists.parse(text.strip());
		if (all.surfaces().size() >= 2) {
			List<String> items = new ArrayList<>(all.surfaces());
			String last = items.get(items.size() - 1);
			String trimmed = AgencyNames.trimToBody(last);
			if (!trimmed.equals(last)) {
				items.set(items.size() - 1, trimmed);
				if (items.stream().allMatch(AgencyNames::isBodyName)) {
					return new AgencyLists.Parsed(items, all.openList(), all.marked());
				}
			}
		}
		AgencyLists.Parsed parsed = AgencyLists.parse(text.strip());
		List<String> items = parsed.surfaces();
		if (items.size() < 2 || !AgencyNames.isBodyName(items.get(items.size() - 1))) {
			return null;
		}
		for (String item : items) {
			if (!AgencyNames.isBodyName(item) && !SHORT_ITEM.matcher(item).matches()) {
				return null;
			}
			if (VERB.matcher(item).find() && !AgencyNames.isBodyName(item)) {
				return null;
			}
		}
		return parsed;
	}

	private static AgencyLists.Parsed bodies(String text) {
		if (text == null) {
			return null;
		}
		// 市发展改革委要会同…, 各区政府应牵头…: the modal belongs to the verb
		String t = withoutModal(text.strip().replaceFirst("^(同时|其中|另外|此外|并由|并)", ""));
		if (t.isEmpty() || BAD_SUBJECT_START.matcher(t).find() || POST_HOLDER.matcher(t).find()) {
			return null;
		}
		AgencyLists.Parsed parsed = AgencyLists.parse(t);
		return AgencyLists.allBodies(parsed) ? parsed : null;
	}

	/** The bodies right after 牵头 / 会同, before the verb of the task. */
	private static String objectList(String afterKeyword) {
		if (afterKeyword == null || afterKeyword.isBlank() || VERB.matcher(afterKeyword.strip()).lookingAt()) {
			// 牵头抓好园区…改革: the task follows at once, no partner is named
			return null;
		}
		String cut = cutAtVerb(afterKeyword);
		AgencyLists.Parsed parsed = AgencyLists.parse(cut);
		if (AgencyLists.allBodies(parsed)) {
			return cut;
		}
		// 会同市城市管理局、市交通运输局向灾区派出工作组: the last body runs on into the task
		AgencyLists.Parsed trimmed = distributive(cut);
		return trimmed == null ? null : String.join("、", trimmed.surfaces());
	}

	private static String cutAtVerb(String text) {
		Matcher v = VERB.matcher(text);
		int depth = 0;
		while (v.find()) {
			if (v.start() > 0 && depthBefore(text, v.start()) == depth) {
				return text.substring(0, v.start());
			}
		}
		return text;
	}

	private static int depthBefore(String s, int index) {
		int depth = 0;
		for (int i = 0; i < index; i++) {
			if (Chars.isOpenBracket(s.charAt(i))) {
				depth++;
			}
			else if (Chars.isCloseBracket(s.charAt(i))) {
				depth = Math.max(0, depth - 1);
			}
		}
		return depth;
	}

}
