package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.Mention;
import io.policygraph.ingest.Role;
import io.policygraph.ingest.lexicon.Lexicon;

/**
 * A work group made of bodies, with its lead named right after: {@code (5)灾区维稳组：由市公安局、市民政局…组成，牵头单位为
 * 市公安局，主要负责：…}, {@code 由A、B组成，B为牵头单位}, {@code 综合组由A、B、C组成，其中A牵头}. Read as a whole paragraph,
 * before a duty list entry (the group's name before the colon is no body). The lead leads; the other members are
 * responsible. A membership whose lead is not named right after it (a command's 成员单位) is not this form.
 */
final class WorkGroup implements StatementForm {

	private static final String VERBS = Lexicon.anyOf("group-verbs.txt");

	/** Label (a group's name, with its colon or not), 由, the members, the verb, then the rest. */
	private static final Pattern SHAPE = Pattern
		.compile("^(?:[^，,。；;：:由]{2,40}[:：]?)?\\s*由([^。；;：:]{2,400}?)(?:" + VERBS + ")[，,；;]\\s*(?:其中)?(.+)$");

	/** {@code X牵头}, {@code 由X牵头} at the start of the rest. */
	private static final Pattern LEADS = Pattern.compile("^由?([^，,。；;：:]{2,80}?)(?:" + Words.LEAD_VERBS + ")(?:[，,。；;]|$)");

	@Override
	public String name() {
		return "work-group";
	}

	@Override
	public Reading tryRead(String paragraph) {
		Matcher m = SHAPE.matcher(paragraph.strip());
		if (!m.matches()) {
			return null;
		}
		AgencyLists.Parsed members = AgencyLists.parse(m.group(1));
		if (members.surfaces().isEmpty() || !AgencyLists.allBodies(members)) {
			return null;
		}
		Reading lead = lead(m.group(2));
		if (lead == null) {
			return null;
		}
		List<Mention> out = new ArrayList<>();
		Set<String> leads = new HashSet<>();
		for (Mention x : lead.mentions()) {
			if (x.role() == Role.LEAD) {
				leads.add(withoutAlias(x.surface()));
				out.add(new Mention(x.surface(), Role.LEAD, out.size() + 1, x.roleWord(), ""));
			}
		}
		if (leads.isEmpty()) {
			return null;
		}
		for (String s : members.surfaces()) {
			if (!leads.contains(withoutAlias(s))) {
				out.add(new Mention(s, Role.RESPONSIBLE, out.size() + 1, "组成", ""));
			}
		}
		return new Reading(out, members.openList() || lead.openList());
	}

	/** {@return the name without the other name written in brackets after it: 市发展改革局(市物价局) is 市发展改革局} */
	private static String withoutAlias(String surface) {
		return ALIAS.matcher(surface).replaceFirst("");
	}

	private static final Pattern ALIAS = Pattern.compile("[（(][^（()）]+[)）]$");

	private static Reading lead(String rest) {
		String first = AgencyLists.splitTopLevel(rest, '，', ',', '；', ';', '。').get(0);
		Reading r = SubjectIsRole.one(first, 0);
		if (r != null) {
			return r;
		}
		Matcher m = LEADS.matcher(rest.strip());
		if (!m.lookingAt()) {
			return null;
		}
		AgencyLists.Parsed parsed = AgencyLists.parse(m.group(1));
		if (parsed.surfaces().isEmpty() || !AgencyLists.allBodies(parsed)) {
			return null;
		}
		return Reading.of(parsed, Role.LEAD, "牵头", 0);
	}

}
