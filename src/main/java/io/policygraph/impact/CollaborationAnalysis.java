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
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Workload of agencies and the network of agencies that share measures, with degree and betweenness
 * centrality, bridges and articulation points computed by JGraphT.
 */
@Service
public class CollaborationAnalysis {

	private final Neo4jClient client;

	public CollaborationAnalysis(Neo4jClient client) {
		this.client = client;
	}

	public Map<String, Object> analyse(String jurisdiction, boolean includeInherited, int top) {
		Map<String, Object> p = new HashMap<>();
		p.put("jurisdiction", jurisdiction);
		p.put("inherited", includeInherited);
		List<Map<String, Object>> workload = new ArrayList<>(this.client.query("""
				MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(:Measure)
				WHERE (a:Agency OR a:AgencyGroup OR a:Organisation) AND ($jurisdiction IS NULL OR a.place = $jurisdiction)
				WITH a, sum(CASE WHEN r:LEADS THEN 1 ELSE 0 END) AS lead,
				     sum(CASE WHEN r:RESPONSIBLE_FOR AND NOT r.inherited THEN 1 ELSE 0 END) AS responsible,
				     sum(CASE WHEN r.inherited THEN 1 ELSE 0 END) AS inherited
				RETURN a.id AS id, a.name AS name, a.place AS jurisdiction, lead, responsible, inherited
				ORDER BY lead + responsible + inherited DESC, id""").bindAll(p).fetch().all());
		List<Map<String, Object>> pairs = new ArrayList<>(this.client.query("""
				MATCH (a)-[r1:LEADS|RESPONSIBLE_FOR]->(m:Measure)<-[r2:LEADS|RESPONSIBLE_FOR]-(b)
				WHERE elementId(a) < elementId(b) AND ($inherited OR (NOT r1.inherited AND NOT r2.inherited))
				  AND ($jurisdiction IS NULL OR (a.place = $jurisdiction AND b.place = $jurisdiction))
				RETURN a.id AS a, b.id AS b, count(DISTINCT m) AS shared""").bindAll(p).fetch().all());
		Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		for (Map<String, Object> pair : pairs) {
			String a = (String) pair.get("a");
			String b = (String) pair.get("b");
			g.addVertex(a);
			g.addVertex(b);
			DefaultWeightedEdge e = g.addEdge(a, b);
			if (e != null) {
				g.setEdgeWeight(e, ((Number) pair.get("shared")).doubleValue());
			}
		}
		Map<String, Double> betweenness = new BetweennessCentrality<>(g, true).getScores();
		BiconnectivityInspector<String, DefaultWeightedEdge> bi = new BiconnectivityInspector<>(g);
		Set<String> cutpoints = bi.getCutpoints();
		List<Map<String, Object>> centrality = new ArrayList<>();
		for (String v : g.vertexSet()) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("id", v);
			c.put("degree", g.degreeOf(v));
			c.put("sharedMeasures", g.edgesOf(v).stream().mapToDouble(g::getEdgeWeight).sum());
			c.put("betweenness", Math.round(betweenness.getOrDefault(v, 0.0) * 10000) / 10000.0);
			c.put("articulationPoint", cutpoints.contains(v));
			centrality.add(c);
		}
		centrality.sort(Comparator.comparingDouble((Map<String, Object> c) -> (Double) c.get("betweenness")).reversed()
			.thenComparing(c -> (String) c.get("id")));
		List<Map<String, Object>> topPairs = pairs.stream()
			.sorted(Comparator.comparingLong((Map<String, Object> x) -> ((Number) x.get("shared")).longValue()).reversed())
			.limit(top).toList();
		List<Map<String, Object>> bridges = bi.getBridges().stream()
			.map(e -> Map.<String, Object>of("a", g.getEdgeSource(e), "b", g.getEdgeTarget(e), "shared", g.getEdgeWeight(e)))
			.sorted(Comparator.comparing((Map<String, Object> x) -> (String) x.get("a")).thenComparing(x -> (String) x.get("b")))
			.toList();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("jurisdiction", jurisdiction);
		out.put("includeInherited", includeInherited);
		out.put("workload", workload.subList(0, Math.min(top, workload.size())));
		Map<String, Object> network = new LinkedHashMap<>();
		network.put("agencies", g.vertexSet().size());
		network.put("links", g.edgeSet().size());
		network.put("centrality", centrality.subList(0, Math.min(top, centrality.size())));
		network.put("mostSharedPairs", topPairs);
		network.put("articulationPoints", cutpoints.stream().sorted().toList());
		network.put("bridges", bridges);
		out.put("collaboration", network);
		return out;
	}


}
