package io.policygraph.correction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.policygraph.graph.Transactions;
import io.policygraph.graph.Vocabulary;
import io.policygraph.load.DocumentsDeleted;
import io.policygraph.load.DocumentsWritten;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Lays the reviewers' corrections over what extraction wrote (ADR 0013). Before the first correction touches
 * a document, the facts extraction gave it are kept as they were ({@code :Extraction}); a correction is
 * applied on top of the graph, and a withdrawal puts the document's extracted facts back and applies the
 * corrections that remain, in the order they were made. After every write of a document, its corrections
 * are found again by their anchor (the document or one it superseded, then the measure's text, the line
 * range breaking ties) and applied, or marked stale with the reason; a stale correction is never applied
 * elsewhere and never dropped.
 */
@Service
public class CorrectionLayer {

	static final String CORRECTION = "Correction";

	/** A unit a reviewer said is not a measure: out of every reader's {@code :Measure}, kept for its anchor and undo. */
	static final String EXCLUDED = "ExcludedUnit";

	/** The facts extraction gave a document, kept while corrections are laid over it. */
	static final String EXTRACTION = "Extraction";

	/** The {@code form} of a fact a reviewer added. */
	static final String FORM = "correction";

	private static final String MARK_MEASURE = "m.correctedBy = [i IN coalesce(m.correctedBy, []) WHERE i <> $cid] + $cid";

	private static final String MARK_FACT = "x.correctedBy = [i IN coalesce(x.correctedBy, []) WHERE i <> $cid] + $cid";

	private final Transactions transactions;

	private final JsonMapper json = JsonMapper.builder().build();

	public CorrectionLayer(Transactions transactions) {
		this.transactions = transactions;
	}

	/** Ingest's event after each committed batch of documents (the seed load, the command and uploads alike). */
	@EventListener
	void on(DocumentsWritten written) {
		afterWrite(written.ids());
	}

	/** Deletion's event: the corrections of a deleted document become stale. */
	@EventListener
	void on(DocumentsDeleted deleted) {
		afterDelete();
	}

	/**
	 * The hook of ingest: called once the documents' graph writes have committed (a new document, a rewrite of
	 * a stored one, a replacement). Their corrections are applied again or marked stale, and corrections whose
	 * document is gone without a successor are marked stale. Costs one count when there are no corrections.
	 */
	public void afterWrite(Collection<String> documentIds) {
		if (!anyCorrection()) {
			return;
		}
		this.transactions.write(tx -> {
			// a rewrite removed the measures it held; the units set aside under it and its kept extraction go with them
			tx.run("""
					MATCH (x:%s) WHERE NOT EXISTS { (x)<-[:HAS_MEASURE]-() }
					OPTIONAL MATCH (x)-[:HAS_TARGET]->(t:Target)
					DETACH DELETE t, x""".formatted(EXCLUDED)).consume();
			tx.run("""
					MATCH (e:%s) WHERE e.documentId IN $ids OR NOT EXISTS { MATCH (:Document {id: e.documentId}) }
					DELETE e""".formatted(EXTRACTION), Map.of("ids", List.copyOf(documentIds))).consume();
			return null;
		});
		for (String id : documentIds) {
			apply(id, true);
		}
		sweep();
	}

	/** The hook of deletion: the corrections of a deleted document become stale. */
	public void afterDelete() {
		afterWrite(List.of());
	}

	/** Applies one new correction to a document, on top of what is there. */
	void applyNew(String correctionId, String documentId) {
		this.transactions.write(tx -> {
			snapshot(tx, documentId, false);
			Map<String, Object> c = tx.run("MATCH (c:%s {id: $id}) RETURN properties(c) AS c".formatted(CORRECTION),
					Map.of("id", correctionId)).single().get("c").asMap();
			applyOne(tx, c, documentId);
			tidy(tx, documentId);
			return null;
		});
	}

	/**
	 * Puts a document back to its extracted facts (when corrections were laid over it) and applies every
	 * correction that holds for it, in the order they were made.
	 *
	 * @param fresh whether the document was just written, so that the graph is its extraction
	 */
	void apply(String documentId, boolean fresh) {
		this.transactions.write(tx -> {
			List<Map<String, Object>> corrections = tx.run("""
					MATCH (d:Document {id: $doc})
					MATCH (c:%s) WHERE c.status <> '%s' AND (
					  (c.anchorDocument IS NOT NULL AND (c.anchorDocument = d.id OR c.anchorDocument IN coalesce(d.supersedes, [])))
					  OR (c.kind IN ['agency.merge', 'agency.split'])
					  OR (c.anchorDocument IS NULL AND c.surface IS NOT NULL AND c.jurisdiction = d.jurisdiction
					      AND (c.document IS NULL OR c.document = d.id OR c.document IN coalesce(d.supersedes, []))))
					RETURN properties(c) AS c ORDER BY c.at, c.id""".formatted(CORRECTION, Correction.WITHDRAWN),
					Map.of("doc", documentId)).list(r -> r.get("c").asMap());
			boolean kept = tx.run("MATCH (e:%s {documentId: $doc}) RETURN count(e) AS n".formatted(EXTRACTION),
					Map.of("doc", documentId)).single().get("n").asLong() > 0;
			if (corrections.isEmpty() && !kept) {
				return null;
			}
			if (fresh || !kept) {
				snapshot(tx, documentId, true);
			}
			else {
				restore(tx, documentId);
			}
			for (Map<String, Object> c : corrections) {
				applyOne(tx, c, documentId);
			}
			tidy(tx, documentId);
			return null;
		});
	}

	/**
	 * Marks stale the measure corrections whose document is gone with no document superseding it, and the agency
	 * splits limited to documents none of which is left.
	 */
	void sweep() {
		this.transactions.write(tx -> tx.run("""
				MATCH (c:%s {status: '%s'}) WHERE c.anchorDocument IS NOT NULL
				  AND NOT EXISTS { MATCH (d:Document) WHERE d.id = c.anchorDocument OR c.anchorDocument IN coalesce(d.supersedes, []) }
				SET c.status = '%s', c.staleReason = 'document ' + c.anchorDocument + ' is no longer in the graph, and no document replaced it'"""
			.formatted(CORRECTION, Correction.ACTIVE, Correction.STALE)).consume());
		this.transactions.write(tx -> tx.run("""
				MATCH (c:%s {status: '%s', kind: 'agency.split'}) WHERE c.documents IS NOT NULL
				  AND NOT EXISTS { MATCH (d:Document) WHERE d.id IN c.documents OR any(s IN coalesce(d.supersedes, []) WHERE s IN c.documents) }
				SET c.status = '%s', c.staleReason = 'none of the documents ' + reduce(s = '', x IN c.documents | s + ' ' + x)
				    + ' is in the graph any more, and no document replaced them'"""
			.formatted(CORRECTION, Correction.ACTIVE, Correction.STALE)).consume());
	}

	boolean anyCorrection() {
		return this.transactions.read(tx -> tx.run("MATCH (c:%s) RETURN count(c) > 0 AS any".formatted(CORRECTION)).single().get("any").asBoolean());
	}

	/**
	 * Keeps the document's extracted facts (every responsibility relationship into its measures, with the
	 * body it comes from) unless they are kept already; {@code force} replaces them, after a fresh write.
	 */
	private void snapshot(TransactionContext tx, String doc, boolean force) {
		if (!force && tx.run("MATCH (e:%s {documentId: $doc}) RETURN count(e) AS n".formatted(EXTRACTION), Map.of("doc", doc))
			.single().get("n").asLong() > 0) {
			return;
		}
		List<Map<String, Object>> facts = tx.run("""
				MATCH (m:%s {documentId: $doc})<-[r:%s]-(a)
				RETURN m.id AS measure, type(r) AS type, a.id AS agent,
				       [l IN labels(a) WHERE l IN $bodies][0] AS label, coalesce(a.provisional, false) AS provisional,
				       a.name AS name, a.place AS place, properties(r) AS props""".formatted(Vocabulary.MEASURE, Vocabulary.RESPONSIBILITY),
				Map.of("doc", doc, "bodies", Vocabulary.BODIES)).list(r -> r.asMap());
		List<String> leads = tx.run("MATCH (m:%s {documentId: $doc}) WHERE m.hasLead RETURN m.id AS id".formatted(Vocabulary.MEASURE),
				Map.of("doc", doc)).list(r -> r.get("id").asString());
		String kept = this.json.writeValueAsString(Map.of("facts", facts, "leads", leads));
		tx.run("""
				MERGE (e:%s {documentId: $doc})
				SET e.facts = $facts, e.keptAt = toString(datetime())""".formatted(EXTRACTION), Map.of("doc", doc, "facts", kept))
			.consume();
	}

	/** Puts back the document's extracted facts: units set aside return, corrected facts give way to the kept ones. */
	@SuppressWarnings("unchecked")
	private void restore(TransactionContext tx, String doc) {
		String kept = tx.run("MATCH (e:%s {documentId: $doc}) RETURN e.facts AS facts".formatted(EXTRACTION), Map.of("doc", doc))
			.single().get("facts").asString();
		Map<String, Object> extraction = this.json.readValue(kept, Map.class);
		List<Map<String, Object>> facts = (List<Map<String, Object>>) extraction.get("facts");
		List<String> leads = (List<String>) extraction.get("leads");
		tx.run("""
				MATCH (n:%s {documentId: $doc}) WHERE n.madeBy IS NOT NULL
				OPTIONAL MATCH (n)-[:HAS_TARGET]->(t:Target)
				DETACH DELETE t, n""".formatted(Vocabulary.MEASURE), Map.of("doc", doc)).consume();
		tx.run("""
				MATCH (x:%1$s {documentId: $doc})
				REMOVE x:%1$s, x.excludedBy
				SET x:%2$s""".formatted(EXCLUDED, Vocabulary.MEASURE), Map.of("doc", doc)).consume();
		tx.run("""
				MATCH (m:%s {documentId: $doc})
				CALL (m) {
				  MATCH (m)<-[r:%s]-() DELETE r
				}
				SET m.correctedBy = null, m.reviewed = null, m.hasLead = m.id IN $leads""".formatted(Vocabulary.MEASURE,
				Vocabulary.RESPONSIBILITY), Map.of("doc", doc, "leads", leads)).consume();
		List<Map<String, Object>> provisional = facts.stream().filter(f -> Boolean.TRUE.equals(f.get("provisional"))).toList();
		tx.run("""
				UNWIND $rows AS r
				MERGE (a:%s {id: r.agent})
				ON CREATE SET a.name = r.name, a.provisional = true, a.place = r.place, a.aliasText = r.name
				WITH a, r
				MATCH (p:%s {id: r.place})
				MERGE (a)-[:SERVES]->(p)""".formatted(Vocabulary.AGENCY, Vocabulary.PLACE), Map.of("rows", provisional)).consume();
		for (String label : Vocabulary.BODIES) {
			List<Map<String, Object>> rows = facts.stream().filter(f -> label.equals(f.get("label"))).toList();
			tx.run("""
					UNWIND $rows AS r
					MATCH (a:%s {id: r.agent}), (m:%s {id: r.measure})
					CREATE (a)-[x:$(r.type)]->(m)
					SET x = r.props""".formatted(label, Vocabulary.MEASURE), Map.of("rows", rows)).consume();
		}
	}

	/** Applies one correction to one document; a measure correction whose anchor matches nothing there turns stale. */
	private void applyOne(TransactionContext tx, Map<String, Object> c, String doc) {
		CorrectionKind kind = CorrectionKind.of((String) c.get("kind"));
		String cid = (String) c.get("id");
		Map<String, Object> p = new HashMap<>();
		p.put("cid", cid);
		p.put("doc", doc);
		if (kind == CorrectionKind.JOIN) {
			join(tx, c, doc);
			return;
		}
		if (kind.measureAnchored()) {
			String measure = locate(tx, c, doc);
			if (measure == null) {
				stale(tx, cid, "no measure of document " + doc + " has the text it was made on");
				return;
			}
			p.put("measure", measure);
			p.put("body", c.get("body"));
			p.put("role", c.get("role"));
			p.put("type", Roles.type((String) c.get("role")));
			String missing = switch (kind) {
				case FACT_ADD -> run(tx, FACT_ADD, p) > 0 ? null : "the body or the measure is not in the graph";
				case FACT_REMOVE -> run(tx, FACT_REMOVE, p) > 0 ? null : "extraction no longer reads " + c.get("body") + " on the measure";
				case FACT_ROLE -> run(tx, FACT_ROLE, p) > 0 ? null : "extraction no longer reads " + c.get("body") + " on the measure";
				case NOT_A_MEASURE -> run(tx, NOT_A_MEASURE, p) > 0 ? null : "the unit is set aside already";
				case CONFIRM -> run(tx, CONFIRM, p) > 0 ? null : "the measure is not in the graph";
				case SPLIT -> split(tx, c, measure) ? null : "the unit is set aside (not a measure, split or joined)";
				default -> throw new IllegalStateException(kind.wire());
			};
			if (missing != null) {
				stale(tx, cid, missing);
				return;
			}
			tx.run("""
					MATCH (c:%s {id: $cid}), (m {id: $measure}) WHERE m:%s OR m:%s
					MATCH (d:Document {id: m.documentId})
					SET c.anchorDocument = d.id, c.anchorSha256 = d.sha256, c.anchorMeasure = m.id, c.anchorLineStart = m.lineStart,
					    c.anchorLineEnd = m.lineEnd, c.anchorPath = m.path, c.status = '%s', c.staleReason = null"""
				.formatted(CORRECTION, Vocabulary.MEASURE, EXCLUDED, Correction.ACTIVE), p).consume();
			return;
		}
		p.put("surface", c.get("surface"));
		p.put("place", c.get("jurisdiction"));
		p.put("into", c.get("into"));
		p.put("body", c.get("body"));
		p.put("date", c.get("date"));
		switch (kind) {
			case ALIAS -> run(tx, MOVE_SURFACE, p);
			case NON_BODY -> run(tx, DROP_SURFACE, p);
			case OTHER_KIND -> {
				p.put("into", c.get("jurisdiction") + ":" + c.get("surface"));
				p.put("kindOf", c.get("organisationKind"));
				tx.run(ORGANISATION, p).consume();
				run(tx, MOVE_SURFACE, p);
			}
			case MERGE -> run(tx, MOVE_BODY, p);
			case AGENCY_SPLIT -> {
				p.put("surfaces", c.getOrDefault("surfaces", List.of()));
				p.put("documents", c.getOrDefault("documents", List.of()));
				if (c.get("name") != null) {
					p.put("name", c.get("name"));
					p.put("place", c.get("jurisdiction"));
					tx.run(NEW_AGENCY, p).consume();
				}
				run(tx, MOVE_SURFACES, p);
				// a document named by the split and replaced by this one: the split follows it, as an anchor does
				tx.run("""
						MATCH (c:%s {id: $cid}), (d:Document {id: $doc}) WHERE c.documents IS NOT NULL
						  AND (d.id IN c.documents OR any(s IN coalesce(d.supersedes, []) WHERE s IN c.documents))
						SET c.documents = [x IN c.documents WHERE x <> d.id AND NOT x IN coalesce(d.supersedes, [])] + d.id,
						    c.status = '%s', c.staleReason = null""".formatted(CORRECTION, Correction.ACTIVE), p).consume();
			}
			case ACCEPT -> {
				// the review queue reads accepted names from the corrections; the facts stay as extracted
			}
			default -> throw new IllegalStateException(kind.wire());
		}
	}

	/**
	 * Cuts the unit into its parts ({@code <unit id>-p1}, {@code -p2} …, so the same correction on the same document
	 * gives the same ids), each under the unit's section with the unit's properties, its own text and lines, the
	 * supports and targets its text names (all of them where no part names one), and the bodies given to it or else
	 * the unit's; the unit itself is set aside.
	 *
	 * @return whether the unit was there to cut
	 */
	@SuppressWarnings("unchecked")
	private boolean split(TransactionContext tx, Map<String, Object> c, String measure) {
		var rows = tx.run("MATCH (m:%s {id: $id}) RETURN properties(m) AS m".formatted(Vocabulary.MEASURE), Map.of("id", measure))
			.list(r -> r.get("m").asMap());
		if (rows.isEmpty()) {
			return false;
		}
		Map<String, Object> m = rows.get(0);
		List<Units.Part> parts = Units.split((String) m.get("text"), ints(c.get("splitAt")), ((Number) m.get("lineStart")).intValue(),
				((Number) m.get("lineEnd")).intValue(), ints(m.get("lineOffsets")), ints(m.get("lineNumbers")));
		List<Map<String, Object>> given = c.get("parts") == null ? null
				: this.json.readValue((String) c.get("parts"), List.class);
		String cid = (String) c.get("id");
		List<Map<String, Object>> partRows = new ArrayList<>();
		List<Map<String, Object>> facts = new ArrayList<>();
		for (Units.Part part : parts) {
			String id = measure + "-p" + part.index();
			Map<String, Object> bodies = given == null ? null : given.get(part.index() - 1);
			List<Map<String, Object>> named = bodies == null ? null : (List<Map<String, Object>>) bodies.get("bodies");
			Map<String, Object> row = new HashMap<>();
			row.put("id", id);
			row.put("index", part.index());
			row.put("text", part.text());
			row.put("lineStart", part.lineStart());
			row.put("lineEnd", part.lineEnd());
			row.put("lineOffsets", part.lineOffsets());
			row.put("lineNumbers", part.lineNumbers());
			row.put("inherit", named == null);
			partRows.add(row);
			for (Map<String, Object> f : named == null ? List.<Map<String, Object>>of() : named) {
				facts.add(Map.of("measure", id, "body", f.get("body"), "role", f.get("role")));
			}
		}
		tx.run(SPLIT, Map.of("measure", measure, "cid", cid, "parts", partRows, "texts", parts.stream().map(Units.Part::text).toList()))
			.consume();
		for (Map<String, Object> f : facts) {
			Map<String, Object> p = new HashMap<>(f);
			p.put("cid", cid);
			p.put("type", Roles.type((String) f.get("role")));
			run(tx, FACT_ADD, p);
		}
		return run(tx, NOT_A_MEASURE, Map.of("measure", measure, "cid", cid)) > 0;
	}

	/**
	 * Joins the run of units the correction names, found again by their texts (consecutive, one section, the first
	 * nearest its old lines), into one measure {@code <first unit id>-j}: the texts one after the other, the lines
	 * from the first's to the last's, the bodies of all (each body once per role, an explicit reading before an
	 * inherited one, so a lead read on any unit leads), their supports and targets; the units are set aside.
	 * Where no such run is found the correction is stale.
	 */
	private void join(TransactionContext tx, Map<String, Object> c, String doc) {
		String cid = (String) c.get("id");
		List<Correction.Anchor> anchors = this.json.readValue((String) c.get("units"), ANCHORS);
		List<Map<String, Object>> all = tx.run("""
				MATCH (m {documentId: $doc}) WHERE (m:%s OR m:%s) AND m.madeBy IS NULL
				RETURN properties(m) AS m, m:%s AS excluded""".formatted(Vocabulary.MEASURE, EXCLUDED, EXCLUDED), Map.of("doc", doc))
			.list(r -> {
				Map<String, Object> m = new HashMap<>(r.get("m").asMap());
				m.put("excluded", r.get("excluded").asBoolean());
				return m;
			});
		Map<String, Map<String, Object>> byId = new HashMap<>();
		List<Units.Unit> units = new ArrayList<>();
		for (Map<String, Object> m : all) {
			byId.put((String) m.get("id"), m);
			units.add(new Units.Unit((String) m.get("id"), ((Number) m.get("ordinal")).intValue(), (String) m.get("path"),
					(String) m.get("text"), ((Number) m.get("lineStart")).intValue(), ((Number) m.get("lineEnd")).intValue()));
		}
		List<Units.Unit> run = Units.locateRun(units, anchors);
		if (run == null) {
			stale(tx, cid, "no " + anchors.size() + " consecutive units of one section of document " + doc + " have the texts it was made on");
			return;
		}
		List<Map<String, Object>> found = run.stream().map(u -> byId.get(u.id())).toList();
		if (found.stream().anyMatch(m -> Boolean.TRUE.equals(m.get("excluded")))) {
			stale(tx, cid, "a unit it joins is set aside by another correction");
			return;
		}
		List<String> ids = run.stream().map(Units.Unit::id).toList();
		String joined = ids.get(0) + "-j";
		Units.Joined j = Units.join(found.stream().map(m -> new Units.Lines((String) m.get("text"), ((Number) m.get("lineStart")).intValue(),
				ints(m.get("lineOffsets")), ints(m.get("lineNumbers")))).toList());
		Map<String, Object> props = new HashMap<>();
		props.put("id", joined);
		props.put("text", j.text());
		props.put("lineEnd", found.get(found.size() - 1).get("lineEnd"));
		props.put("lineOffsets", j.lineOffsets());
		props.put("lineNumbers", j.lineNumbers());
		props.put("raw", String.join("；", found.stream().map(m -> (String) m.get("raw")).filter(r -> r != null && !r.isEmpty()).toList()));
		props.put("flags", found.stream().flatMap(m -> m.get("flags") instanceof List<?> l ? l.stream() : Stream.empty())
			.distinct().toList());
		props.put("openList", found.stream().anyMatch(m -> Boolean.TRUE.equals(m.get("openList"))));
		props.put("madeBy", cid);
		props.put("madeFrom", ids);
		props.put("correctedBy", List.of(cid));
		props.values().removeIf(v -> v == null);
		Map<String, Object> p = Map.of("ids", ids, "first", ids.get(0), "joined", joined, "props", props, "cid", cid);
		for (String statement : JOIN) {
			tx.run(statement, p).consume();
		}
		for (String id : ids) {
			run(tx, NOT_A_MEASURE, Map.of("measure", id, "cid", cid));
		}
		List<Correction.Anchor> moved = tx.run("""
				UNWIND $ids AS id
				MATCH (m:%s {id: id}), (d:Document {id: m.documentId})
				RETURN d.id AS document, d.sha256 AS sha256, m.id AS measure, m.text AS text, m.lineStart AS lineStart,
				       m.lineEnd AS lineEnd, m.path AS path""".formatted(EXCLUDED), Map.of("ids", ids))
			.list(r -> new Correction.Anchor(r.get("document").asString(), r.get("sha256").asString(null), r.get("measure").asString(),
					r.get("text").asString(), r.get("lineStart").asInt(), r.get("lineEnd").asInt(), r.get("path").asString(null)));
		Correction.Anchor first = moved.get(0);
		Map<String, Object> anchor = new HashMap<>();
		anchor.put("cid", cid);
		anchor.put("units", this.json.writeValueAsString(moved));
		anchor.put("ids", ids);
		anchor.put("document", first.document());
		anchor.put("sha256", first.sha256());
		anchor.put("lineStart", first.lineStart());
		anchor.put("lineEnd", first.lineEnd());
		anchor.put("path", first.path());
		tx.run("""
				MATCH (c:%s {id: $cid})
				SET c.units = $units, c.unitMeasures = $ids, c.anchorDocument = $document, c.anchorSha256 = $sha256,
				    c.anchorMeasure = $ids[0], c.anchorLineStart = $lineStart, c.anchorLineEnd = $lineEnd, c.anchorPath = $path,
				    c.status = '%s', c.staleReason = null""".formatted(CORRECTION, Correction.ACTIVE), anchor).consume();
	}

	private static List<Integer> ints(Object list) {
		return list == null ? null : ((List<?>) list).stream().map(o -> ((Number) o).intValue()).toList();
	}

	private static final TypeReference<List<Correction.Anchor>> ANCHORS = new TypeReference<>() {
	};

	/** {@return the measure of the document with the anchor's text, the nearest to its line range; or {@code null}} */
	private static String locate(TransactionContext tx, Map<String, Object> c, String doc) {
		var rows = tx.run("""
				MATCH (m {documentId: $doc}) WHERE (m:%s OR m:%s) AND m.text = $text
				RETURN m.id AS id ORDER BY abs(m.lineStart - $lineStart) + abs(m.lineEnd - $lineEnd), m.lineStart LIMIT 1"""
			.formatted(Vocabulary.MEASURE, EXCLUDED),
				Map.of("doc", doc, "text", c.get("anchorText"), "lineStart", c.get("anchorLineStart"), "lineEnd", c.get("anchorLineEnd")))
			.list(r -> r.get("id").asString());
		return rows.isEmpty() ? null : rows.get(0);
	}

	private static void stale(TransactionContext tx, String cid, String reason) {
		tx.run("MATCH (c:%s {id: $cid}) SET c.status = '%s', c.staleReason = $reason".formatted(CORRECTION, Correction.STALE),
				Map.of("cid", cid, "reason", reason)).consume();
	}

	private static long run(TransactionContext tx, String statement, Map<String, Object> p) {
		Value n = tx.run(statement, p).single().get("n");
		return n.asLong();
	}

	/**
	 * Settles what corrections can leave: the lead mark of corrected measures follows their facts; provisional
	 * bodies and organisations made by a correction that no fact names any more go (graph invariant no-orphans).
	 */
	private static void tidy(TransactionContext tx, String doc) {
		tx.run("""
				MATCH (m:%s {documentId: $doc}) WHERE m.correctedBy IS NOT NULL
				SET m.hasLead = EXISTS { (m)<-[:%s]-() }""".formatted(Vocabulary.MEASURE, Vocabulary.LEADS), Map.of("doc", doc))
			.consume();
		tx.run("""
				MATCH (a:%s {provisional: true}) WHERE NOT (a)-[:%s]->()
				DETACH DELETE a""".formatted(Vocabulary.AGENCY, Vocabulary.RESPONSIBILITY)).consume();
		for (String label : List.of(Vocabulary.ORGANISATION, Vocabulary.AGENCY)) {
			tx.run("""
					MATCH (o:%s) WHERE o.createdBy IS NOT NULL AND NOT (o)-[:%s]->()
					DETACH DELETE o""".formatted(label, Vocabulary.RESPONSIBILITY)).consume();
		}
	}

	private static final String FACT_ADD = """
			MATCH (m:%1$s {id: $measure})
			%2$s
			WITH m, a, COUNT { (m)<-[:%3$s]-() } AS n
			MERGE (a)-[x:$($type)]->(m)
			ON CREATE SET x.surface = a.name, x.surfaces = [a.name], x.position = n + 1, x.form = '%4$s', x.openList = false,
			              x.sourceFile = m.sourceFile, x.lineStart = m.lineStart, x.lineEnd = m.lineEnd,
			              x.raw = CASE WHEN coalesce(m.raw, '') = '' THEN m.text ELSE m.raw END, x.documentId = m.documentId, x.addedBy = $cid
			SET x.role = $role, x.inherited = ($role = '%5$s'), %6$s, %7$s
			RETURN count(x) AS n""".formatted(Vocabulary.MEASURE, Vocabulary.bodyById("a", "body"), Vocabulary.RESPONSIBILITY, FORM,
			Vocabulary.ROLE_INHERITED, MARK_FACT, MARK_MEASURE);

	/** The parts of a split unit: each a measure under the unit's section, with what its text names (see {@link #split}). */
	private static final String SPLIT = """
			MATCH (m:%1$s {id: $measure})<-[:HAS_MEASURE]-(parent)
			UNWIND $parts AS p
			CREATE (parent)-[:HAS_MEASURE]->(n:%1$s {id: p.id})
			SET n += m {.*, id: p.id, text: p.text, lineStart: p.lineStart, lineEnd: p.lineEnd, lineOffsets: p.lineOffsets,
			             lineNumbers: p.lineNumbers, title: CASE WHEN p.index = 1 THEN m.title END, part: p.index, madeFrom: [m.id],
			             madeBy: $cid, correctedBy: [$cid]}
			WITH m, n, p
			CALL (m, n, p) {
			  MATCH (m)<-[x:%2$s]-(a) WHERE p.inherit
			  CREATE (a)-[y:$(type(x))]->(n)
			  SET y = properties(x), y.correctedBy = [i IN coalesce(x.correctedBy, []) WHERE i <> $cid] + $cid
			}
			CALL (m, n, p) {
			  MATCH (m)-[s:%3$s]->(t)
			  WITH s, t WHERE p.text CONTAINS coalesce(s.surface, '') OR NOT any(q IN $texts WHERE q CONTAINS coalesce(s.surface, ''))
			  CREATE (n)-[y:%3$s]->(t) SET y = properties(s)
			}
			CALL (m, n, p) {
			  MATCH (m)-[:HAS_TARGET]->(t:%4$s)
			  WITH t WHERE p.text CONTAINS coalesce(t.text, '')
			     OR (p.index = 1 AND NOT any(q IN $texts WHERE q CONTAINS coalesce(t.text, '')))
			  CREATE (n)-[:HAS_TARGET]->(y:%4$s) SET y = properties(t), y.id = n.id + substring(t.id, size(m.id))
			}""".formatted(Vocabulary.MEASURE, Vocabulary.RESPONSIBILITY, Vocabulary.SUPPORTS, Vocabulary.TARGET);

	/** The joined measure, then the bodies, supports and targets of its units (see {@link #join}), in that order. */
	private static final List<String> JOIN = List.of("""
			MATCH (first:%1$s {id: $first})<-[:HAS_MEASURE]-(parent)
			CREATE (parent)-[:HAS_MEASURE]->(n:%1$s {id: $joined})
			SET n += first {.*, id: $joined}, n += $props""".formatted(Vocabulary.MEASURE), """
			MATCH (n:%1$s {id: $joined})
			UNWIND range(0, size($ids) - 1) AS k
			MATCH (u:%1$s {id: $ids[k]})<-[x:%2$s]-(a)
			WITH n, a, type(x) AS type, x, k ORDER BY coalesce(x.inherited, false), k, x.position
			WITH n, a, type, collect(properties(x))[0] AS props
			CREATE (a)-[y:$(type)]->(n)
			SET y = props, y.correctedBy = [i IN coalesce(props.correctedBy, []) WHERE i <> $cid] + $cid""".formatted(Vocabulary.MEASURE,
			Vocabulary.RESPONSIBILITY), """
			MATCH (n:%1$s {id: $joined})
			UNWIND range(0, size($ids) - 1) AS k
			MATCH (u:%1$s {id: $ids[k]})-[s:%2$s]->(t)
			WITH n, t, s, k ORDER BY k
			WITH n, t, collect(properties(s))[0] AS props
			CREATE (n)-[y:%2$s]->(t) SET y = props""".formatted(Vocabulary.MEASURE, Vocabulary.SUPPORTS), """
			MATCH (n:%1$s {id: $joined})
			UNWIND range(0, size($ids) - 1) AS k
			MATCH (u:%1$s {id: $ids[k]})-[:HAS_TARGET]->(t:%2$s)
			WITH n, t, k ORDER BY k, t.id
			WITH n, collect(t) AS ts
			UNWIND range(0, size(ts) - 1) AS i
			WITH n, ts[i] AS t, i
			CREATE (n)-[:HAS_TARGET]->(y:%2$s) SET y = properties(t), y.id = n.id + '-t' + (i + 1)""".formatted(Vocabulary.MEASURE,
			Vocabulary.TARGET));

	private static final String FACT_REMOVE = """
			MATCH (m:%1$s {id: $measure})<-[x:%2$s]-(a) WHERE a.id = $body AND ($role IS NULL OR x.role = $role)
			WITH m, collect(x) AS xs
			FOREACH (x IN xs | DELETE x)
			SET %3$s
			RETURN size(xs) AS n""".formatted(Vocabulary.MEASURE, Vocabulary.RESPONSIBILITY, MARK_MEASURE);

	/** The role changes, the evidence stays: the fact keeps its surface, raw text and lines, and says what it was. */
	private static final String FACT_ROLE = """
			MATCH (m:%1$s {id: $measure})<-[x:%2$s]-(a) WHERE a.id = $body
			WITH m, a, x ORDER BY x.inherited, type(x)
			WITH m, a, collect(x) AS xs
			WITH m, a, xs, properties(xs[0]) AS props
			FOREACH (x IN xs | DELETE x)
			CREATE (a)-[x:$($type)]->(m)
			SET x = props, x.role = $role, x.inherited = ($role = '%3$s'), x.extractedRole = coalesce(props.extractedRole, props.role),
			    %4$s, %5$s
			RETURN count(x) AS n""".formatted(Vocabulary.MEASURE, Vocabulary.RESPONSIBILITY, Vocabulary.ROLE_INHERITED, MARK_FACT,
			MARK_MEASURE);

	private static final String NOT_A_MEASURE = """
			MATCH (m:%1$s {id: $measure})
			CALL (m) {
			  MATCH (m)<-[x:%2$s]-() DELETE x
			}
			REMOVE m:%1$s
			SET m:%3$s, m.excludedBy = $cid, %4$s
			RETURN count(m) AS n""".formatted(Vocabulary.MEASURE, Vocabulary.RESPONSIBILITY, EXCLUDED, MARK_MEASURE);

	private static final String CONFIRM = """
			MATCH (m {id: $measure}) WHERE m:%s OR m:%s
			SET m.reviewed = true, %s
			RETURN count(m) AS n""".formatted(Vocabulary.MEASURE, EXCLUDED, MARK_MEASURE);

	/** A fact read from the surface (or from the provisional body of that name) in the document. */
	private static final String SURFACE_FACT = """
			MATCH (m:%s {documentId: $doc})<-[e:%s]-(a)
			WHERE (e.surface = $surface OR $surface IN coalesce(e.surfaces, [])
			   OR (a:%s AND a.provisional AND a.name = $surface AND a.place = $place))""".formatted(Vocabulary.MEASURE,
			Vocabulary.RESPONSIBILITY, Vocabulary.AGENCY);

	/**
	 * Facts move to another body, keeping their evidence and saying which body extraction read. Where that body
	 * already carries the measure in the same way, the one relationship lists both surfaces.
	 */
	private static final String MOVE = """
			  AND a.id <> $into
			%s
			WITH m, e, a, t, type(e) AS type, properties(e) AS props
			DELETE e
			MERGE (t)-[x:$(type)]->(m)
			ON CREATE SET x = props, x.extractedBody = a.id
			SET x.surfaces = coalesce(x.surfaces, []) + [s IN coalesce(props.surfaces, [props.surface]) WHERE NOT s IN coalesce(x.surfaces, [])],
			    x.mergedOn = $date, %s, %s
			RETURN count(x) AS n""".formatted(Vocabulary.bodyById("t", "into"), MARK_FACT, MARK_MEASURE);

	private static final String MOVE_SURFACE = SURFACE_FACT + "\n" + MOVE;

	private static final String MOVE_BODY = """
			MATCH (d:Document {id: $doc}) WHERE d.validTo IS NULL OR toString(d.validTo) >= $date
			MATCH (m:%s {documentId: $doc})<-[e:%s]-(a) WHERE a.id = $body
			""".formatted(Vocabulary.MEASURE, Vocabulary.RESPONSIBILITY) + MOVE;

	/** An agency split: the facts read from some names, or in some documents, go to the other body. */
	private static final String MOVE_SURFACES = """
			MATCH (d:Document {id: $doc})
			WHERE size($documents) = 0 OR d.id IN $documents OR any(s IN coalesce(d.supersedes, []) WHERE s IN $documents)
			MATCH (m:%s {documentId: $doc})<-[e:%s]-(a) WHERE a.id = $body
			  AND (size($surfaces) = 0 OR any(s IN coalesce(e.surfaces, [e.surface]) WHERE s IN $surfaces))
			""".formatted(Vocabulary.MEASURE, Vocabulary.RESPONSIBILITY) + MOVE;

	/** The agency an agency split names, made by it and gone with it (tidy). */
	private static final String NEW_AGENCY = """
			MERGE (a:%s {id: $into})
			ON CREATE SET a.name = $name, a.place = $place, a.aliasText = $name, a.createdBy = $cid
			WITH a
			MATCH (p:%s {id: $place})
			MERGE (a)-[:SERVES]->(p)""".formatted(Vocabulary.AGENCY, Vocabulary.PLACE);

	private static final String DROP_SURFACE = SURFACE_FACT + """

			WITH m, collect(e) AS es
			FOREACH (e IN es | DELETE e)
			SET %s
			RETURN count(m) AS n""".formatted(MARK_MEASURE);

	private static final String ORGANISATION = """
			MERGE (o:%s {id: $into})
			ON CREATE SET o.name = $surface, o.place = $place, o.kind = $kindOf, o.aliasText = $surface, o.createdBy = $cid
			WITH o
			MATCH (p:%s {id: $place})
			MERGE (o)-[:SERVES]->(p)""".formatted(Vocabulary.ORGANISATION, Vocabulary.PLACE);

	/** {@return the documents a correction shaped: those whose measures or set-aside units name it} */
	List<String> shapedBy(String cid) {
		return this.transactions.read(tx -> tx.run("""
				MATCH (m) WHERE (m:%s OR m:%s) AND $cid IN coalesce(m.correctedBy, [])
				RETURN DISTINCT m.documentId AS id""".formatted(Vocabulary.MEASURE, EXCLUDED), Map.of("cid", cid))
			.list(r -> r.get("id").asString()));
	}

	/** {@return the documents of the jurisdiction (or the one document) where a name correction may apply} */
	List<String> documentsFor(Map<String, Object> c) {
		if (List.of("agency.merge", "agency.split").contains(c.get("kind"))) {
			Map<String, Object> p = new HashMap<>();
			p.put("body", c.get("body"));
			p.put("documents", c.getOrDefault("documents", List.of()));
			return this.transactions.read(tx -> tx.run("""
					MATCH (m:%s)<-[:%s]-(a) WHERE a.id = $body AND (size($documents) = 0 OR m.documentId IN $documents)
					RETURN DISTINCT m.documentId AS id""".formatted(Vocabulary.MEASURE, Vocabulary.RESPONSIBILITY), p)
				.list(r -> r.get("id").asString()));
		}
		Map<String, Object> p = new HashMap<>();
		p.put("place", c.get("jurisdiction"));
		p.put("document", c.get("document"));
		return this.transactions.read(tx -> tx.run("""
				MATCH (d:Document {jurisdiction: $place}) WHERE $document IS NULL OR d.id = $document
				RETURN d.id AS id ORDER BY id""", p).list(r -> r.get("id").asString()));
	}

	/** Applies the corrections that hold for each of the documents again, from their kept extraction. */
	void reapply(Collection<String> documents) {
		for (String d : new LinkedHashSet<>(documents)) {
			apply(d, false);
		}
		sweep();
	}

}
