package io.policygraph.impact;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;

import io.policygraph.graph.Transactions;
import io.policygraph.graph.Vocabulary;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Workload of agencies and the network of agencies that share measures, with degree and betweenness
 * centrality, bridges and articulation points. Networks up to {@link AnalyticsProperties#jgraphtLimit()}
 * agencies (a jurisdiction, the seed graph) are scored by JGraphT; larger ones by the same algorithms on
 * compact arrays ({@link CollaborationNetwork}), betweenness exact while its work fits the budget and
 * from sampled sources beyond it. The answer says which (ADR 0006).
 */
@Service
public class CollaborationAnalysis {

	private static final Logger log = LoggerFactory.getLogger(CollaborationAnalysis.class);

	/** Lists of articulation points and bridges stop here; their counts are always complete. */
	static final int MAX_LISTED = 1000;

	static final long SEED = 20260801L;

	/** The bodies of the places {@code $places}, through the place indexes. */
	private static final String IN_JURISDICTION = """
			UNWIND $places AS place
			CALL (place) {
			  MATCH (a:Agency {place: place}) RETURN a
			  UNION MATCH (a:AgencyGroup {place: place}) RETURN a
			  UNION MATCH (a:Organisation {place: place}) RETURN a
			}
			""";

	private static final String WORKLOAD = """
			MATCH (a)-[r:%1$s]->(:Measure)
			WHERE ($jurisdiction IS NOT NULL OR %2$s) AND %3$s
			WITH a, sum(CASE WHEN r:LEADS THEN 1 ELSE 0 END) AS lead,
			     sum(CASE WHEN r:RESPONSIBLE_FOR AND NOT r.inherited THEN 1 ELSE 0 END) AS responsible,
			     sum(CASE WHEN r.inherited THEN 1 ELSE 0 END) AS inherited
			RETURN a.id AS id, a.name AS name, a.place AS jurisdiction, lead, responsible, inherited
			ORDER BY lead + responsible + inherited DESC, id
			LIMIT $top""".formatted(Vocabulary.RESPONSIBILITY, Vocabulary.isBody("a"), Vocabulary.fact("r"));

	/** Each measure's bodies in the role asked for (those of the jurisdiction, when one is asked for). */
	private static final String BODIES = """
			MATCH (m:Measure)
			WITH [(a)-[r:%s]->(m) WHERE %s
			      AND %s | a.id] AS ids
			WHERE size(ids) > 1
			RETURN ids""".formatted(Vocabulary.RESPONSIBILITY, Vocabulary.isBody("a"), Vocabulary.fact("r"));

	private static final String BODIES_IN_JURISDICTION = IN_JURISDICTION + """
			MATCH (a)-[r:%s]->(m:Measure)
			WHERE %s
			WITH m, collect(DISTINCT a.id) AS ids
			WHERE size(ids) > 1
			RETURN ids""".formatted(Vocabulary.RESPONSIBILITY, Vocabulary.fact("r"));

	private final Transactions transactions;

	private final AnalyticsProperties properties;

	public CollaborationAnalysis(Transactions transactions, AnalyticsProperties properties) {
		this.transactions = transactions;
		this.properties = properties;
	}

	/** {@return the analysis of the bodies of one place only, or of the whole graph when it is {@code null}} */
	public Map<String, Object> analyse(String jurisdiction, boolean includeInherited, int top) {
		return analyse(jurisdiction, jurisdiction == null ? null : List.of(jurisdiction), includeInherited, "any", top);
	}

	/**
	 * {@return the analysis of the bodies of the places given}
	 * @param jurisdiction the place asked for, for the answer; {@code null} for the whole graph
	 * @param places the ids of the places whose bodies count (the place and those under it, or itself alone)
	 * @param role the facts that count, in the workload and the network alike: {@code any}, {@code lead}, {@code responsible}
	 * or {@code inherited}; two bodies are linked when both carry a measure in that role
	 */
	public Map<String, Object> analyse(String jurisdiction, List<String> places, boolean includeInherited, String role, int top) {
		Map<String, Object> p = new HashMap<>();
		p.put("jurisdiction", jurisdiction);
		p.put("places", places);
		p.put("inherited", includeInherited);
		p.put("role", role);
		p.put("top", top);
		long started = System.nanoTime();
		// one transaction, so that the ranking and the network describe the same graph; a retry starts both afresh
		Read graph = this.transactions.read(tx -> {
			CollaborationNetwork.Builder builder = new CollaborationNetwork.Builder();
			List<Map<String, Object>> rows = tx.run(jurisdiction == null ? WORKLOAD : IN_JURISDICTION + WORKLOAD, p)
				.list(Record::asMap);
			tx.run(jurisdiction == null ? BODIES : BODIES_IN_JURISDICTION, p)
				.forEachRemaining(row -> builder.measure(row.get("ids").asList(Value::asString)));
			return new Read(rows, builder.build());
		});
		List<Map<String, Object>> workload = graph.workload();
		CollaborationNetwork network = graph.network();
		long read = System.nanoTime();
		Scores scores = network.agencies() <= this.properties.jgraphtLimit() ? jgrapht(network) : arrays(network);
		long done = System.nanoTime();
		// national networks take seconds and are worth a line at INFO; jurisdictions only when debugging
		boolean slow = done - started > 1_000_000_000L;
		if (slow ? log.isInfoEnabled() : log.isDebugEnabled()) {
			String line = String.format("analytics %s: %d agencies, %d links read in %d ms, scored by %s (%s betweenness) in %d ms",
					jurisdiction == null ? "(whole graph)" : jurisdiction, network.agencies(), network.links(),
					(read - started) / 1_000_000, scores.engine, scores.method, (done - read) / 1_000_000);
			if (slow) {
				log.info(line);
			}
			else {
				log.debug(line);
			}
		}

		List<Integer> ranked = first(top, network.agencies(),
				Comparator.comparingDouble((Integer v) -> scores.betweenness[v]).reversed()
					.thenComparing(Comparator.comparingInt(network::degree).reversed())
					.thenComparing(network::id));
		List<Map<String, Object>> centrality = new ArrayList<>();
		for (int v : ranked) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("id", network.id(v));
			c.put("degree", network.degree(v));
			c.put("sharedMeasures", network.sharedMeasures(v));
			c.put("betweenness", significant(scores.betweenness[v]));
			c.put("articulationPoint", scores.articulationPoints.get(v));
			centrality.add(c);
		}
		List<Map<String, Object>> topPairs = first(top, network.links(),
				Comparator.comparingInt(network::shared).reversed().thenComparing(Comparator.<Integer>naturalOrder()))
			.stream().map(l -> link(network, l)).toList();

		Map<String, Object> betweenness = new LinkedHashMap<>();
		betweenness.put("method", scores.method);
		betweenness.put("engine", scores.engine);
		betweenness.put("sources", scores.sources);
		if (!"exact".equals(scores.method)) {
			betweenness.put("seed", SEED);
		}
		betweenness.put("normalisedBy", "(n-1)(n-2)/2 agency pairs; paths counted in hops");

		Map<String, Object> out = new LinkedHashMap<>();
		out.put("jurisdiction", jurisdiction);
		out.put("inherited", includeInherited);
		out.put("role", role);
		out.put("workload", workload);
		Map<String, Object> collaboration = new LinkedHashMap<>();
		collaboration.put("agencies", network.agencies());
		collaboration.put("links", network.links());
		collaboration.put("betweenness", betweenness);
		collaboration.put("centrality", centrality);
		collaboration.put("mostSharedPairs", topPairs);
		collaboration.put("articulationPointCount", scores.articulationPoints.cardinality());
		collaboration.put("articulationPoints",
				scores.articulationPoints.stream().limit(MAX_LISTED).mapToObj(network::id).toList());
		collaboration.put("bridgeCount", scores.bridges.length);
		collaboration.put("bridges", IntStream.of(scores.bridges).limit(MAX_LISTED).mapToObj(l -> link(network, l)).toList());
		out.put("collaboration", collaboration);
		return out;
	}

	/** What one read transaction brought: the workload rows and the network of shared measures. */
	private record Read(List<Map<String, Object>> workload, CollaborationNetwork network) {
	}

	private record Scores(double[] betweenness, String method, int sources, String engine, BitSet articulationPoints,
			int[] bridges) {
	}

	/** JGraphT's exact betweenness on hop counts and its biconnectivity inspector. */
	private static Scores jgrapht(CollaborationNetwork network) {
		Graph<String, DefaultWeightedEdge> g = network.toJGraphT();
		Map<String, Double> raw = new BetweennessCentrality<>(new AsUnweightedGraph<>(g), false).getScores();
		int n = network.agencies();
		double pairs = (n - 1.0) * (n - 2.0) / 2.0;
		double[] betweenness = new double[n];
		for (int v = 0; v < n; v++) {
			betweenness[v] = pairs > 0 ? raw.get(network.id(v)) / pairs : 0.0;
		}
		BiconnectivityInspector<String, DefaultWeightedEdge> inspector = new BiconnectivityInspector<>(g);
		Set<String> cutpoints = inspector.getCutpoints();
		BitSet articulation = new BitSet(n);
		for (int v = 0; v < n; v++) {
			if (cutpoints.contains(network.id(v))) {
				articulation.set(v);
			}
		}
		Set<DefaultWeightedEdge> bridgeEdges = inspector.getBridges();
		int[] bridges = IntStream.range(0, network.links())
			.filter(l -> bridgeEdges.contains(g.getEdge(network.linkA(l), network.linkB(l)))).toArray();
		return new Scores(betweenness, "exact", n, "jgrapht", articulation, bridges);
	}

	/** The same algorithms on arrays, betweenness from as many sources as the work budget allows. */
	private Scores arrays(CollaborationNetwork network) {
		int n = network.agencies();
		long work = network.exactBetweennessWork();
		long budget = this.properties.betweennessWorkBudget();
		int sources = work <= budget ? n : (int) Math.max(1, Math.min(n, budget * (double) n / work));
		double[] betweenness = network.betweenness(sources, SEED);
		CollaborationNetwork.Biconnectivity bi = network.biconnectivity();
		return new Scores(betweenness, sources >= n ? "exact" : "sampled", Math.min(sources, n), "arrays",
				bi.articulationPoints(), bi.bridges());
	}

	/**
	 * The first k of 0 … n−1 in the given order, kept in a bounded heap: a national network has over a
	 * million links, and only the top few are answered.
	 */
	private static List<Integer> first(int k, int n, Comparator<Integer> order) {
		PriorityQueue<Integer> kept = new PriorityQueue<>(k + 1, order.reversed());
		for (int i = 0; i < n; i++) {
			kept.add(i);
			if (kept.size() > k) {
				kept.poll();
			}
		}
		List<Integer> out = new ArrayList<>(kept);
		out.sort(order);
		return out;
	}

	/** Six significant digits: national networks give scores far below 0.0001. */
	private static double significant(double x) {
		if (x == 0.0) {
			return 0.0;
		}
		return new java.math.BigDecimal(x).round(new java.math.MathContext(6)).doubleValue();
	}

	private static Map<String, Object> link(CollaborationNetwork network, int l) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("a", network.linkA(l));
		m.put("b", network.linkB(l));
		m.put("shared", network.shared(l));
		return m;
	}

}
