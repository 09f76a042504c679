package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.Mention;
import io.policygraph.ingest.Role;
import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.text.Brackets;
import io.policygraph.ingest.text.GuardedPattern;

/**
 * What the statement forms share: reading a subject or an object list as bodies (a modal after the subject
 * belongs to the verb, a list of partners stops at the task's verb), and the partners named after the
 * statement ({@code ，市财政局配合}, {@code ，会同省财政厅…}).
 */
final class Subjects {

	/** A part of the clause after the statement that names partners: {@code 市财政局配合}, {@code 各市州政府具体落实}. */
	private static final Pattern PARTNER = Pattern
		.compile("^([^，,。；;：:]{2,80}?)(分别|共同|具体)?(" + Words.PARTNER_DUTIES + ")(?!人|同志)");

	private static final Pattern SHORT_ITEM = Pattern.compile("^[\\u4e00-\\u9fa5]{1,10}$");

	/** 副总指挥由市政府…担任: who holds a post, not who carries a task (自由贸易试验区 is a name). */
	private static final Pattern POST_HOLDER = Pattern.compile("(?<!自)由");

	/** Verbs that end the object list after 牵头 / 会同. */
	private static final GuardedPattern VERB = new GuardedPattern(Pattern.compile("(" + Words.taskVerbs() + ")"),
			Lexicon.firstChars("task-verbs.tsv"));

	private static final Pattern BAD_SUBJECT_START = Pattern
		.compile("^(" + Lexicon.anyOf("subject-openers.txt") + ")");

	/** One or more modals at a subject's end: 市发展改革委要, 队伍应积极. */
	private static final Pattern MODAL_END = Pattern.compile("(" + Words.MODALS + ")+$");

	private static final Pattern CONNECTIVE = Pattern.compile("^(同时|其中|另外|此外|并由|并)");

	private static final Pattern WITH_START = Pattern.compile("^(" + Words.WITH_VERBS + "|组织|协调)");

	private Subjects() {
	}

	/** {@return the subject without a modal or adverb written before its verb: 市发展改革委要, 市财政局分别} */
	static String withoutModal(String subject) {
		return MODAL_END.matcher(subject).replaceFirst("");
	}

	/** {@return the leads of {@code subject} and the partners of {@code objects}, or {@code null} when the subject names no body} */
	static Reading leadWith(String subject, String objects, String roleWord) {
		AgencyLists.Parsed leads = bodies(subject);
		if (leads == null) {
			return null;
		}
		List<Mention> mentions = new ArrayList<>(Reading.of(leads, Role.LEAD, roleWord, 0).mentions());
		boolean open = leads.openList();
		if (objects != null) {
			AgencyLists.Parsed others = distributive(cutAtVerb(objects));
			if (others != null) {
				for (String s : others.surfaces()) {
					mentions.add(new Mention(s, Role.RESPONSIBLE, mentions.size() + 1, roleWord));
				}
				open |= others.openList();
			}
		}
		return new Reading(mentions, open);
	}

	/** {@return the bodies of {@code subject} in one role, or {@code null} when it names none} */
	static Reading subjectOnly(String subject, Role role, String roleWord) {
		AgencyLists.Parsed parsed = bodies(subject);
		if (parsed == null) {
			return null;
		}
		List<Mention> mentions = new ArrayList<>();
		for (String s : parsed.surfaces()) {
			mentions.add(new Mention(s, role, mentions.size() + 1, roleWord));
		}
		return new Reading(mentions, parsed.openList());
	}

	/** {@return the object list after 牵头 that a partner verb opens: 牵头会同省财政厅…} */
	static String objectsAfterLead(String afterVerb) {
		return objectList(WITH_START.matcher(afterVerb).replaceFirst(""));
	}

	/** Adds the partners named in the parts of the clause after {@code from}, each part {@code Y配合…}. */
	static Reading withPartners(Reading s, String clause, int from) {
		if (from >= clause.length()) {
			return s;
		}
		List<Mention> mentions = new ArrayList<>(s.mentions());
		boolean open = s.openList();
		for (String part : AgencyLists.splitTopLevel(clause.substring(from), '，', ',', '；', ';')) {
			String p = part.strip();
			if (p.startsWith("会同")) {
				// …牵头，会同省财政厅、省税务局研究…
				AgencyLists.Parsed with = distributive(cutAtVerb(p.substring(2)));
				if (with != null) {
					addPartners(mentions, with, "会同");
					open |= with.openList();
				}
				continue;
			}
			Matcher m = PARTNER.matcher(p);
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
		return new Reading(mentions, open);
	}

	/** Appends the bodies of {@code partners} not named yet, as responsible, numbered after the others. */
	static void addPartners(List<Mention> mentions, AgencyLists.Parsed partners, String roleWord) {
		for (String surface : partners.surfaces()) {
			if (mentions.stream().noneMatch(x -> x.surface().equals(surface))) {
				mentions.add(new Mention(surface, Role.RESPONSIBLE, mentions.size() + 1, roleWord));
			}
		}
	}

	/**
	 * Like {@link #bodies} but also takes lists that share one head noun, written once at the end:
	 * {@code 市发展改革、教育、科技…信访部门}; the items are kept as written.
	 */
	static AgencyLists.Parsed distributive(String text) {
		AgencyLists.Parsed strict = bodies(text);
		if (strict != null || text == null) {
			return strict;
		}
		// 市城市管理局、市交通运输局向灾区派出工作组: the last item runs on into the task
		AgencyLists.Parsed all = AgencyLists.parse(text.strip());
		if (all.surfaces().size() >= 2) {
			List<String> items = new ArrayList<>(all.surfaces());
			String last = items.get(items.size() - 1);
			String trimmed = BodyNames.trimToBody(last);
			if (!trimmed.equals(last)) {
				items.set(items.size() - 1, trimmed);
				if (items.stream().allMatch(BodyNames::isBodyName)) {
					return new AgencyLists.Parsed(items, all.openList(), all.marked());
				}
			}
		}
		List<String> items = all.surfaces();
		if (items.size() < 2 || !BodyNames.isBodyName(items.get(items.size() - 1))) {
			return null;
		}
		for (String item : items) {
			if (!BodyNames.isBodyName(item) && (!SHORT_ITEM.matcher(item).matches() || VERB.foundIn(item))) {
				return null;
			}
		}
		return all;
	}

	/** {@return the list as bodies, when every item is one; {@code null} otherwise} */
	static AgencyLists.Parsed bodies(String text) {
		if (text == null) {
			return null;
		}
		// 市发展改革委要会同…, 各区政府应牵头…: the modal belongs to the verb
		String t = withoutModal(CONNECTIVE.matcher(text.strip()).replaceFirst(""));
		if (t.isEmpty() || BAD_SUBJECT_START.matcher(t).find() || POST_HOLDER.matcher(t).find()) {
			return null;
		}
		AgencyLists.Parsed parsed = AgencyLists.parse(t);
		return AgencyLists.allBodies(parsed) ? parsed : null;
	}

	/** The bodies right after 牵头 / 会同, before the verb of the task. */
	static String objectList(String afterKeyword) {
		if (afterKeyword == null || afterKeyword.isBlank() || VERB.pattern().matcher(afterKeyword.strip()).lookingAt()) {
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

	/** {@return the text up to the first task verb outside brackets (not at its very start)} */
	static String cutAtVerb(String text) {
		GuardedPattern.Scan v = VERB.scan(text);
		int[] depth = null;
		while (v.find()) {
			if (v.start() == 0) {
				continue;
			}
			if (depth == null) {
				depth = Brackets.depths(text);
			}
			if (depth[v.start()] == 0) {
				return text.substring(0, v.start());
			}
		}
		return text;
	}

}
