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

	private static final Pattern BY_LEAD = Pattern.compile("由([^，,。；;：:由]{2,80}?)(共同)?牵头(?!单位|部门)[，,]?(?:(会同|联合|组织|协调)([^，,。；;]{2,120}))?");

	private static final Pattern SUBJECT_LEAD = Pattern.compile("^([^，,。；;：:]{2,80}?)(共同)?牵头(?!单位|部门)([^，,。；;]{0,120})");

	private static final Pattern SUBJECT_WITH = Pattern.compile("^([^，,。；;：:]{2,80}?)会同([^，,。；;]{2,120})");

	private static final Pattern BY_RESPONSIBLE = Pattern.compile("由([^，,。；;：:由]{2,80}?)(具体)?负责(?!同志|人)");

	private static final Pattern SUBJECT_RESPONSIBLE = Pattern.compile("^([^，,。；;：:]{2,80}?)(具体)?负责(?!同志|人)");

	private static final Pattern SUBJECT_SUPPORT = Pattern.compile("^([^，,。；;：:]{2,80}?)(分别)?(配合|协助)");

	private static final Pattern DUTY_ENTRY = Pattern.compile("^([^，,。；;：:]{2,40})[:：]\\s*(负责|配合|协助|牵头|承担)");

	/** Verbs that end the object list after 牵头 / 会同. */
	private static final Pattern VERB = Pattern.compile("(开展|做好|推进|推动|负责|实施|抓好|组织|建立|制定|落实|调度|研究|确定|共同|对接|完成|加强|持续|在|与|按照|围绕|及时|做|进行|编制|提出|指导|督促|承担|统筹|协调|依托|提供|对|就|根据)");

	private static final Pattern BAD_SUBJECT_START = Pattern.compile("^(鼓励|支持|推动|引导|推进|依托|组织|建立|加快|积极|探索|完善|发挥|强化|实行|实施|健全|由|按照|围绕|对|在|将|要|并|和|及|或)");

	private Prose() {
	}

	/** {@return what a clause (text between sentence punctuation) states, or {@code null}} */
	static Statement read(String clause) {
		String c = clause.strip();
		Matcher m = DUTY_ENTRY.matcher(c);
		if (m.find()) {
			Statement s = subjectOnly(m.group(1), m.group(2).equals("牵头") ? Role.LEAD : Role.RESPONSIBLE, m.group(2));
			if (s != null) {
				return s;
			}
		}
		m = BY_LEAD.matcher(c);
		if (m.find()) {
			Statement s = leadWith(m.group(1), m.group(4), m.group(3) == null ? "牵头" : "牵头" + m.group(3));
			if (s != null) {
				return s;
			}
		}
		m = SUBJECT_LEAD.matcher(c);
		if (m.find()) {
			Statement s = leadWith(m.group(1), objectList(m.group(3)), "牵头");
			if (s != null) {
				return s;
			}
		}
		m = SUBJECT_WITH.matcher(c);
		if (m.find()) {
			String objects = objectList(m.group(2));
			if (objects != null) {
				Statement s = leadWith(m.group(1), objects, "会同");
				if (s != null) {
					return s;
				}
			}
		}
		m = BY_RESPONSIBLE.matcher(c);
		if (m.find()) {
			Statement s = subjectOnly(m.group(1), Role.RESPONSIBLE, "负责");
			if (s != null) {
				return s;
			}
		}
		m = SUBJECT_RESPONSIBLE.matcher(c);
		if (m.find()) {
			Statement s = subjectOnly(m.group(1), Role.RESPONSIBLE, "负责");
			if (s != null) {
				return s;
			}
		}
		m = SUBJECT_SUPPORT.matcher(c);
		if (m.find()) {
			return subjectOnly(m.group(1), Role.RESPONSIBLE, m.group(3));
		}
		return null;
	}

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
			AgencyLists.Parsed others = bodies(cutAtVerb(objects));
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

	private static AgencyLists.Parsed bodies(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip().replaceFirst("^(同时|其中|另外|此外|并由|并)", "");
		if (t.isEmpty() || BAD_SUBJECT_START.matcher(t).find()) {
			return null;
		}
		AgencyLists.Parsed parsed = AgencyLists.parse(t);
		return AgencyLists.allBodies(parsed) ? parsed : null;
	}

	/** The bodies right after 牵头 / 会同, before the verb of the task. */
	private static String objectList(String afterKeyword) {
		if (afterKeyword == null || afterKeyword.isBlank()) {
			return null;
		}
		String cut = cutAtVerb(afterKeyword);
		AgencyLists.Parsed parsed = AgencyLists.parse(cut);
		return AgencyLists.allBodies(parsed) ? cut : null;
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
