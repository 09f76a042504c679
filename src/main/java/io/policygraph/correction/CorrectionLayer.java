package io.policygraph.correction;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.policygraph.graph.Transactions;
import io.policygraph.graph.Vocabulary;
import io.policygraph.load.DocumentsDeleted;
import io.policygraph.load.DocumentsWritten;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
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
					  OR (c.kind = 'agency.merge')
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

	/** Marks stale the measure corrections whose document is gone with no document superseding it. */
	void sweep() {
		this.transactions.write(tx -> tx.run("""
				MATCH (c:%s {status: '%s'}) WHERE c.anchorDocument IS NOT NULL
				  AND NOT EXISTS { MATCH (d:Document) WHERE d.id = c.anchorDocument OR c.anchorDocument IN coalesce(d.supersedes, []) }
				SET c.status = '%s', c.staleReason = 'document ' + c.anchorDocument + ' is no longer in the graph, and no document replaced it'"""
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
			case ACCEPT -> {
				// the review queue reads accepted names from the corrections; the facts stay as extracted
			}
			default -> throw new IllegalStateException(kind.wire());
		}
	}

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
		tx.run("""
				MATCH (o:%s) WHERE o.createdBy IS NOT NULL AND NOT (o)-[:%s]->()
				DETACH DELETE o""".formatted(Vocabulary.ORGANISATION, Vocabulary.RESPONSIBILITY)).consume();
	}

	private static final String FACT_ADD = """
			MATCH (m:%1$s {id: $measure})
			%2$s
			WITH m, a, COUNT { (m)<-[:%3$s]-() } AS n
			MERGE (a)-[x:$($type)]->(m)
			ON CREATE SET x.surface = a.name, x.surfaces = [a.name], x.position = n + 1, x.form = '%4$s', x.openList = false,
			              x.sourceFile = m.sourceFile, x.lineStart = m.lineStart, x.lineEnd = m.lineEnd,
			              x.raw = coalesce(m.raw, m.text), x.documentId = m.documentId, x.addedBy = $cid
			SET x.role = $role, x.inherited = ($role = '%5$s'), %6$s, %7$s
			RETURN count(x) AS n""".formatted(Vocabulary.MEASURE, Vocabulary.bodyById("a", "body"), Vocabulary.RESPONSIBILITY, FORM,
			Vocabulary.ROLE_INHERITED, MARK_FACT, MARK_MEASURE);

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
		if ("agency.merge".equals(c.get("kind"))) {
			return this.transactions.read(tx -> tx.run("""
					MATCH (m:%s)<-[:%s]-(a) WHERE a.id = $body RETURN DISTINCT m.documentId AS id"""
				.formatted(Vocabulary.MEASURE, Vocabulary.RESPONSIBILITY), Map.of("body", c.get("body")))
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
