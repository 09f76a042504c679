package io.policygraph.api;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.graph.Vocabulary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * One measure with the bodies that lead, share or inherit it, in written order, and its provenance.
 */
@RestController
@Tag(name = "measures")
class MeasureController {

	private final GraphQueries graph;

	MeasureController(GraphQueries graph) {
		this.graph = graph;
	}

	/**
	 * A measure with everything known about it.
	 *
	 * @param id measure id
	 * @param path section path ({@code 二/（三）/4})
	 * @param title its heading words, when it has some
	 * @param text its text
	 * @param openList whether its list of bodies ends open (等)
	 * @param document the document it belongs to
	 * @param lead the bodies leading it, in written order
	 * @param responsible the bodies sharing it explicitly, in written order
	 * @param inherited the bodies a default rule adds
	 * @param supports the chains, segments, parks, projects and places its text names
	 * @param targets the targets it sets
	 * @param funding money it offers, or {@code null}
	 * @param provenance where it was read
	 * @param correctedBy ids of the reviewers' corrections that shaped its facts (ADR 0013), or {@code null}
	 */
	record MeasureView(String id, String path, String title, String text, Boolean openList, Document document,
			List<Body> lead, List<Body> responsible, List<Body> inherited, List<Support> supports, List<Target> targets,
			Funding funding, Provenance provenance, List<String> correctedBy) {
	}

	/**
	 * @param id document id
	 * @param title its title
	 * @param docNo its 文号
	 * @param issuer the issuing body as written
	 * @param kind 规划, 实施方案 …
	 * @param validFrom first day in force
	 * @param validTo last day in force
	 * @param jurisdiction place id
	 */
	record Document(String id, String title, String docNo, String issuer, String kind, LocalDate validFrom,
			LocalDate validTo, String jurisdiction) {
	}

	/**
	 * @param id body id
	 * @param name its name
	 * @param surface its name as this measure writes it (the first, when several name it)
	 * @param surfaces every name of it this measure writes
	 * @param role lead, responsible or inherited
	 * @param position its place in the written list
	 * @param roleWord the keyword that gave the role (牵头单位, 责任单位 …)
	 * @param provisional whether the registry does not know it
	 * @param correctedBy ids of the corrections that shaped this fact, or {@code null} when it is as extracted
	 */
	record Body(String id, String name, String surface, List<String> surfaces, String role, Integer position,
			String roleWord, boolean provisional, List<String> correctedBy) {
	}

	/**
	 * @param kind Chain, ChainSegment, Park, Project or Place
	 * @param id its id
	 * @param name its name
	 * @param surface the words of the measure that name it (first mention)
	 * @param line the line of that mention
	 */
	record Support(String kind, String id, String name, String surface, Integer line) {
	}

	/**
	 * @param metric what is counted
	 * @param value the figure
	 * @param unit its unit
	 * @param comparator 达到, 不低于 …
	 * @param year the year it is for
	 * @param text the words stating it
	 * @param line the line stating it
	 */
	record Target(String metric, Double value, String unit, String comparator, Integer year, String text, Integer line) {
	}

	/**
	 * @param capYuan the largest amount named, in yuan
	 * @param basis how each amount is reckoned
	 * @param text the words stating them
	 */
	record Funding(Long capYuan, List<String> basis, List<String> text) {
	}

	/**
	 * @param file source file
	 * @param lineStart first line
	 * @param lineEnd last line
	 * @param raw the annotation as written
	 * @param pattern the written form that gave the bodies
	 */
	record Provenance(String file, Integer lineStart, Integer lineEnd, String raw, String pattern) {
	}

	@GetMapping("/api/measures/{id}")
	@Operation(summary = "A measure: lead / responsible / inherited bodies (written order), document, section path, "
			+ "what it supports (chains, segments, parks, projects, places), targets, funding, provenance")
	MeasureView get(@PathVariable String id) {
		Map<String, Object> row = this.graph.one(ReadQueries.MEASURE, Map.of("id", id));
		if (row == null) {
			throw new NotFoundException("measure", id);
		}
		Map<String, Object> m = castMap(row.get("measure"));
		Map<String, List<Body>> byRole = new LinkedHashMap<>();
		for (String role : List.of(Vocabulary.ROLE_LEAD, Vocabulary.ROLE_RESPONSIBLE, Vocabulary.ROLE_INHERITED)) {
			byRole.put(role, ((List<?>) row.get("bodies")).stream()
				.map(b -> this.graph.as(b, Body.class))
				.filter(b -> role.equals(b.role()))
				.sorted(Comparator.comparing(Body::position, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList());
		}
		return new MeasureView((String) m.get("id"), (String) m.get("path"), (String) m.get("title"), (String) m.get("text"),
				(Boolean) m.get("openList"), this.graph.as(row.get("document"), Document.class),
				byRole.get(Vocabulary.ROLE_LEAD), byRole.get(Vocabulary.ROLE_RESPONSIBLE), byRole.get(Vocabulary.ROLE_INHERITED),
				((List<?>) row.get("supports")).stream().map(x -> this.graph.as(x, Support.class)).toList(),
				((List<?>) row.get("targets")).stream().map(x -> this.graph.as(x, Target.class)).toList(),
				row.get("funding") == null ? null : this.graph.as(row.get("funding"), Funding.class),
				this.graph.as(row.get("provenance"), Provenance.class), castList(m.get("correctedBy")));
	}

	@SuppressWarnings("unchecked")
	private static List<String> castList(Object o) {
		return (List<String>) o;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> castMap(Object o) {
		return (Map<String, Object>) o;
	}

}
