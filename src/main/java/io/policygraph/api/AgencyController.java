package io.policygraph.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.graph.Vocabulary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agencies, collectives and organisations: who they are and what they carry.
 */
@RestController
@RequestMapping("/api/agencies")
@Tag(name = "agencies", description = "Bodies that lead or share measures")
class AgencyController {

	private final GraphQueries graph;

	private final JurisdictionScope scopes;

	private final Filters filters;

	AgencyController(GraphQueries graph, JurisdictionScope scopes, Filters filters) {
		this.graph = graph;
		this.scopes = scopes;
		this.filters = filters;
	}

	/**
	 * A body in a list.
	 *
	 * @param id canonical id ({@code jinan:生态环境局}) or provisional id ({@code jinan:?市口岸物流办})
	 * @param name short name
	 * @param fullName full name
	 * @param type Agency, AgencyGroup or Organisation
	 * @param level administrative level
	 * @param jurisdiction place id
	 * @param kind kind of body
	 * @param provisional whether the registry does not know it
	 * @param leads measures it leads
	 * @param responsible measures it shares (inherited included)
	 */
	record BodySummary(String id, String name, String fullName, String type, String level, String jurisdiction, String kind,
			boolean provisional, long leads, long responsible) {
	}

	/**
	 * A measure a body carries.
	 *
	 * @param measure measure id
	 * @param role lead, responsible or inherited (lead when the body both leads and shares it)
	 * @param surface the body's name as the text writes it
	 * @param position its place in the written list
	 * @param inherited whether only a default rule gives it
	 * @param document the measure's document
	 * @param path section path
	 * @param excerpt the start of the measure's text
	 * @param others the other bodies on the measure
	 * @param provenance where the fact was read
	 * @param correctedBy ids of the corrections that shaped the fact (ADR 0013), or {@code null} when it is as extracted
	 */
	record Responsibility(String measure, String role, String surface, Integer position, Boolean inherited,
			DocumentRef document, String path, String excerpt, List<OtherBody> others, Provenance provenance,
			List<String> correctedBy) {
	}

	/**
	 * @param id document id
	 * @param title its title
	 * @param docNo its 文号
	 * @param validFrom first day in force
	 * @param validTo last day in force
	 */
	record DocumentRef(String id, String title, String docNo, LocalDate validFrom, LocalDate validTo) {
	}

	/**
	 * @param id body id
	 * @param name its name
	 * @param role its role on the measure
	 */
	record OtherBody(String id, String name, String role) {
	}

	/**
	 * @param file source file
	 * @param lineStart first line
	 * @param lineEnd last line
	 * @param raw the annotation or clause as written
	 */
	record Provenance(String file, Integer lineStart, Integer lineEnd, String raw) {
	}

	/**
	 * A body's profile.
	 *
	 * @param id body id
	 * @param name short name
	 * @param fullName full name
	 * @param aliases other names
	 * @param type Agency, AgencyGroup or Organisation
	 * @param level administrative level
	 * @param kind kind of body
	 * @param provisional whether the registry does not know it
	 * @param place the place it serves
	 * @param parent the body it belongs to
	 * @param members the bodies a collective stands for
	 * @param measures how many measures it leads, shares explicitly, and is given by a default rule
	 */
	record AgencyProfile(String id, String name, String fullName, List<String> aliases, String type, String level,
			String kind, boolean provisional, PlaceRef place, NamedRef parent, List<NamedRef> members, RoleCounts measures) {
	}

	/**
	 * @param id place id
	 * @param name its name
	 * @param kind city, district, zone …
	 */
	record PlaceRef(String id, String name, String kind) {
	}

	/**
	 * @param id body id
	 * @param name its name
	 */
	record NamedRef(String id, String name) {
	}

	/**
	 * @param lead measures led
	 * @param responsible measures shared explicitly
	 * @param inherited measures given by a default rule
	 */
	record RoleCounts(long lead, long responsible, long inherited) {
	}

	@GetMapping
	@Operation(summary = "List bodies, optionally filtered by a name fragment and a jurisdiction (place id or name) "
			+ "with scope within (default: and the places under it) or exact")
	Page<BodySummary> list(@RequestParam(required = false) String q, @RequestParam(required = false) String jurisdiction,
			@RequestParam(defaultValue = "within") String scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Paging paging = new Paging(page, size);
		Map<String, Object> p = new HashMap<>();
		p.put("q", blankToNull(q));
		p.put("places", this.scopes.resolve(jurisdiction, scope).places());
		p.put("skip", paging.skip());
		p.put("size", paging.size());
		String match = """
				MATCH (a) WHERE %s
				  AND ($q IS NULL OR a.name CONTAINS $q OR a.aliasText CONTAINS $q OR a.id CONTAINS $q)
				  AND ($places IS NULL OR a.place IN $places)
				""".formatted(Vocabulary.isBody("a"));
		List<BodySummary> items = this.graph.rows(match + """
				WITH a ORDER BY a.id SKIP $skip LIMIT $size
				RETURN a.id AS id, a.name AS name, a.fullName AS fullName, %s AS type,
				       a.level AS level, a.place AS jurisdiction, a.kind AS kind, coalesce(a.provisional, false) AS provisional,
				       COUNT { (a)-[:LEADS]->() } AS leads, COUNT { (a)-[:RESPONSIBLE_FOR]->() } AS responsible"""
					.formatted(Vocabulary.bodyType("a")), p,
				BodySummary.class);
		return paging.envelope(items, this.graph.count(match + "RETURN count(a) AS c", p));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A body's profile: names, level, place served, parent, counts of lead / responsible / inherited measures")
	AgencyProfile get(@PathVariable String id) {
		Map<String, Object> row = this.graph.one(ReadQueries.AGENCY, Map.of("id", id));
		if (row == null) {
			throw new NotFoundException("agency", id);
		}
		return this.graph.as(row, AgencyProfile.class);
	}

	@GetMapping("/{id}/responsibilities")
	@Operation(summary = "The measures a body leads or shares, with the other bodies on each and provenance; role lead, "
			+ "responsible (explicit), inherited (default rule) or any; inherited=false leaves out default-rule facts; "
			+ "jurisdiction + scope and asOf filter by the measures' documents")
	Page<Responsibility> responsibilities(@PathVariable String id, @RequestParam(defaultValue = "any") String role,
			@RequestParam(defaultValue = "true") boolean inherited, @RequestParam(required = false) String document,
			@RequestParam(required = false) String jurisdiction, @RequestParam(defaultValue = "within") String scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Paging paging = new Paging(page, size);
		Map<String, Object> p = this.filters.of(jurisdiction, scope, asOf, inherited, role).into(new HashMap<>());
		p.put("id", id);
		p.put("document", blankToNull(document));
		p.put("skip", paging.skip());
		p.put("size", paging.size());
		Map<String, Object> row = this.graph.one(ReadQueries.RESPONSIBILITIES, p);
		if (row == null) {
			throw new NotFoundException("agency", id);
		}
		List<Responsibility> items = ((List<?>) row.get("items")).stream().map(i -> this.graph.as(i, Responsibility.class)).toList();
		return paging.envelope(items, ((Number) row.get("total")).longValue());
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
