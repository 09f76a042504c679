package io.policygraph.correction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

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

	private final JsonMapper json = JsonMapper.builder().build();

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
		switch (kind) {
			case JOIN -> joinCorrection(request, node);
			case SPLIT -> splitCorrection(request, node);
			case AGENCY_SPLIT -> agencySplit(request, node);
			default -> {
				if (kind.measureAnchored()) {
					measureCorrection(kind, request, node);
				}
				else {
					nameCorrection(kind, request, node);
				}
			}
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
				       c.into, c.surface, c.jurisdiction, c.document] + coalesce(c.unitMeasures, []) + coalesce(c.surfaces, [])
				       + coalesce(c.documents, []))
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
			if (kind == CorrectionKind.SPLIT && (c.splitAt() == null || c.splitAt().isEmpty())) {
				throw new CorrectionRejectedException(400, "splitAt", "correction " + c.id() + " splits a unit and says not where");
			}
			if (kind == CorrectionKind.JOIN && (c.units() == null || c.units().size() < 2)) {
				throw new CorrectionRejectedException(400, "units", "correction " + c.id() + " joins units and lists fewer than two");
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

	/** {@return the unit corrected, as found}; its anchor is put on the node */
	private Map<String, Object> measureCorrection(CorrectionKind kind, CorrectionRequest r, Map<String, Object> node) {
		require(r.measure(), "measure", kind);
		Map<String, Object> m = one("""
				MATCH (m {id: $id}) WHERE m:%s OR m:%s
				RETURN m.id AS id, m.documentId AS document, m.text AS text, m.lineStart AS lineStart, m.lineEnd AS lineEnd,
				       m.path AS path, m:%s AS excluded, m.excludedBy AS excludedBy, m.madeBy AS madeBy, m.ordinal AS ordinal,
				       [(m)<-[x:%s]-(a) | {body: a.id, role: x.role}] AS facts,
				       COLLECT { MATCH (d:Document {id: m.documentId}) RETURN d.sha256 }[0] AS sha256""".formatted(Vocabulary.MEASURE, CorrectionLayer.EXCLUDED,
				CorrectionLayer.EXCLUDED, Vocabulary.RESPONSIBILITY), Map.of("id", r.measure()));
		if (m == null) {
			throw new CorrectionRejectedException(404, "measure", "no measure has the id '" + r.measure() + "'");
		}
		if (Boolean.TRUE.equals(m.get("excluded")) && kind != CorrectionKind.CONFIRM) {
			throw new CorrectionRejectedException(409, "measure", "unit " + r.measure() + " is set aside by correction "
					+ m.get("excludedBy") + " (not a measure, split or joined); withdraw that correction first, or correct what replaced it");
		}
		if (m.get("madeBy") != null && (kind == CorrectionKind.SPLIT || kind == CorrectionKind.JOIN)) {
			throw new CorrectionRejectedException(409, "measure", "measure " + r.measure() + " was made by correction " + m.get("madeBy")
					+ "; withdraw it and split or join the units extraction gave");
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
		return new HashMap<>(m);
	}

	/**
	 * A split: at offsets of the unit's text, or before substrings of it, into parts that inherit the unit's bodies or
	 * are given theirs. The offsets are kept (they hold wherever the anchor's text is found again).
	 */
	private void splitCorrection(CorrectionRequest r, Map<String, Object> node) {
		Map<String, Object> m = measureCorrection(CorrectionKind.SPLIT, r, node);
		String text = (String) m.get("text");
		if ((r.splitAt() == null) == (r.splitBefore() == null)) {
			throw new CorrectionRejectedException(400, "splitAt", "measure.split needs either 'splitAt' (offsets) or 'splitBefore' (substrings)");
		}
		List<Integer> offsets = r.splitAt() != null ? r.splitAt() : Units.offsetsOf(text, r.splitBefore());
		List<Units.Part> parts = Units.split(text, offsets, ((Number) m.get("lineStart")).intValue(),
				((Number) m.get("lineEnd")).intValue(), null, null);
		if (r.parts() != null) {
			if (r.parts().size() != parts.size()) {
				throw new CorrectionRejectedException(400, "parts", "the split makes " + parts.size() + " parts; 'parts' lists "
						+ r.parts().size());
			}
			for (Correction.Part part : r.parts()) {
				for (Correction.Fact f : part == null || part.bodies() == null ? List.<Correction.Fact>of() : part.bodies()) {
					if (f == null || blank(f.body()) || !Roles.ALL.contains(f.role())) {
						throw new CorrectionRejectedException(400, "parts", "each body of a part needs 'body' and a 'role' of " + Roles.ALL);
					}
					body(f.body(), "parts");
				}
			}
			node.put("parts", this.json.writeValueAsString(r.parts()));
		}
		node.put("splitAt", offsets);
	}

	/** A join: two or more consecutive units of one section, as extraction gave them, in one document. */
	private void joinCorrection(CorrectionRequest r, Map<String, Object> node) {
		if (r.measures() == null || r.measures().size() < 2) {
			throw new CorrectionRejectedException(400, "measures", "measure.join needs 'measures': two or more consecutive units");
		}
		if (new LinkedHashSet<>(r.measures()).size() != r.measures().size()) {
			throw new CorrectionRejectedException(400, "measures", "a unit is named twice: " + r.measures());
		}
		List<Map<String, Object>> found = new ArrayList<>();
		for (String id : r.measures()) {
			Map<String, Object> unitNode = new HashMap<>();
			found.add(measureCorrection(CorrectionKind.JOIN, new CorrectionRequest("measure.join", r.why(), id, null, null, null, null,
					null, null, null, null, null), unitNode));
			found.get(found.size() - 1).put("node", unitNode);
		}
		String document = (String) found.get(0).get("document");
		if (found.stream().anyMatch(u -> !document.equals(u.get("document")))) {
			throw new CorrectionRejectedException(400, "measures", "units of different documents cannot be joined: "
					+ found.stream().map(u -> u.get("id") + " (" + u.get("document") + ")").toList());
		}
		found.sort(Comparator.comparingLong(u -> ((Number) u.get("ordinal")).longValue()));
		List<Correction.Anchor> anchors = found.stream().map(u -> new Correction.Anchor(document, (String) u.get("sha256"),
				(String) u.get("id"), (String) u.get("text"), ((Number) u.get("lineStart")).intValue(),
				((Number) u.get("lineEnd")).intValue(), (String) u.get("path"))).toList();
		long first = ((Number) found.get(0).get("ordinal")).longValue();
		for (int k = 0; k < found.size(); k++) {
			Map<String, Object> u = found.get(k);
			if (!u.get("path").equals(found.get(0).get("path"))) {
				throw new CorrectionRejectedException(400, "measures", "units of different sections cannot be joined: "
						+ found.stream().map(x -> x.get("id") + " (" + x.get("path") + ")").toList());
			}
			if (((Number) u.get("ordinal")).longValue() != first + k) {
				throw new CorrectionRejectedException(400, "measures", "the units are not consecutive: "
						+ found.stream().map(x -> x.get("id") + " (unit " + x.get("ordinal") + ")").toList());
			}
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> anchor = (Map<String, Object>) found.get(0).get("node");
		node.putAll(anchor);
		node.put("units", this.json.writeValueAsString(anchors));
		node.put("unitMeasures", anchors.stream().map(Correction.Anchor::measure).toList());
	}

	/**
	 * An agency split: the facts a body carries under some of its names, or in some documents, go to another body,
	 * existing ({@code into}) or made by the correction ({@code name}, an agency of the body's place).
	 */
	private void agencySplit(CorrectionRequest r, Map<String, Object> node) {
		CorrectionKind kind = CorrectionKind.AGENCY_SPLIT;
		require(r.body(), "body", kind);
		List<String> surfaces = r.surfaces() == null ? List.of() : r.surfaces();
		List<String> documents = r.documents() == null ? List.of() : r.documents();
		if (surfaces.isEmpty() && documents.isEmpty()) {
			throw new CorrectionRejectedException(400, "surfaces", "agency.split needs 'surfaces' or 'documents' (or both): the facts that move");
		}
		if (blank(r.into()) == blank(r.name())) {
			throw new CorrectionRejectedException(400, "into", "agency.split needs either 'into' (an existing body) or 'name' (a new agency)");
		}
		String place = body(r.body(), "body");
		String into = blank(r.into()) ? place + ":" + r.name().strip() : r.into();
		if (into.equals(r.body())) {
			throw new CorrectionRejectedException(400, blank(r.into()) ? "name" : "into",
					"an agency cannot be split into itself (" + r.body() + ")");
		}
		if (blank(r.into())) {
			if (one(Vocabulary.bodyById("a", "id") + "RETURN a.id AS id", Map.of("id", into)) != null) {
				throw new CorrectionRejectedException(409, "name", into + " exists already; name it as 'into'");
			}
			node.put("name", r.name().strip());
		}
		else {
			String to = body(r.into(), "into");
			if (!place.equals(to) && !Boolean.TRUE.equals(r.crossJurisdiction())) {
				throw new CorrectionRejectedException(400, "crossJurisdiction", r.body() + " serves " + place + " and " + r.into()
						+ " serves " + to + "; say crossJurisdiction=true if the split crosses jurisdictions");
			}
			node.put("crossJurisdiction", r.crossJurisdiction());
		}
		Map<String, Object> p = new HashMap<>();
		p.put("body", r.body());
		List<Map<String, Object>> read;
		read = this.transactions.read(tx -> tx.run("""
				MATCH (m:%s)<-[e:%s]-(a) WHERE a.id = $body
				RETURN m.documentId AS document, coalesce(e.surfaces, [e.surface]) AS surfaces""".formatted(Vocabulary.MEASURE,
				Vocabulary.RESPONSIBILITY), p).list(x -> x.asMap()));
		for (String d : documents) {
			if (one("MATCH (d:Document {id: $id}) RETURN d.id AS id", Map.of("id", d)) == null) {
				throw new CorrectionRejectedException(404, "documents", "no document has the id '" + d + "'");
			}
			if (read.stream().noneMatch(f -> d.equals(f.get("document")))) {
				throw new CorrectionRejectedException(409, "documents", r.body() + " carries no measure of document " + d);
			}
		}
		for (String surface : surfaces) {
			if (read.stream().noneMatch(f -> ((List<?>) f.get("surfaces")).contains(surface)
					&& (documents.isEmpty() || documents.contains(f.get("document"))))) {
				throw new CorrectionRejectedException(409, "surfaces", "no fact of " + r.body() + " is read from '" + surface + "'"
						+ (documents.isEmpty() ? "" : " in " + documents));
			}
		}
		node.put("body", r.body());
		node.put("into", into);
		node.put("jurisdiction", place);
		if (!surfaces.isEmpty()) {
			node.put("surfaces", surfaces);
		}
		if (!documents.isEmpty()) {
			node.put("documents", documents);
		}
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

	private Correction fromNode(Value c) {
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
				c.get("staleReason").asString(null), c.get("withdrawnBy").asString(null), c.get("withdrawnAt").asString(null),
				c.get("splitAt").isNull() ? null : c.get("splitAt").asList(Value::asInt),
				c.get("parts").isNull() ? null : this.json.readValue(c.get("parts").asString(), PARTS),
				c.get("units").isNull() ? null : this.json.readValue(c.get("units").asString(), ANCHORS),
				c.get("surfaces").isNull() ? null : c.get("surfaces").asList(Value::asString),
				c.get("documents").isNull() ? null : c.get("documents").asList(Value::asString), c.get("name").asString(null));
	}

	private static final TypeReference<List<Correction.Part>> PARTS = new TypeReference<>() {
	};

	private static final TypeReference<List<Correction.Anchor>> ANCHORS = new TypeReference<>() {
	};

	private Map<String, Object> toNode(Correction c) {
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
		n.put("splitAt", c.splitAt());
		n.put("parts", c.parts() == null ? null : this.json.writeValueAsString(c.parts()));
		if (c.units() != null) {
			n.put("units", this.json.writeValueAsString(c.units()));
			n.put("unitMeasures", c.units().stream().map(Correction.Anchor::measure).toList());
		}
		n.put("surfaces", c.surfaces());
		n.put("documents", c.documents());
		n.put("name", c.name());
		n.values().removeIf(v -> v == null);
		return n;
	}

}
