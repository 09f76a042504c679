package io.policygraph.graph;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The graph's names, written once: node labels, relationship types, role names, and the few Cypher
 * fragments that every reader shares (a body by id whatever its label, the responsibility types, the
 * in-force predicate). Queries are assembled from these so that a change of model changes one line;
 * {@code docs/graph-invariants.md} says what the graph promises in these terms.
 */
public final class Vocabulary {

	public static final String DOCUMENT = "Document";

	public static final String SECTION = "Section";

	public static final String MEASURE = "Measure";

	public static final String AGENCY = "Agency";

	public static final String AGENCY_GROUP = "AgencyGroup";

	public static final String ORGANISATION = "Organisation";

	public static final String PLACE = "Place";

	public static final String CHAIN = "Chain";

	public static final String CHAIN_SEGMENT = "ChainSegment";

	public static final String PARK = "Park";

	public static final String PROJECT = "Project";

	public static final String TARGET = "Target";

	public static final String SOURCE_FILE = "SourceFile";

	/** The labels of bodies that can lead or share a measure. */
	public static final List<String> BODIES = List.of(AGENCY, AGENCY_GROUP, ORGANISATION);

	/** Every kind of node an answer can name by id (all carry a unique {@code id}). */
	public static final List<String> KINDS = List.of(AGENCY, AGENCY_GROUP, ORGANISATION, MEASURE, DOCUMENT, SECTION,
			CHAIN, CHAIN_SEGMENT, PARK, PROJECT, PLACE, TARGET);

	public static final String LEADS = "LEADS";

	public static final String RESPONSIBLE_FOR = "RESPONSIBLE_FOR";

	/** Both responsibility types, as written in a pattern: {@code (a)-[r:LEADS|RESPONSIBLE_FOR]->(m)}. */
	public static final String RESPONSIBILITY = LEADS + "|" + RESPONSIBLE_FOR;

	public static final String SUPPORTS = "SUPPORTS";

	/** Role names as stored on responsibility relationships ({@code r.role}) and used by the API. */
	public static final String ROLE_LEAD = "lead";

	public static final String ROLE_RESPONSIBLE = "responsible";

	public static final String ROLE_INHERITED = "inherited";

	private Vocabulary() {
	}

	/**
	 * {@return a subquery binding {@code variable} to the node of one of {@code labels} whose id is the
	 * parameter {@code param}}; each branch goes through that label's unique-id index
	 */
	public static String nodeById(String variable, String param, List<String> labels) {
		return labels.stream()
			.map(l -> "MATCH (%s:%s {id: $%s}) RETURN %s".formatted(variable, l, param, variable))
			.collect(Collectors.joining("\n  UNION ", "CALL (*) {\n  ", "\n}\n"));
	}

	/** {@return a subquery binding {@code variable} to the body (agency, collective, organisation) with id {@code $param}} */
	public static String bodyById(String variable, String param) {
		return nodeById(variable, param, BODIES);
	}

	/**
	 * {@return the predicate "document {@code d} is in force on {@code $asOf}"}, true for every document
	 * when {@code $asOf} is null; a missing start or end date leaves that side open
	 */
	public static String inForce(String d) {
		return "($asOf IS NULL OR ((%1$s.validFrom IS NULL OR %1$s.validFrom <= $asOf) AND (%1$s.validTo IS NULL OR %1$s.validTo >= $asOf)))"
			.formatted(d);
	}

}
