package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.List;

import io.policygraph.ingest.Mention;
import io.policygraph.ingest.Role;

/**
 * What a form read: the bodies, in written order with their roles, and whether a list ended in 等.
 *
 * @param mentions lead and responsible bodies in written order
 * @param openList whether a list ended in 等
 */
record Reading(List<Mention> mentions, boolean openList) {

	/** {@return this reading with every mention stamped with the form's name} */
	Reading stamped(String form) {
		List<Mention> out = new ArrayList<>(this.mentions.size());
		for (Mention m : this.mentions) {
			out.add(m.stamped(form));
		}
		return new Reading(out, this.openList);
	}

	/** {@return the bodies of a parsed list, numbered after {@code position}, a body marked （牵头） leading} */
	static Reading of(AgencyLists.Parsed parsed, Role role, String roleWord, int position) {
		List<Mention> out = new ArrayList<>();
		for (String surface : parsed.surfaces()) {
			boolean marked = role != Role.LEAD && parsed.marked().contains(surface);
			out.add(new Mention(surface, marked ? Role.LEAD : role, ++position, marked ? "（牵头）" : roleWord,
					marked ? LeadMark.NAME : ""));
		}
		return new Reading(out, parsed.openList());
	}

}
