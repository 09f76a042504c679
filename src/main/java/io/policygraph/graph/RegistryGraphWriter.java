package io.policygraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.registry.Registry;
import org.neo4j.driver.Driver;

import org.springframework.stereotype.Component;

/**
 * Writes the reference data (places, agencies, collectives, organisations) with {@code MERGE}, so it
 * can run at every start and after every edit of {@code seed-data/}.
 */
@Component
public class RegistryGraphWriter {

	private static final Map<String, String> PLACE_LABEL = Map.of("country", "Country", "province", "Province",
			"municipality", "City", "city", "City", "district", "District", "county", "District", "county-city",
			"District", "zone", "Zone", "street", "Street");

	/** One statement, so a cold start plans it once (ADR 0007); bodies first, then what refers to them. */
	static final String WRITE_REGISTRY = String.join("\n", """
			CALL () {
			  UNWIND $places AS r
			  MERGE (p:Place {id: r.id}) SET p += r.props, p:$(r.label)
			}""",
			link("places", "Place", "parent", "Place", "PART_OF"),
			link("places", "Place", "successor", "Place", "SUCCEEDED_BY"),
			bodies("agency", "Agency", "SERVES"),
			bodies("group", "AgencyGroup", "SCOPED_TO"),
			bodies("organisation", "Organisation", "LOCATED_IN"),
			link("agency", "Agency", "parent", "Agency", "PART_OF"),
			link("agency", "Agency", "successor", "Agency", "SUCCEEDED_BY"),
			"""
			CALL () {
			  UNWIND $group AS r
			  UNWIND r.members AS member
			  MATCH (g:AgencyGroup {id: r.id}), (a:Agency {id: member})
			  MERGE (g)-[:HAS_MEMBER]->(a)
			}""");

	/** Bodies of one kind, each tied to the place it serves. */
	private static String bodies(String rows, String label, String relationship) {
		return """
				CALL () {
				  UNWIND $%1$s AS r
				  MERGE (a:%2$s {id: r.id}) SET a += r.props
				  WITH a, r
				  MATCH (p:Place {id: r.place})
				  MERGE (a)-[:%3$s]->(p)
				}""".formatted(rows, label, relationship);
	}

	/** An edge from each row's node to the node its {@code field} names, where there is one. */
	private static String link(String rows, String label, String field, String targetLabel, String relationship) {
		return """
				CALL () {
				  UNWIND $%1$s AS r
				  MATCH (a:%2$s {id: r.id}), (b:%4$s {id: r.%3$s})
				  MERGE (a)-[:%5$s]->(b)
				}""".formatted(rows, label, field, targetLabel, relationship);
	}

	private final Driver driver;

	public RegistryGraphWriter(Driver driver) {
		this.driver = driver;
	}

	/** Writes the registry unless the store holds it as it is ({@link ReferenceStamp}). {@return whether it wrote} */
	public boolean write(Registry registry) {
		List<Map<String, Object>> places = new ArrayList<>();
		for (Registry.Place p : registry.places().values()) {
			Map<String, Object> props = new HashMap<>();
			props.put("id", p.id());
			props.put("name", p.name());
			props.put("kind", p.kind());
			props.put("aliases", p.aliases());
			props.put("aliasText", String.join(" ", p.aliases()));
			props.put("validFrom", p.validFrom());
			props.put("validTo", p.validTo());
			places.add(Map.of("id", p.id(), "parent", p.parent(), "successor", p.successor(), "label",
					PLACE_LABEL.getOrDefault(p.kind(), "Zone"), "props", props));
		}
		List<Map<String, Object>> bodies = new ArrayList<>();
		for (Registry.Body b : registry.bodies().values()) {
			Map<String, Object> props = new HashMap<>();
			props.put("id", b.id());
			props.put("name", b.name());
			props.put("fullName", b.fullName());
			props.put("aliases", b.aliases());
			props.put("aliasText", String.join(" ", b.names()));
			props.put("level", b.level());
			props.put("place", b.place());
			props.put("kind", b.kind());
			props.put("provisional", false);
			props.put("validFrom", b.validFrom());
			props.put("validTo", b.validTo());
			bodies.add(Map.of("id", b.id(), "type", b.type(), "parent", b.parent(), "place", b.place(), "members",
					b.members(), "successor", b.successor(), "props", props));
		}
		Map<String, Object> params = new HashMap<>();
		params.put("places", places);
		for (String type : List.of("agency", "group", "organisation")) {
			params.put(type, bodies.stream().filter(b -> b.get("type").equals(type)).toList());
		}
		String sha = ReferenceStamp.of(params);
		try (var session = this.driver.session()) {
			return session.executeWrite(tx -> {
				if (ReferenceStamp.current(tx, "registry", sha, "Place", places.size())) {
					return false;
				}
				tx.run(WRITE_REGISTRY, params).consume();
				ReferenceStamp.stamp(tx, "registry", sha);
				return true;
			});
		}
	}

}
