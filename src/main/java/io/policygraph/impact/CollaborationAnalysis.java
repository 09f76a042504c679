package io.policygraph.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Workload of agencies and the network of agencies that share measures, with degree and betweenness
 * centrality, bridges and articulation points computed by JGraphT. Links stream from the database
 * straight into the graph; betweenness is exact up to {@code policygraph.analytics.exact-betweenness-limit}
 * agencies and sampled above it (see {@link Betweenness}), and the answer says which.
 */
@Service
public class CollaborationAnalysis {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	/** Lists of articulation points and bridges stop here; their counts are always complete. */
	static final int MAX_LISTED = 1000;

	private static final long SEED = 20260801L;

	private static final String WORKLOAD = """
			MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(:Measure)
			WHERE (a:Agency OR a:AgencyGroup OR a:Organisation) AND ($jurisdiction IS NULL OR a.place = $jurisdiction)
			WITH a, sum(CASE WHEN r:LEADS THEN 1 ELSE 0 END) AS lead,
			     sum(CASE WHEN r:RESPONSIBLE_FOR AND NOT r.inherited THEN 1 ELSE 0 END) AS responsible,
			     sum(CASE WHEN r.inherited THEN 1 ELSE 0 END) AS inherited
			RETURN a.id AS id, a.name AS name, a.place AS jurisdiction, lead, responsible, inherited
			ORDER BY lead + responsible + inherited DESC, id
			LIMIT $top""";

	/** Each measure's bodies once, then every pair of them: a pair shares a measure however many edges they have to it. */
	private static final String LINKS = """
			MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(m:Measure)
			WHERE (a:Agency OR a:AgencyGroup OR a:Organisation) AND ($jurisdiction IS NULL OR a.place = $jurisdiction)
			  AND ($inherited OR NOT r.inherited)
			WITH m, collect(DISTINCT a.id) AS ids
			WHERE size(ids) > 1
			UNWIND ids AS x
			UNWIND ids AS y
			WITH x, y WHERE x < y
			RETURN x AS a, y AS b, count(*) AS shared""";

	private final Driver driver;

	private final int exactLimit;

	private final int samples;

	public CollaborationAnalysis(Driver driver,
			@Value("${policygraph.analytics.exact-betweenness-limit:2000}") int exactLimit,
			@Value("${policygraph.analytics.betweenness-samples:200}") int samples) {
		this.driver = driver;
		this.exactLimit = exactLimit;
		this.samples = samples;
	}

	public Map<String, Object> analyse(String jurisdiction, boolean includeInherited, int top) {
		Map<String, Object> p = new HashMap<>();
		p.put("jurisdiction", jurisdiction);
		p.put("inherited", includeInherited);
		p.put("top", top);
		List<Map<String, Object>> workload;
		Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		try (var session = this.driver.session(READ)) {
			workload = session.run(WORKLOAD, p).list(Record::asMap);
			session.run(LINKS, p).forEachRemaining(row -> {
				String a = row.get("a").asString();
				String b = row.get("b").asString();
				g.addVertex(a);
				g.addVertex(b);
				g.setEdgeWeight(g.addEdge(a, b), row.get("shared").asLong());
			});
		}
		Betweenness.Scores<String> betweenness = Betweenness.of(g, this.exactLimit, this.samples, SEED);
		BiconnectivityInspector<String, DefaultWeightedEdge> bi = new BiconnectivityInspector<>(g);
		Set<String> cutpoints = bi.getCutpoints();
		Set<DefaultWeightedEdge> bridgeEdges = bi.getBridges();

		List<Map<String, Object>> centrality = new ArrayList<>();
		for (String v : g.vertexSet()) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("id", v);
			c.put("degree", g.degreeOf(v));
			c.put("sharedMeasures", g.edgesOf(v).stream().mapToDouble(g::getEdgeWeight).sum());
			c.put("betweenness", Math.round(betweenness.byVertex().getOrDefault(v, 0.0) * 10000) / 10000.0);
			c.put("articulationPoint", cutpoints.contains(v));
			centrality.add(c);
		}
		centrality.sort(Comparator.comparingDouble((Map<String, Object> c) -> (Double) c.get("betweenness")).reversed()
			.thenComparing(Comparator.comparingInt((Map<String, Object> c) -> (Integer) c.get("degree")).reversed())
			.thenComparing(c -> (String) c.get("id")));
		Comparator<Map<String, Object>> byEnds = Comparator.comparing((Map<String, Object> x) -> (String) x.get("a"))
			.thenComparing(x -> (String) x.get("b"));
		List<Map<String, Object>> topPairs = g.edgeSet().stream().map(e -> link(g, e))
			.sorted(Comparator.comparingLong((Map<String, Object> x) -> (Long) x.get("shared")).reversed().thenComparing(byEnds))
			.limit(top).toList();
		List<Map<String, Object>> bridges = bridgeEdges.stream().map(e -> link(g, e)).sorted(byEnds).limit(MAX_LISTED).toList();

		Map<String, Object> out = new LinkedHashMap<>();
		out.put("jurisdiction", jurisdiction);
		out.put("includeInherited", includeInherited);
		out.put("workload", workload);
		Map<String, Object> network = new LinkedHashMap<>();
		network.put("agencies", g.vertexSet().size());
		network.put("links", g.edgeSet().size());
		network.put("betweenness", Map.of("method", betweenness.method(), "sources", betweenness.sources(), "seed",
				betweenness.seed(), "normalisedBy", "(n-1)(n-2)/2 agency pairs; paths counted in hops"));
		network.put("centrality", centrality.subList(0, Math.min(top, centrality.size())));
		network.put("mostSharedPairs", topPairs);
		network.put("articulationPointCount", cutpoints.size());
		network.put("articulationPoints", cutpoints.stream().sorted().limit(MAX_LISTED).toList());
		network.put("bridgeCount", bridgeEdges.size());
		network.put("bridges", bridges);
		out.put("collaboration", network);
		return out;
	}

	private static Map<String, Object> link(Graph<String, DefaultWeightedEdge> g, DefaultWeightedEdge e) {
		String s = g.getEdgeSource(e);
		String t = g.getEdgeTarget(e);
		boolean ordered = s.compareTo(t) <= 0;
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("a", ordered ? s : t);
		m.put("b", ordered ? t : s);
		m.put("shared", (long) g.getEdgeWeight(e));
		return m;
	}

}
