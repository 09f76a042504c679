package io.policygraph.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.policygraph.graph.Transactions;
import io.policygraph.graph.Vocabulary;

import org.springframework.stereotype.Service;

/**
 * What happens to the measures an agency carries when it is removed or merged into another body: which
 * lose their only lead, which are left with no body at all, which are shared; which chains, segments,
 * parks, projects and places they support; and, for a merge, the receiving body's load before and after.
 */
@Service
public class AgencyChangeAnalysis {

	public enum Change {

		REMOVE, MERGE

	}

	private final Transactions transactions;

	public AgencyChangeAnalysis(Transactions transactions) {
		this.transactions = transactions;
	}

	/**
	 * {@return what the change does to the measures the agency carries}
	 * @param places the places whose documents' measures count ({@code null}: all), as on every list
	 * @param asOf only documents in force that day ({@code null}: any day)
	 * @param includeInherited whether facts given by a default rule count (the API's {@code inherited})
	 */
	public Map<String, Object> analyse(String agency, Change change, String into, List<String> places, LocalDate asOf,
			boolean includeInherited) {
		Map<String, Object> subject = body(agency);
		if (subject == null) {
			throw new NotInGraphException("agency", agency);
		}
		Map<String, Object> receiver = null;
		if (change == Change.MERGE) {
			if (into == null || into.isBlank()) {
				throw new IllegalArgumentException("a merge needs 'into': the id of the receiving agency");
			}
			if (into.equals(agency)) {
				throw new IllegalArgumentException("an agency cannot be merged into itself");
			}
			receiver = body(into);
			if (receiver == null) {
				throw new NotInGraphException("agency", into);
			}
		}
		Map<String, Object> p = new HashMap<>();
		p.put("id", agency);
		p.put("asOf", asOf);
		p.put("places", places);
		List<Map<String, Object>> rows = new ArrayList<>(this.transactions.rows(Queries.BODY + """
				MATCH (a)-[r:%1$s]->(m:Measure)
				MATCH (d:Document {id: m.documentId})
				WHERE %2$s
				WITH a, m, d, collect({lead: r:LEADS, inherited: r.inherited}) AS own
				RETURN m.id AS measure, m.path AS path, left(m.text, 80) AS excerpt, d.id AS document, d.title AS title,
				       own,
				       [(o)-[x:%1$s]->(m) WHERE o <> a | {id: o.id, lead: x:LEADS, inherited: x.inherited}] AS others,
				       [(m)-[:SUPPORTS]->(t) WHERE t:Chain OR t:ChainSegment OR t:Park OR t:Project OR t:Place |
				         {id: t.id, type: labels(t)[0], name: t.name}] AS supports"""
			.formatted(Vocabulary.RESPONSIBILITY, Vocabulary.documentInScope("d")), p));
		List<Map<String, Object>> noLead = new ArrayList<>();
		List<Map<String, Object>> orphaned = new ArrayList<>();
		List<Map<String, Object>> shared = new ArrayList<>();
		List<Map<String, Object>> inheritedOnly = new ArrayList<>();
		Map<String, Map<String, Object>> supported = new TreeMap<>();
		for (Map<String, Object> row : rows) {
			List<Map<String, Object>> own = maps(row.get("own"));
			boolean explicit = own.stream().anyMatch(o -> !bool(o.get("inherited")));
			boolean leads = own.stream().anyMatch(o -> bool(o.get("lead")));
			List<Map<String, Object>> others = maps(row.get("others")).stream()
				.filter(o -> includeInherited || !bool(o.get("inherited")))
				.filter(o -> change != Change.MERGE || !o.get("id").equals(into))
				.toList();
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("measure", row.get("measure"));
			item.put("document", row.get("document"));
			item.put("documentTitle", row.get("title"));
			item.put("path", row.get("path"));
			item.put("excerpt", row.get("excerpt"));
			item.put("role", leads ? "lead" : explicit ? "responsible" : "inherited");
			item.put("remaining", others.stream().map(o -> o.get("id")).toList());
			if (!explicit) {
				inheritedOnly.add(item);
				if (!includeInherited) {
					continue;
				}
			}
			if (change == Change.MERGE) {
				shared.add(item);
			}
			else if (others.isEmpty()) {
				orphaned.add(item);
			}
			else if (leads && others.stream().noneMatch(o -> bool(o.get("lead")))) {
				noLead.add(item);
			}
			else {
				shared.add(item);
			}
			boolean loses = change == Change.REMOVE && others.isEmpty();
			for (Map<String, Object> s : maps(row.get("supports"))) {
				Map<String, Object> entry = supported.computeIfAbsent(s.get("type") + ":" + s.get("id"), k -> {
					Map<String, Object> e = new LinkedHashMap<>(s);
					e.put("affectedMeasures", 0);
					e.put("measuresLeftWithoutAnyBody", 0);
					return e;
				});
				entry.merge("affectedMeasures", 1, (x, y) -> (Integer) x + (Integer) y);
				if (loses) {
					entry.merge("measuresLeftWithoutAnyBody", 1, (x, y) -> (Integer) x + (Integer) y);
				}
			}
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("agency", subject);
		out.put("change", change.name().toLowerCase());
		out.put("asOf", asOf);
		out.put("inherited", includeInherited);
		out.put("measuresAffected", rows.size());
		out.put("leftWithoutAnyLead", grouped(noLead));
		out.put("leftWithoutAnyResponsibleBody", grouped(orphaned));
		out.put("shared", grouped(shared));
		out.put("inheritedOnly", grouped(inheritedOnly));
		Map<String, List<Map<String, Object>>> byType = new TreeMap<>();
		supported.values().forEach(s -> byType.computeIfAbsent((String) s.remove("type"), k -> new ArrayList<>()).add(s));
		out.put("supports", byType);
		if (receiver != null) {
			out.put("into", receiver);
			out.put("receiverLoad", load(agency, into, places, asOf, includeInherited));
		}
		return out;
	}

	/** Distinct measures the receiver leads / carries now, and after taking over the merged agency's. */
	private Map<String, Object> load(String from, String into, List<String> places, LocalDate asOf, boolean includeInherited) {
		Map<String, Object> p = new HashMap<>();
		p.put("places", places);
		p.put("from", from);
		p.put("into", into);
		p.put("asOf", asOf);
		p.put("inherited", includeInherited);
		Map<String, Object> row = this.transactions.one(Vocabulary.bodyById("x", "from") + Vocabulary.bodyById("y", "into") + """
				CALL (x, y) {
				  MATCH (b)-[r:%s]->(m:Measure) WHERE b = x OR b = y
				  MATCH (d:Document {id: m.documentId})
				  WHERE ($inherited OR NOT r.inherited) AND %s
				  RETURN count(DISTINCT CASE WHEN b = y AND r:LEADS THEN m END) AS leadsBefore,
				         count(DISTINCT CASE WHEN b = y THEN m END) AS measuresBefore,
				         count(DISTINCT CASE WHEN r:LEADS THEN m END) AS leadsAfter,
				         count(DISTINCT m) AS measuresAfter
				}
				RETURN {lead: leadsBefore, any: measuresBefore} AS before, {lead: leadsAfter, any: measuresAfter} AS after"""
				.formatted(Vocabulary.RESPONSIBILITY, Vocabulary.documentInScope("d")), p).orElseThrow();
		return row;
	}

	private Map<String, Object> body(String id) {
		return this.transactions.one(Queries.BODY + "RETURN a.id AS id, a.name AS name, a.place AS jurisdiction", Map.of("id", id)).orElse(null);
	}

	/** Groups measure items by document, then by section path, keeping document order. */
	static List<Map<String, Object>> grouped(List<Map<String, Object>> items) {
		Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
		for (Map<String, Object> item : items) {
			Map<String, Object> doc = docs.computeIfAbsent((String) item.get("document"), k -> {
				Map<String, Object> d = new LinkedHashMap<>();
				d.put("document", item.get("document"));
				d.put("title", item.get("documentTitle"));
				d.put("sections", new LinkedHashMap<String, List<Map<String, Object>>>());
				return d;
			});
			@SuppressWarnings("unchecked")
			Map<String, List<Map<String, Object>>> sections = (Map<String, List<Map<String, Object>>>) doc.get("sections");
			Map<String, Object> copy = new LinkedHashMap<>(item);
			copy.remove("document");
			copy.remove("documentTitle");
			sections.computeIfAbsent((String) item.get("path"), k -> new ArrayList<>()).add(copy);
		}
		return new ArrayList<>(docs.values());
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Object o) {
		return o == null ? List.of() : (List<Map<String, Object>>) o;
	}

	static boolean bool(Object o) {
		return Boolean.TRUE.equals(o);
	}

}
