package io.policygraph.graph;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The graph's names, written once: node labels, relationship types, role names, and the few Cypher
 * fragments that every reader shares (a body by id whatever its label, the responsibility types, the
 * in-force predicate, the scope predicates of the API's filters). Queries are assembled from these so that a change of model changes one line;
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

	/** A place inside a larger one, or a body inside a larger body. */
	public static final String PART_OF = "PART_OF";

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

	/** {@return the predicate "node {@code v} is a body": an agency, a collective or an organisation} */
	public static String isBody(String v) {
		return BODIES.stream().map(l -> v + ":" + l).collect(Collectors.joining(" OR ", "(", ")"));
	}

	/** {@return the expression "the body label of node {@code v}"} ({@code Agency}, {@code AgencyGroup}, {@code Organisation}) */
	public static String bodyType(String v) {
		return BODIES.stream().map(l -> "'" + l + "'").collect(Collectors.joining(", ", "[l IN labels(" + v + ") WHERE l IN [", "]][0]"));
	}

	/**
	 * {@return the predicate "document {@code d} is still in force after the day {@code $param}"}: it has no end, or
	 * ends later
	 */
	public static String inForceAfter(String d, String param) {
		return "(%1$s.validTo IS NULL OR %1$s.validTo > $%2$s)".formatted(d, param);
	}

	/**
	 * {@return the predicate "document {@code d} is in the places and in force"}: {@code $places} null or holding
	 * its jurisdiction, {@code $asOf} as {@link #inForce}
	 */
	public static String documentInScope(String d) {
		return "(($places IS NULL OR %1$s.jurisdiction IN $places) AND %2$s)".formatted(d, inForce(d));
	}

	/** {@return the predicate "measure {@code m} belongs to a document in the places and in force"} */
	public static String measureInScope(String m) {
		return "($places IS NULL AND $asOf IS NULL OR EXISTS { MATCH (fd:Document {id: %s.documentId}) WHERE %s })"
			.formatted(m, documentInScope("fd"));
	}

	/**
	 * {@return the predicate "node {@code n} of any kind is in scope"}: a document or measure as above, a body by the
	 * place it serves, a place when it is one of the places; a chain, segment, park or project when a measure in
	 * scope supports it. {@code asOf} leaves bodies and places alone: they do not expire with documents.
	 */
	public static String nodeInScope(String n) {
		return """
				($places IS NULL AND $asOf IS NULL OR CASE
				  WHEN %1$s:Document THEN %2$s
				  WHEN %1$s:Measure THEN %3$s
				  WHEN %1$s:Place THEN $places IS NULL OR %1$s.id IN $places
				  WHEN %1$s:Agency OR %1$s:AgencyGroup OR %1$s:Organisation THEN $places IS NULL OR %1$s.place IN $places
				  ELSE EXISTS { MATCH (%1$s)<-[:%4$s]-(sm:Measure) WHERE %5$s }
				END)""".formatted(n, documentInScope(n), measureInScope(n), SUPPORTS, measureInScope("sm"));
	}

	/** {@return the predicate "responsibility relationship {@code r} has the role and passes inherited"} ({@code $role $inherited}) */
	public static String fact(String r) {
		return "(($role = 'any' OR %1$s.role = $role) AND ($inherited OR NOT %1$s.inherited))".formatted(r);
	}

}
