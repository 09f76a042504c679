package io.policygraph.impact;

/**
 * Cypher shared by the analyses.
 */
final class Queries {

	/** Binds {@code a} to the body with id {@code $id}, whatever its label, through the id indexes. */
	static final String BODY = """
			CALL (*) {
			  MATCH (a:Agency {id: $id}) RETURN a
			  UNION MATCH (a:AgencyGroup {id: $id}) RETURN a
			  UNION MATCH (a:Organisation {id: $id}) RETURN a
			}
			""";

	private Queries() {
	}

}
