package io.policygraph.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.policygraph.correction.CorrectionRequest;
import io.policygraph.graph.Vocabulary;
import io.policygraph.registry.Registry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a reviewer should look at, and the action that resolves each item: provisional agencies (names the
 * registry did not know) with where they occur and the closest known bodies, units extraction flagged,
 * measures with no body, and corrections gone stale. A resolved item leaves the queue: a flagged unit once confirmed,
 * or once a reviewer has corrected that unit itself (a role changed, a body added or removed), since the reviewer read it
 * to do so; withdrawing the correction brings it back. A correction of a name (an alias, a non-body), which touches
 * every unit that uses the name, does not count as reading each of them.
 */
@RestController
@Tag(name = "review")
class ReviewController {

	private final GraphQueries graph;

	private final Registry registry;

	ReviewController(GraphQueries graph, Registry registry) {
		this.graph = graph;
		this.registry = registry;
	}

	@GetMapping("/api/review/agencies")
	@Operation(summary = "Provisional agencies to review: surface, documents, lines, best candidates")
	Page<ProvisionalAgency> agencies(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Paging paging = new Paging(page, size);
		Map<String, Object> p = Map.of("skip", paging.skip(), "size", paging.size());
		List<Map<String, Object>> rows = this.graph.rows("""
				MATCH (a:Agency {provisional: true}) WHERE %s
				WITH a ORDER BY a.place, a.name SKIP $skip LIMIT $size
				RETURN a.id AS id, a.name AS surface, a.place AS jurisdiction,
				       [(a)-[r:%s]->(m:Measure) | {document: m.documentId, measure: m.id, file: r.sourceFile,
				         lineStart: r.lineStart, lineEnd: r.lineEnd}][..20] AS occurrences""".formatted(NOT_ACCEPTED, Vocabulary.RESPONSIBILITY), p);
		List<ProvisionalAgency> items = new ArrayList<>();
		for (Map<String, Object> r : rows) {
			String surface = (String) r.get("surface");
			String place = (String) r.get("jurisdiction");
			items.add(new ProvisionalAgency((String) r.get("id"), surface, place, occurrences(r.get("occurrences")),
					candidates(surface, place)));
		}
		return paging.envelope(items,
				this.graph.count("MATCH (a:Agency {provisional: true}) WHERE %s RETURN count(a) AS c".formatted(NOT_ACCEPTED), Map.of()));
	}

	/**
	 * A name the registry did not know, filed as a provisional agency.
	 *
	 * @param id its agency id
	 * @param surface the name as written
	 * @param jurisdiction place id
	 * @param occurrences where it is named (at most 20)
	 * @param candidates the closest known bodies (at most 3)
	 */
	record ProvisionalAgency(String id, String surface, String jurisdiction, List<Occurrence> occurrences,
			List<Candidate> candidates) {
	}

	/** A provisional agency no reviewer accepted as a real body under the name it was written with. */
	private static final String NOT_ACCEPTED = """
			NOT EXISTS { MATCH (c:Correction {kind: 'name.accept'}) WHERE c.status <> 'withdrawn' AND c.surface = a.name AND c.jurisdiction = a.place }""";

	private static final String PROVISIONAL = "provisional-agency";

	private static final String NO_BODY = "measure-without-body";

	private static final String FLAGGED = "flagged-unit";

	private static final String STALE = "stale-correction";

	private static final List<String> KINDS = List.of(PROVISIONAL, NO_BODY, FLAGGED, STALE);

	/** Each kind of item, as one query over the same columns; {@code $place} filters by jurisdiction. */
	private static final Map<String, String> QUEUE = Map.of(PROVISIONAL, """
			MATCH (a:Agency {provisional: true}) WHERE ($place IS NULL OR a.place = $place) AND %s
			RETURN '%s' AS kind, a.id AS id, a.name AS title, a.place AS jurisdiction, null AS document, null AS file,
			       null AS lineStart, null AS lineEnd, [] AS flags, null AS staleReason, a.name AS surface,
			       [(a)-[r:%s]->(m:Measure) | {document: m.documentId, measure: m.id, file: r.sourceFile,
			         lineStart: r.lineStart, lineEnd: r.lineEnd}][..20] AS occurrences, a.place + a.name AS sort""".formatted(NOT_ACCEPTED,
			PROVISIONAL, Vocabulary.RESPONSIBILITY),
			NO_BODY, """
			MATCH (m:Measure) WHERE NOT coalesce(m.reviewed, false) AND NOT EXISTS { (m)<-[:%s]-() }
			WITH m, COLLECT { MATCH (d:Document {id: m.documentId}) RETURN d.jurisdiction }[0] AS place WHERE $place IS NULL OR place = $place
			RETURN '%s' AS kind, m.id AS id, m.text AS title, place AS jurisdiction, m.documentId AS document, m.sourceFile AS file,
			       m.lineStart AS lineStart, m.lineEnd AS lineEnd, coalesce(m.flags, []) AS flags, null AS staleReason, null AS surface,
			       [] AS occurrences, m.documentId + right('00000' + toString(m.ordinal), 6) AS sort""".formatted(Vocabulary.RESPONSIBILITY, NO_BODY),
			FLAGGED, """
			MATCH (m:Measure) WHERE size(coalesce(m.flags, [])) > 0 AND NOT coalesce(m.reviewed, false) AND EXISTS { (m)<-[:%1$s]-() }
			  AND NOT EXISTS { MATCH (c:Correction) WHERE c.id IN coalesce(m.correctedBy, []) AND c.anchorDocument IS NOT NULL }
			WITH m, [f IN m.flags WHERE f <> 'unresolved-name' OR EXISTS { MATCH (m)<-[:%1$s]-(a:Agency {provisional: true}) WHERE %2$s }] AS flags
			WHERE size(flags) > 0
			WITH m, flags, COLLECT { MATCH (d:Document {id: m.documentId}) RETURN d.jurisdiction }[0] AS place WHERE $place IS NULL OR place = $place
			RETURN '%3$s' AS kind, m.id AS id, m.text AS title, place AS jurisdiction, m.documentId AS document, m.sourceFile AS file,
			       m.lineStart AS lineStart, m.lineEnd AS lineEnd, flags, null AS staleReason, null AS surface,
			       [] AS occurrences, m.documentId + right('00000' + toString(m.ordinal), 6) AS sort""".formatted(Vocabulary.RESPONSIBILITY,
			NOT_ACCEPTED, FLAGGED),
			STALE, """
			MATCH (c:Correction {status: 'stale'})
			WITH c, coalesce(c.jurisdiction, COLLECT { MATCH (d:Document {id: c.anchorDocument}) RETURN d.jurisdiction }[0]) AS place
			WHERE $place IS NULL OR place = $place
			RETURN '%s' AS kind, c.id AS id, c.kind + ': ' + c.why AS title, place AS jurisdiction, c.anchorDocument AS document,
			       null AS file, c.anchorLineStart AS lineStart, c.anchorLineEnd AS lineEnd, [] AS flags, c.staleReason AS staleReason,
			       c.surface AS surface, [] AS occurrences, c.at + c.id AS sort""".formatted(STALE));

	@GetMapping("/api/review")
	@Operation(summary = "The review queue: counts per kind and the items of a page, each with the actions that resolve it")
	ReviewQueue queue(@RequestParam(required = false) String kind, @RequestParam(required = false) String jurisdiction,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Paging paging = new Paging(page, size);
		if (kind != null && !KINDS.contains(kind)) {
			throw new IllegalArgumentException("kind must be one of " + KINDS + ", was '" + kind + "'");
		}
		Map<String, Object> p = new HashMap<>();
		p.put("place", jurisdiction);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String k : KINDS) {
			counts.put(k, this.graph.count("CALL () {\n" + QUEUE.get(k) + "\n} RETURN count(*) AS c", p));
		}
		List<String> kinds = kind == null ? KINDS : List.of(kind);
		// Items are ordered by kind, then within a kind; with the counts known, only the kinds the page overlaps are
		// read, each from its own offset (on a large graph a kind costs a pass over every measure).
		List<ReviewItem> items = new ArrayList<>();
		long before = 0;
		for (String k : kinds) {
			long from = Math.max(paging.skip() - before, 0);
			long wanted = paging.size() - items.size();
			if (wanted > 0 && from < counts.get(k)) {
				p.put("skip", from);
				p.put("size", wanted);
				for (Map<String, Object> r : this.graph.rows("CALL () {\n" + QUEUE.get(k) + "\n}\nRETURN * ORDER BY sort SKIP $skip LIMIT $size", p)) {
					items.add(item(r));
				}
			}
			before += counts.get(k);
		}
		long total = kinds.stream().mapToLong(counts::get).sum();
		return new ReviewQueue(counts, total, paging.page(), paging.size(), items);
	}

	@SuppressWarnings("unchecked")
	private ReviewItem item(Map<String, Object> r) {
		String kind = (String) r.get("kind");
		String id = (String) r.get("id");
		String place = (String) r.get("jurisdiction");
		String surface = (String) r.get("surface");
		List<Candidate> candidates = List.of();
		List<ReviewAction> actions = new ArrayList<>();
		switch (kind) {
			case PROVISIONAL -> {
				candidates = candidates(surface, place);
				for (Candidate c : candidates) {
					actions.add(correct("alias to " + c.name(), new CorrectionRequest("name.alias", null, null, null, null, surface,
							place, null, c.id(), null, null, null)));
				}
				actions.add(correct("accept as a new agency",
						new CorrectionRequest("name.accept", null, null, null, null, surface, place, null, null, null, null, null)));
				actions.add(correct("mark as no body (a person, a place, a platform)",
						new CorrectionRequest("name.non-body", null, null, null, null, surface, place, null, null, null, null, null)));
				actions.add(correct("file as another kind of body (research platform, enterprise)", new CorrectionRequest(
						"name.other-kind", null, null, null, null, surface, place, null, null, "科研平台", null, null)));
			}
			case NO_BODY -> {
				actions.add(correct("add the body that carries it", new CorrectionRequest("fact.add", null, id, null,
						Vocabulary.ROLE_LEAD, null, null, null, null, null, null, null)));
				actions.add(correct("set it aside as not a measure",
						new CorrectionRequest("measure.not-a-measure", null, id, null, null, null, null, null, null, null, null, null)));
				actions.add(correct("confirm that no body is named",
						new CorrectionRequest("measure.confirm", null, id, null, null, null, null, null, null, null, null, null)));
			}
			case FLAGGED -> {
				actions.add(correct("confirm the reading",
						new CorrectionRequest("measure.confirm", null, id, null, null, null, null, null, null, null, null, null)));
				actions.add(correct("change a body's role", new CorrectionRequest("fact.role", null, id, null,
						Vocabulary.ROLE_RESPONSIBLE, null, null, null, null, null, null, null)));
				actions.add(correct("remove a body",
						new CorrectionRequest("fact.remove", null, id, null, null, null, null, null, null, null, null, null)));
				actions.add(correct("set it aside as not a measure",
						new CorrectionRequest("measure.not-a-measure", null, id, null, null, null, null, null, null, null, null, null)));
			}
			default -> actions.add(new ReviewAction("withdraw the correction", "DELETE", "/api/corrections/" + id, null));
		}
		return new ReviewItem(kind, id, (String) r.get("title"), place, (String) r.get("document"), (String) r.get("file"),
				number(r.get("lineStart")), number(r.get("lineEnd")), (List<String>) r.get("flags"), (String) r.get("staleReason"),
				occurrences(r.get("occurrences")), candidates, actions);
	}

	@SuppressWarnings("unchecked")
	private static List<Occurrence> occurrences(Object rows) {
		return ((List<Map<String, Object>>) rows).stream()
			.map(o -> new Occurrence((String) o.get("document"), (String) o.get("measure"), (String) o.get("file"),
					number(o.get("lineStart")), number(o.get("lineEnd"))))
			.toList();
	}

	private static ReviewAction correct(String action, CorrectionRequest request) {
		return new ReviewAction(action, "POST", "/api/corrections", request);
	}

	private static Integer number(Object o) {
		return o == null ? null : ((Number) o).intValue();
	}

	/**
	 * The queue.
	 *
	 * @param counts items of each kind (with the jurisdiction filter, whatever kind is asked)
	 * @param total items of the kinds asked
	 * @param page page number, from 0
	 * @param size largest number of items on a page
	 * @param items this page's items: provisional agencies, then measures with no body, flagged units, stale corrections
	 */
	record ReviewQueue(Map<String, Long> counts, long total, int page, int size, List<ReviewItem> items) {
	}

	/**
	 * One thing to review.
	 *
	 * @param kind {@code provisional-agency}, {@code measure-without-body}, {@code flagged-unit} or {@code stale-correction}
	 * @param id the agency, measure or correction
	 * @param title its name, text, or what the correction was
	 * @param jurisdiction place id
	 * @param document document id of a measure or a correction's anchor
	 * @param file source file of a measure
	 * @param lineStart first line
	 * @param lineEnd last line
	 * @param flags the flags that need a look
	 * @param staleReason why a stale correction matches nothing
	 * @param occurrences where a provisional agency is named
	 * @param candidates closest known bodies of a provisional agency
	 * @param actions what resolves the item: a correction to post (with {@code why} and any blank field to fill) or a withdrawal
	 */
	record ReviewItem(String kind, String id, String title, String jurisdiction, String document, String file,
			Integer lineStart, Integer lineEnd, List<String> flags, String staleReason, List<Occurrence> occurrences,
			List<Candidate> candidates, List<ReviewAction> actions) {
	}

	/** Where a provisional agency is named: document, measure, file and lines. */
	record Occurrence(String document, String measure, String file, Integer lineStart, Integer lineEnd) {
	}

	/** A known body whose name is close, with the share of character pairs in common. */
	record Candidate(String id, String name, Double similarity) {
	}

	/**
	 * An action that resolves an item.
	 *
	 * @param action what it does, for people
	 * @param method HTTP method
	 * @param path where to send it
	 * @param request the correction to post, with the item's fields filled in
	 */
	record ReviewAction(String action, String method, String path, CorrectionRequest request) {
	}

	/** Known bodies of the jurisdiction and its ancestors sharing the most character pairs with the surface. */
	List<Candidate> candidates(String surface, String place) {
		Set<String> scope = new HashSet<>();
		this.registry.lineage(place == null ? "" : place).forEach(pl -> scope.add(pl.id()));
		Set<String> grams = bigrams(surface);
		Map<Registry.Body, Double> scores = new HashMap<>();
		for (Registry.Body b : this.registry.bodies().values()) {
			if (!scope.contains(b.place())) {
				continue;
			}
			double best = 0;
			for (String name : b.names()) {
				Set<String> other = bigrams(name);
				long common = grams.stream().filter(other::contains).count();
				best = Math.max(best, grams.isEmpty() ? 0 : (double) common / Math.max(grams.size(), other.size()));
			}
			if (best > 0.2) {
				scores.put(b, best);
			}
		}
		return scores.entrySet().stream().sorted(Map.Entry.<Registry.Body, Double>comparingByValue(Comparator.reverseOrder()))
			.limit(3)
			.map(e -> new Candidate(e.getKey().id(), e.getKey().name(), Math.round(e.getValue() * 100) / 100.0))
			.toList();
	}

	private static Set<String> bigrams(String s) {
		Set<String> out = new HashSet<>();
		for (int i = 0; i + 1 < s.length(); i++) {
			out.add(s.substring(i, i + 2));
		}
		return out;
	}

}
