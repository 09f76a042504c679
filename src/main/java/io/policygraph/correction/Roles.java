package io.policygraph.correction;

import java.util.List;

import io.policygraph.graph.Vocabulary;

/** The roles a correction may name, and the relationship type each is stored as. */
final class Roles {

	static final List<String> ALL = List.of(Vocabulary.ROLE_LEAD, Vocabulary.ROLE_RESPONSIBLE, Vocabulary.ROLE_INHERITED);

	private Roles() {
	}

	/** {@return {@code LEADS} for a lead, {@code RESPONSIBLE_FOR} for a shared or inherited role, {@code null} for none} */
	static String type(String role) {
		if (role == null) {
			return null;
		}
		return Vocabulary.ROLE_LEAD.equals(role) ? Vocabulary.LEADS : Vocabulary.RESPONSIBLE_FOR;
	}

}
