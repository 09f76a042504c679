package io.policygraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.ingest.ExtractedDocument;
import io.policygraph.ingest.format.Origin;
import io.policygraph.ingest.ExtractedMeasure;
import io.policygraph.ingest.ExtractedSection;
import io.policygraph.ingest.Mention;
import io.policygraph.ingest.Role;
import io.policygraph.support.Links;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

/**
 * Writes one extracted document into Neo4j in one transaction: the document replaces any earlier
 * version of itself, and sections, measures and responsibility edges go in as bulk {@code UNWIND} writes.
 */
@Component
public class DocumentGraphWriter {

	/**
	 * A body a mention resolved to, or a provisional one when the registry does not know it.
	 *
	 * @param id canonical id ({@code jinan:发展和改革委员会}) or provisional id ({@code jinan:?市口岸物流办})
	 * @param label {@code Agency}, {@code AgencyGroup} or {@code Organisation}
	 * @param provisional whether it was made up for an unknown surface
	 */
	public record Resolved(String id, String label, boolean provisional) {
	}

	/**
	 * A document ready to write.
	 *
	 * @param id stable document id
	 * @param sourceFile file name
	 * @param sha256 digest of the file
	 * @param jurisdiction place id or {@code null}
	 * @param jurisdictionEvidence what decided the jurisdiction
	 * @param document what extraction found
	 * @param resolved mention surface → body, for every surface named in the document
	 * @param links what each measure (by ordinal) supports, with its places (ids) named in the text
	 */
	public record DocumentToWrite(String id, String sourceFile, String sha256, String jurisdiction,
			String jurisdictionEvidence, ExtractedDocument document, Map<String, Resolved> resolved,
			Map<Integer, MeasureLinks> links) {
	}

	/**
	 * @param links chains, parks, projects, targets and money the text names
	 * @param places ids of places of the jurisdiction named in the text
	 */
	public record MeasureLinks(Links links, List<String> places) {
	}

	/**
	 * What one write did.
	 *
	 * @param measures measures written
	 * @param edges responsibility edges written
	 */
	public record Written(int measures, int edges) {
	}

	private final Driver driver;

	public DocumentGraphWriter(Driver driver) {
		this.driver = driver;
	}

	public Written write(DocumentToWrite doc) {
		try (var session = this.driver.session()) {
			return session.executeWrite(tx -> write(tx, doc));
		}
	}

	/**
	 * The whole document in one statement: each distinct statement costs Neo4j a parse and a plan the first
	 * time (and a JIT-cold JVM several hundred ms for it), so a document written in one round trip pays that
	 * once instead of for a dozen small statements (ADR 0007). Every part is a bulk {@code UNWIND}; a part with
	 * no rows does nothing.
	 */
	static final String WRITE_DOCUMENT = String.join("\n", """
			MERGE (f:SourceFile {name: $file}) SET f.writtenAt = datetime(), f.format = $format
			WITH f
			// the same document in another format (ADR 0012): the other files keep containing it
			OPTIONAL MATCH (other:SourceFile)-[:CONTAINS]->(:Document {id: $id}) WHERE other <> f
			WITH f, collect(DISTINCT other) AS others
			CALL (f) {
			  OPTIONAL MATCH (old:Document {id: $id})
			  OPTIONAL MATCH (old)-[:HAS_SECTION|HAS_MEASURE|HAS_TARGET*1..11]->(x)
			  DETACH DELETE x, old
			}
			CREATE (d:Document) SET d = $props
			CREATE (f)-[:CONTAINS]->(d)
			FOREACH (o IN others | CREATE (o)-[:CONTAINS]->(d))
			WITH d
			CALL (d) {
			  MATCH (p:Place {id: $place})
			  CREATE (d)-[:IN_JURISDICTION]->(p)
			}""",
			children("sections", "Section", "HAS_SECTION"),
			children("measures", "Measure", "HAS_MEASURE"),
			"""
			CALL () {
			  UNWIND $provisional AS r
			  MERGE (a:Agency {id: r.id})
			  ON CREATE SET a.name = r.name, a.provisional = true, a.place = r.place, a.aliasText = r.name
			  WITH a, r
			  MATCH (p:Place {id: r.place})
			  MERGE (a)-[:SERVES]->(p)
			}""",
			responsibility("agencyEdges", "Agency"),
			responsibility("groupEdges", "AgencyGroup"),
			responsibility("organisationEdges", "Organisation"),
			supports("chains", "Chain"),
			supports("segments", "ChainSegment"),
			supports("places", "Place"),
			"""
			CALL () {
			  UNWIND $parks AS r
			  MERGE (p:Park {id: r.target}) ON CREATE SET p.name = r.name, p.place = r.place, p.aliasText = r.name
			  WITH p, r
			  MATCH (m:Measure {id: r.measure})
			  CREATE (m)-[s:SUPPORTS]->(p) SET s = r.props
			  WITH p, r
			  CALL (p, r) {
			    MATCH (pl:Place {id: r.place})
			    MERGE (p)-[:LOCATED_IN]->(pl)
			  }
			  WITH p, r""",
			chainsOf("p", "r.hosts", "HOSTS"),
			"""
			}
			CALL () {
			  UNWIND $projects AS r
			  MERGE (x:Project {id: r.target}) SET x += r.project
			  WITH x, r
			  MATCH (m:Measure {id: r.measure})
			  CREATE (m)-[s:SUPPORTS]->(x) SET s = r.props
			  WITH x, r
			  OPTIONAL MATCH (pk:Park {id: r.park})
			  OPTIONAL MATCH (pl:Place {id: r.place})
			  WITH x, r, coalesce(pk, pl) AS where
			  CALL (x, where) {
			    WITH x, where WHERE where IS NOT NULL
			    MERGE (x)-[:LOCATED_IN]->(where)
			  }
			  WITH x, r""",
			chainsOf("x", "r.chains", "BELONGS_TO"),
			"""
			}
			CALL () {
			  UNWIND $targets AS r
			  MATCH (m:Measure {id: r.measure})
			  CREATE (m)-[:HAS_TARGET]->(t:Target) SET t = r.props
			}""");

	/** Sections or measures: created first, then hung under their section or the document. */
	private static String children(String rows, String label, String relationship) {
		return """
				CALL () {
				  UNWIND $%1$s AS r
				  CREATE (n:%2$s) SET n = r.props
				}
				CALL (d) {
				  UNWIND $%1$s AS r
				  MATCH (n:%2$s {id: r.id})
				  OPTIONAL MATCH (ps:Section {id: r.parent})
				  WITH n, coalesce(ps, d) AS parent
				  CREATE (parent)-[:%3$s]->(n)
				}""".formatted(rows, label, relationship);
	}

	/** The LEADS or RESPONSIBLE_FOR edges from the bodies of one label. */
	private static String responsibility(String rows, String label) {
		return """
				CALL () {
				  UNWIND $%s AS r
				  MATCH (a:%s {id: r.agent}), (m:Measure {id: r.measure})
				  FOREACH (_ IN CASE WHEN r.lead THEN [1] ELSE [] END | CREATE (a)-[x:LEADS]->(m) SET x = r.props)
				  FOREACH (_ IN CASE WHEN r.lead THEN [] ELSE [1] END | CREATE (a)-[x:RESPONSIBLE_FOR]->(m) SET x = r.props)
				}""".formatted(rows, label);
	}

	/** Edges from {@code node} to each chain or segment whose id is in {@code ids}; unknown ids are passed over. */
	private static String chainsOf(String node, String ids, String relationship) {
		return """
				  UNWIND %2$s AS chain
				  CALL (%1$s, chain) {
				    OPTIONAL MATCH (c:Chain {id: chain}) OPTIONAL MATCH (g:ChainSegment {id: chain})
				    WITH %1$s, coalesce(c, g) AS y WHERE y IS NOT NULL
				    MERGE (%1$s)-[:%3$s]->(y)
				  }""".formatted(node, ids, relationship);
	}

	/** SUPPORTS edges to nodes of the reference data (chains, segments, places). */
	private static String supports(String rows, String label) {
		return """
				CALL () {
				  UNWIND $%s AS r
				  MATCH (m:Measure {id: r.measure}), (t:%s {id: r.target})
				  CREATE (m)-[s:SUPPORTS]->(t) SET s = r.props
				}""".formatted(rows, label);
	}

	private Written write(TransactionContext tx, DocumentToWrite w) {
		ExtractedDocument d = w.document();
		Map<String, Object> props = new HashMap<>();
		props.put("id", w.id());
		props.put("title", d.title());
		props.put("name", d.title());
		props.put("noticeTitle", d.noticeTitle());
		props.put("issuer", d.issuer());
		props.put("docNo", d.docNo());
		props.put("issuedOn", d.issuedOn());
		props.put("kind", d.kind());
		props.put("validFrom", d.validFrom());
		props.put("validTo", d.validTo());
		props.put("sourceFile", w.sourceFile());
		props.put("sha256", w.sha256());
		props.put("lineStart", d.lineStart());
		props.put("lineEnd", d.lineEnd());
		props.put("format", d.source().format().label());
		props.put("jurisdiction", w.jurisdiction());
		props.put("jurisdictionEvidence", w.jurisdictionEvidence());
		props.put("flags", d.flags());
		props.put("measureCount", d.measures().size());
		props.put("unitCount", d.responsibilityUnits().size());
		props.values().removeIf(v -> v == null);

		Map<String, String> sectionIds = new LinkedHashMap<>();
		List<Map<String, Object>> sections = new ArrayList<>();
		int n = 0;
		for (ExtractedSection s : d.sections()) {
			String id = w.id() + "-s" + (++n);
			String parentPath = s.path().contains("/") ? s.path().substring(0, s.path().lastIndexOf('/')) : "";
			sectionIds.put(s.path(), id);
			sections.add(Map.of("id", id, "parent", sectionIds.getOrDefault(parentPath, w.id()), "props",
					Map.of("id", id, "path", s.path(), "kind", s.kind(), "title", s.title() == null ? "" : s.title(),
							"name", s.title() == null ? s.path() : s.title(), "lineStart", s.lineStart(), "lineEnd",
							s.lineEnd(), "documentId", w.id(), "order", n)));
		}

		List<Map<String, Object>> measures = new ArrayList<>();
		Map<String, List<Map<String, Object>>> edgesByLabel = new HashMap<>();
		Map<String, List<Map<String, Object>>> linkRows = new HashMap<>();
		int edges = 0;
		for (ExtractedMeasure m : d.measures()) {
			String id = w.id() + "-m" + m.ordinal();
			Map<String, Object> mp = new HashMap<>();
			mp.put("id", id);
			mp.put("ordinal", m.ordinal());
			mp.put("path", m.path());
			mp.put("title", m.title());
			mp.put("text", m.text());
			mp.put("lineStart", m.lineStart());
			mp.put("lineEnd", m.lineEnd());
			origin(mp, d.source().origin(m.lineStart()));
			mp.put("raw", m.raw());
			mp.put("form", m.form());
			mp.put("flags", flags(m, w.resolved()));
			mp.put("openList", m.openList());
			mp.put("sourceFile", w.sourceFile());
			mp.put("documentId", w.id());
			mp.put("hasLead", !m.withRole(Role.LEAD).isEmpty());
			MeasureLinks ml = w.links().get(m.ordinal());
			if (ml != null) {
				addFunding(mp, ml.links());
				linkRows(id, m, ml, w, linkRows);
			}
			mp.values().removeIf(v -> v == null);
			measures.add(Map.of("id", id, "parent", sectionIds.getOrDefault(m.path(), w.id()), "props", mp));
			for (Mention x : m.mentions()) {
				Resolved r = w.resolved().get(x.surface());
				if (r == null) {
					continue;
				}
				Map<String, Object> ep = new HashMap<>();
				ep.put("role", x.role().name().toLowerCase());
				ep.put("surface", x.surface());
				ep.put("position", x.position());
				ep.put("roleWord", x.roleWord());
				ep.put("form", x.form());
				ep.put("inherited", x.role() == Role.INHERITED);
				ep.put("openList", m.openList());
				ep.put("sourceFile", w.sourceFile());
				ep.put("lineStart", m.lineStart());
				ep.put("lineEnd", m.lineEnd());
				origin(ep, d.source().origin(m.lineStart()));
				ep.put("raw", edgeRaw(m.raw()));
				ep.put("documentId", w.id());
				edgesByLabel.computeIfAbsent(r.label(), k -> new ArrayList<>())
					.add(Map.of("agent", r.id(), "measure", id, "lead", x.role() == Role.LEAD, "props", ep));
				edges++;
			}
		}
		for (String label : edgesByLabel.keySet()) {
			if (!label.equals("Agency") && !label.equals("AgencyGroup") && !label.equals("Organisation")) {
				throw new IllegalArgumentException("not a body label: " + label);
			}
		}
		String place = w.jurisdiction() == null ? "" : w.jurisdiction();
		List<Map<String, Object>> provisional = new ArrayList<>();
		for (Resolved r : w.resolved().values()) {
			if (r.provisional()) {
				String name = r.id().substring(r.id().indexOf(":?") + 2);
				provisional.add(Map.of("id", r.id(), "name", name, "place", place));
			}
		}

		Map<String, Object> params = new HashMap<>();
		params.put("file", w.sourceFile());
		params.put("format", d.source().format().label());
		params.put("id", w.id());
		params.put("props", props);
		params.put("place", place);
		params.put("sections", sections);
		params.put("measures", measures);
		params.put("provisional", provisional);
		params.put("agencyEdges", edgesByLabel.getOrDefault("Agency", List.of()));
		params.put("groupEdges", edgesByLabel.getOrDefault("AgencyGroup", List.of()));
		params.put("organisationEdges", edgesByLabel.getOrDefault("Organisation", List.of()));
		params.put("chains", linkRows.getOrDefault("Chain", List.of()));
		params.put("segments", linkRows.getOrDefault("ChainSegment", List.of()));
		params.put("places", linkRows.getOrDefault("Place", List.of()));
		params.put("parks", linkRows.getOrDefault("Park", List.of()));
		params.put("projects", linkRows.getOrDefault("Project", List.of()));
		params.put("targets", linkRows.getOrDefault("Target", List.of()));
		tx.run(WRITE_DOCUMENT, params).consume();
		return new Written(measures.size(), edges);
	}

	/**
	 * The annotation as written, for the edge's provenance. Real annotations are a few dozen characters;
	 * a pathological one (thousands of bodies in one bracket) is cut here, since the measure keeps it whole
	 * and copying it onto every edge would multiply it by the number of bodies.
	 */
	static String edgeRaw(String raw) {
		return raw == null || raw.length() <= MAX_EDGE_RAW ? raw : raw.substring(0, MAX_EDGE_RAW) + "…";
	}

	static final int MAX_EDGE_RAW = 1000;

	/** Where the first line stands in the published file: page (PDF), paragraph and table row (Word, HTML), sheet and row (Excel). */
	private static void origin(Map<String, Object> props, Origin origin) {
		if (origin == null) {
			return;
		}
		if (origin.page() != null) {
			props.put("page", origin.page());
		}
		if (origin.paragraph() != null) {
			props.put("paragraph", origin.paragraph());
		}
		if (origin.sheet() != null) {
			props.put("sheet", origin.sheet());
		}
		if (origin.row() != null) {
			props.put("row", origin.row());
		}
	}

	private static void addFunding(Map<String, Object> mp, Links links) {
		if (links.funding().isEmpty()) {
			return;
		}
		Long cap = null;
		List<String> basis = new ArrayList<>();
		for (Links.FundingMention f : links.funding()) {
			if (f.capYuan() != null) {
				cap = cap == null ? f.capYuan() : Math.max(cap, f.capYuan());
			}
			basis.add(f.basis());
		}
		mp.put("fundingCapYuan", cap);
		mp.put("fundingBasis", basis);
		mp.put("fundingText", links.funding().stream().map(Links.FundingMention::surface).toList());
	}

	/** Collects the support rows of one measure: chains, segments, parks, projects, places, targets. */
	private static void linkRows(String measureId, ExtractedMeasure m, MeasureLinks ml, DocumentToWrite w,
			Map<String, List<Map<String, Object>>> rows) {
		String place = w.jurisdiction() == null ? "unknown" : w.jurisdiction();
		Links links = ml.links();
		List<String> chainTargets = new ArrayList<>();
		for (Links.ChainMention c : links.chains()) {
			String target = c.segment() == null ? c.chain() : c.segment();
			chainTargets.add(target);
			rows.computeIfAbsent(c.segment() == null ? "Chain" : "ChainSegment", k -> new ArrayList<>())
				.add(Map.of("measure", measureId, "target", target, "props", evidence(m, w, c.surface(), c.start())));
		}
		List<String> parkIds = new ArrayList<>();
		for (Links.ParkMention p : links.parks()) {
			String parkId = place + ":" + p.name();
			parkIds.add(parkId);
			rows.computeIfAbsent("Park", k -> new ArrayList<>())
				.add(Map.of("measure", measureId, "target", parkId, "name", p.name(), "place", place, "hosts", chainTargets,
						"props", evidence(m, w, p.name(), p.start())));
		}
		for (Links.ProjectMention p : links.projects()) {
			Map<String, Object> props = new HashMap<>();
			props.put("id", place + ":" + p.name());
			props.put("name", p.name());
			props.put("investmentYi", p.investmentYi());
			props.put("status", p.status());
			props.put("year", p.year());
			props.put("place", place);
			props.values().removeIf(v -> v == null);
			rows.computeIfAbsent("Project", k -> new ArrayList<>())
				.add(Map.of("measure", measureId, "target", props.get("id"), "project", props, "place", place,
						"park", parkIds.size() == 1 ? parkIds.get(0) : "", "chains", chainTargets,
						"props", evidence(m, w, p.name(), p.start())));
		}
		for (String placeId : ml.places()) {
			rows.computeIfAbsent("Place", k -> new ArrayList<>())
				.add(Map.of("measure", measureId, "target", placeId, "props", evidence(m, w, placeId, 0)));
		}
		int k = 0;
		for (Links.TargetMention t : links.targets()) {
			Map<String, Object> props = new HashMap<>();
			props.put("id", measureId + "-t" + (++k));
			props.put("metric", t.metric());
			props.put("value", t.value());
			props.put("unit", t.unit());
			props.put("comparator", t.comparator());
			props.put("year", t.year());
			props.put("text", t.surface());
			props.put("name", t.surface());
			props.put("sourceFile", w.sourceFile());
			props.put("line", m.lines().lineAt(t.start()));
			props.values().removeIf(v -> v == null);
			rows.computeIfAbsent("Target", x -> new ArrayList<>()).add(Map.of("measure", measureId, "props", props));
		}
	}

	private static Map<String, Object> evidence(ExtractedMeasure m, DocumentToWrite w, String surface, int offset) {
		return Map.of("surface", surface, "sourceFile", w.sourceFile(), "line", m.lines().lineAt(offset), "documentId", w.id());
	}

	/** The unit's review flags, with {@code unresolved-name} when a body it names is provisional. */
	private static List<String> flags(ExtractedMeasure m, Map<String, Resolved> resolved) {
		boolean unresolved = m.mentions().stream().map(x -> resolved.get(x.surface())).anyMatch(r -> r != null && r.provisional());
		if (!unresolved) {
			return m.flags();
		}
		List<String> out = new ArrayList<>(m.flags());
		out.add(ExtractedMeasure.Flag.UNRESOLVED_NAME.label());
		return out;
	}

}
