package io.policygraph.correction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.policygraph.graph.Transactions;
import io.policygraph.graph.Vocabulary;
import io.policygraph.registry.Registry;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Makes, withdraws, lists, exports and imports corrections. A correction is checked against the graph
 * before anything is written (unknown measure, body or place, a role that does not exist, a merge into
 * itself, an alias or merge across jurisdictions not said to be meant): a refused one changes nothing.
 */
@Service
public class Corrections {

	private final Transactions transactions;

	private final CorrectionLayer layer;

	private final Registry registry;

	public Corrections(Transactions transactions, CorrectionLayer layer, Registry registry) {
		this.transactions = transactions;
		this.layer = layer;
		this.registry = registry;
	}

	/** {@return the correction made and applied}; the author is the name of the API key that asked */
	public Correction create(CorrectionRequest request, String author) {
		CorrectionKind kind = CorrectionKind.of(request.kind());
		if (blank(request.why())) {
			throw new CorrectionRejectedException(400, "why", "say why: a correction needs a reason");
		}
		Map<String, Object> node = new HashMap<>();
		node.put("id", "corr-" + UUID.randomUUID().toString().substring(0, 13).replace("-", ""));
		node.put("kind", kind.wire());
		node.put("status", Correction.ACTIVE);
		node.put("author", author);
		node.put("at", Instant.now().toString());
		node.put("why", request.why().strip());
		if (kind.measureAnchored()) {
			measureCorrection(kind, request, node);
		}
		else {
			nameCorrection(kind, request, node);
		}
		this.transactions.write(tx -> tx.run("CREATE (c:%s) SET c = $props".formatted(CorrectionLayer.CORRECTION),
				Map.of("props", node)).consume());
		String id = (String) node.get("id");
		if (kind.measureAnchored()) {
			this.layer.applyNew(id, (String) node.get("anchorDocument"));
		}
		else {
			for (String doc : this.layer.documentsFor(node)) {
				this.layer.applyNew(id, doc);
			}
		}
		return get(id);
	}

	/** {@return the correction, withdrawn: the documents it shaped are back to extraction with the others applied} */
	public Correction withdraw(String id, String by) {
		Correction c = get(id);
		if (Correction.WITHDRAWN.equals(c.status())) {
			throw new CorrectionRejectedException(409, "id", "correction " + id + " was withdrawn already, by "
					+ c.withdrawnBy() + " at " + c.withdrawnAt());
		}
		List<String> shaped = this.layer.shapedBy(id);
		this.transactions.write(tx -> tx.run("""
				MATCH (c:%s {id: $id})
				SET c.status = '%s', c.withdrawnBy = $by, c.withdrawnAt = $at""".formatted(CorrectionLayer.CORRECTION,
				Correction.WITHDRAWN), Map.of("id", id, "by", by, "at", Instant.now().toString())).consume());
		this.layer.reapply(shaped);
		return get(id);
	}

	/** {@return the correction with the id} */
	public Correction get(String id) {
		List<Correction> found = query("MATCH (c:%s {id: $id}) RETURN c".formatted(CorrectionLayer.CORRECTION), Map.of("id", id));
		if (found.isEmpty()) {
			throw new CorrectionRejectedException(404, "id", "no correction has the id '" + id + "'");
		}
		return found.get(0);
	}

	/**
	 * {@return the corrections made since an instant, by an author, about a target (a measure, document, body,
	 * surface or place id), in a status; each filter {@code null} when not asked}, oldest first
	 */
	public List<Correction> list(String since, String by, String target, String status) {
		Map<String, Object> p = new HashMap<>();
		p.put("since", since);
		p.put("by", by);
		p.put("target", target);
		p.put("status", status);
		return query("""
				MATCH (c:%s)
				WHERE ($since IS NULL OR c.at >= $since) AND ($by IS NULL OR c.author = $by) AND ($status IS NULL OR c.status = $status)
				  AND ($target IS NULL OR $target IN [c.anchorMeasure, c.anchorDocument, c.originalMeasure, c.originalDocument, c.body,
				       c.into, c.surface, c.jurisdiction, c.document])
				RETURN c ORDER BY c.at, c.id""".formatted(CorrectionLayer.CORRECTION), p);
	}

	/**
	 * Loads corrections exported by another instance (or this one): those whose id is stored already are
	 * skipped; the others are stored as they were made (author, time, status) and applied where their anchors
	 * match the documents here, or marked stale.
	 *
	 * @return the ids stored, and those skipped
	 */
	public ImportResult importAll(List<Correction> corrections) {
		List<String> imported = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		Set<String> documents = new LinkedHashSet<>();
		for (Correction c : corrections) {
			if (c.id() == null || c.kind() == null || c.at() == null) {
				throw new CorrectionRejectedException(400, "corrections", "every correction needs its id, kind and time");
			}
			CorrectionKind kind = CorrectionKind.of(c.kind());
			if (kind.measureAnchored() && c.anchor() == null) {
				throw new CorrectionRejectedException(400, "anchor", "correction " + c.id() + " is about a measure and has no anchor");
			}
		}
		for (Correction c : corrections) {
			if (exists(c.id())) {
				skipped.add(c.id());
				continue;
			}
			Map<String, Object> node = toNode(c);
			this.transactions.write(tx -> tx.run("CREATE (c:%s) SET c = $props".formatted(CorrectionLayer.CORRECTION),
					Map.of("props", node)).consume());
			imported.add(c.id());
			if (Correction.WITHDRAWN.equals(c.status())) {
				continue;
			}
			if (CorrectionKind.of(c.kind()).measureAnchored()) {
				documents.addAll(successors(c.anchor().document()));
			}
			else {
				documents.addAll(this.layer.documentsFor(node));
			}
		}
		this.layer.reapply(documents);
		return new ImportResult(imported, skipped);
	}

	/**
	 * What an import did.
	 *
	 * @param imported ids of the corrections stored
	 * @param skipped ids already stored, left as they were
	 */
	public record ImportResult(List<String> imported, List<String> skipped) {
	}

	private void measureCorrection(CorrectionKind kind, CorrectionRequest r, Map<String, Object> node) {
		require(r.measure(), "measure", kind);
		Map<String, Object> m = one("""
				MATCH (m {id: $id}) WHERE m:%s OR m:%s
				RETURN m.id AS id, m.documentId AS document, m.text AS text, m.lineStart AS lineStart, m.lineEnd AS lineEnd,
				       m.path AS path, m:%s AS excluded,
				       [(m)<-[x:%s]-(a) | {body: a.id, role: x.role}] AS facts,
				       COLLECT { MATCH (d:Document {id: m.documentId}) RETURN d.sha256 }[0] AS sha256""".formatted(Vocabulary.MEASURE, CorrectionLayer.EXCLUDED,
				CorrectionLayer.EXCLUDED, Vocabulary.RESPONSIBILITY), Map.of("id", r.measure()));
		if (m == null) {
			throw new CorrectionRejectedException(404, "measure", "no measure has the id '" + r.measure() + "'");
		}
		if (Boolean.TRUE.equals(m.get("excluded")) && kind != CorrectionKind.CONFIRM) {
			throw new CorrectionRejectedException(409, "measure", "unit " + r.measure() + " is set aside as not a measure; "
					+ "withdraw that correction first");
		}
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> facts = (List<Map<String, Object>>) m.get("facts");
		if (kind == CorrectionKind.FACT_ADD || kind == CorrectionKind.FACT_ROLE || kind == CorrectionKind.FACT_REMOVE) {
			require(r.body(), "body", kind);
			if (kind != CorrectionKind.FACT_REMOVE || r.role() != null) {
				require(r.role(), "role", kind);
				if (!Roles.ALL.contains(r.role())) {
					throw new CorrectionRejectedException(400, "role", "unknown role '" + r.role() + "'; one of " + Roles.ALL);
				}
			}
			body(r.body(), "body");
			List<String> roles = facts.stream().filter(f -> r.body().equals(f.get("body"))).map(f -> (String) f.get("role")).toList();
			if (kind == CorrectionKind.FACT_ADD && roles.contains(r.role())) {
				throw new CorrectionRejectedException(409, "body", r.body() + " carries measure " + r.measure() + " as " + r.role() + " already");
			}
			if (kind != CorrectionKind.FACT_ADD && roles.isEmpty()) {
				throw new CorrectionRejectedException(409, "body", r.body() + " does not carry measure " + r.measure()
						+ "; its bodies are " + facts.stream().map(f -> f.get("body")).distinct().toList());
			}
			if (kind == CorrectionKind.FACT_REMOVE && r.role() != null && !roles.contains(r.role())) {
				throw new CorrectionRejectedException(409, "role", r.body() + " carries measure " + r.measure() + " as " + roles + ", not " + r.role());
			}
			if (kind == CorrectionKind.FACT_ROLE && roles.equals(List.of(r.role()))) {
				throw new CorrectionRejectedException(409, "role", r.body() + " carries measure " + r.measure() + " as " + r.role() + " already");
			}
			node.put("body", r.body());
			node.put("role", r.role());
		}
		node.put("anchorDocument", m.get("document"));
		node.put("anchorSha256", m.get("sha256"));
		node.put("anchorMeasure", m.get("id"));
		node.put("anchorText", m.get("text"));
		node.put("anchorLineStart", m.get("lineStart"));
		node.put("anchorLineEnd", m.get("lineEnd"));
		node.put("anchorPath", m.get("path"));
		node.put("originalDocument", m.get("document"));
		node.put("originalMeasure", m.get("id"));
		node.values().removeIf(v -> v == null);
	}

	private void nameCorrection(CorrectionKind kind, CorrectionRequest r, Map<String, Object> node) {
		if (kind == CorrectionKind.MERGE) {
			require(r.body(), "body", kind);
			require(r.into(), "into", kind);
			require(r.date(), "date", kind);
			try {
				LocalDate.parse(r.date());
			}
			catch (DateTimeParseException ex) {
				throw new CorrectionRejectedException(400, "date", "date '" + r.date() + "' is not yyyy-mm-dd");
			}
			if (r.body().equals(r.into())) {
				throw new CorrectionRejectedException(400, "into", "an agency cannot be merged into itself (" + r.body() + ")");
			}
			String from = body(r.body(), "body");
			String to = body(r.into(), "into");
			if (!from.equals(to) && !Boolean.TRUE.equals(r.crossJurisdiction())) {
				throw new CorrectionRejectedException(400, "crossJurisdiction", r.body() + " serves " + from + " and " + r.into()
						+ " serves " + to + "; say crossJurisdiction=true if the merge crosses jurisdictions");
			}
			node.put("body", r.body());
			node.put("into", r.into());
			node.put("date", r.date());
			node.put("jurisdiction", from);
			node.put("crossJurisdiction", r.crossJurisdiction());
			node.values().removeIf(v -> v == null);
			return;
		}
		require(r.surface(), "surface", kind);
		require(r.jurisdiction(), "jurisdiction", kind);
		if (this.registry.place(r.jurisdiction()) == null) {
			throw new CorrectionRejectedException(404, "jurisdiction", "no place has the id '" + r.jurisdiction() + "'");
		}
		if (r.document() != null && one("MATCH (d:Document {id: $id}) RETURN d.id AS id", Map.of("id", r.document())) == null) {
			throw new CorrectionRejectedException(404, "document", "no document has the id '" + r.document() + "'");
		}
		if (kind == CorrectionKind.ALIAS) {
			require(r.into(), "into", kind);
			String place = body(r.into(), "into");
			if (r.into().equals(r.jurisdiction() + ":?" + r.surface())) {
				throw new CorrectionRejectedException(400, "into", "a name cannot be an alias of its own provisional body");
			}
			boolean inScope = this.registry.lineage(r.jurisdiction()).stream().anyMatch(p -> p.id().equals(place));
			if (!inScope && !Boolean.TRUE.equals(r.crossJurisdiction())) {
				throw new CorrectionRejectedException(400, "crossJurisdiction", r.into() + " serves " + place + ", outside "
						+ r.jurisdiction() + "; say crossJurisdiction=true if the alias is meant");
			}
			node.put("into", r.into());
			node.put("crossJurisdiction", r.crossJurisdiction());
		}
		if (kind == CorrectionKind.OTHER_KIND) {
			require(r.organisationKind(), "organisationKind", kind);
			node.put("organisationKind", r.organisationKind());
		}
		node.put("surface", r.surface());
		node.put("jurisdiction", r.jurisdiction());
		node.put("document", r.document());
		node.values().removeIf(v -> v == null);
	}

	/** {@return the place the body serves}, or a refusal naming the field when no body has the id */
	private String body(String id, String field) {
		Map<String, Object> b = one(Vocabulary.bodyById("a", "id") + "RETURN coalesce(a.place, '') AS place", Map.of("id", id));
		if (b == null) {
			throw new CorrectionRejectedException(404, field, "no agency, collective or organisation has the id '" + id + "'");
		}
		return (String) b.get("place");
	}

	private List<String> successors(String document) {
		return this.transactions.read(tx -> tx.run("""
				MATCH (d:Document) WHERE d.id = $id OR $id IN coalesce(d.supersedes, []) RETURN d.id AS id""",
				Map.of("id", document)).list(r -> r.get("id").asString()));
	}

	private boolean exists(String id) {
		return one("MATCH (c:%s {id: $id}) RETURN c.id AS id".formatted(CorrectionLayer.CORRECTION), Map.of("id", id)) != null;
	}

	private Map<String, Object> one(String cypher, Map<String, Object> p) {
		return this.transactions.one(cypher, p).orElse(null);
	}

	private List<Correction> query(String cypher, Map<String, Object> p) {
		return this.transactions.read(tx -> tx.run(cypher, p).list(r -> fromNode(r.get("c"))));
	}

	private static void require(String value, String field, CorrectionKind kind) {
		if (blank(value)) {
			throw new CorrectionRejectedException(400, field, kind.wire() + " needs '" + field + "'");
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static Correction fromNode(Value c) {
		Correction.Anchor anchor = c.get("anchorText").isNull() ? null
				: new Correction.Anchor(c.get("anchorDocument").asString(null), c.get("anchorSha256").asString(null),
						c.get("anchorMeasure").asString(null), c.get("anchorText").asString(), c.get("anchorLineStart").asInt(),
						c.get("anchorLineEnd").asInt(), c.get("anchorPath").asString(null));
		return new Correction(c.get("id").asString(), c.get("kind").asString(), c.get("status").asString(),
				c.get("author").asString(null), c.get("at").asString(null), c.get("why").asString(null), anchor,
				c.get("body").asString(null), c.get("role").asString(null), c.get("surface").asString(null),
				c.get("jurisdiction").asString(null), c.get("document").asString(null), c.get("into").asString(null),
				c.get("organisationKind").asString(null), c.get("date").asString(null),
				c.get("crossJurisdiction").isNull() ? null : c.get("crossJurisdiction").asBoolean(),
				c.get("staleReason").asString(null), c.get("withdrawnBy").asString(null), c.get("withdrawnAt").asString(null));
	}

	private static Map<String, Object> toNode(Correction c) {
		Map<String, Object> n = new HashMap<>();
		n.put("id", c.id());
		n.put("kind", c.kind());
		n.put("status", Correction.WITHDRAWN.equals(c.status()) ? Correction.WITHDRAWN : Correction.ACTIVE);
		n.put("author", c.author());
		n.put("at", c.at());
		n.put("why", c.why());
		if (c.anchor() != null) {
			n.put("anchorDocument", c.anchor().document());
			n.put("anchorSha256", c.anchor().sha256());
			n.put("anchorMeasure", c.anchor().measure());
			n.put("anchorText", c.anchor().text());
			n.put("anchorLineStart", c.anchor().lineStart());
			n.put("anchorLineEnd", c.anchor().lineEnd());
			n.put("anchorPath", c.anchor().path());
			n.put("originalDocument", c.anchor().document());
			n.put("originalMeasure", c.anchor().measure());
		}
		n.put("body", c.body());
		n.put("role", c.role());
		n.put("surface", c.surface());
		n.put("jurisdiction", c.jurisdiction());
		n.put("document", c.document());
		n.put("into", c.into());
		n.put("organisationKind", c.organisationKind());
		n.put("date", c.date());
		n.put("crossJurisdiction", c.crossJurisdiction());
		n.put("withdrawnBy", c.withdrawnBy());
		n.put("withdrawnAt", c.withdrawnAt());
		n.values().removeIf(v -> v == null);
		return n;
	}

}
