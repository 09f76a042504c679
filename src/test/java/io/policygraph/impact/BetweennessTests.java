package io.policygraph.impact;

import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BetweennessTests {

	/** A path a – b – c plus d hanging off b: b lies on the paths a–c, a–d and c–d, nobody else lies on any. */
	@Test
	void exactScoresOnAStarCheckedByHand() {
		Graph<String, DefaultEdge> g = graph("a-b", "b-c", "b-d");
		Betweenness.Scores<String> scores = Betweenness.of(g, 100, 10, 1);
		assertThat(scores.exact()).isTrue();
		assertThat(scores.sources()).isEqualTo(4);
		// 3 of the (4-1)(4-2)/2 = 3 pairs go through b
		assertThat(scores.byVertex().get("b")).isEqualTo(1.0);
		assertThat(scores.byVertex().get("a")).isZero();
	}

	/** Two shortest paths a–b–d and a–c–d share the pair (a, d): b and c get half of it each. */
	@Test
	void equalShortestPathsShareThePair() {
		Graph<String, DefaultEdge> g = graph("a-b", "a-c", "b-d", "c-d");
		Map<String, Double> scores = Betweenness.of(g, 100, 10, 1).byVertex();
		assertThat(scores.get("b")).isCloseTo(0.5 / 3, within(1e-12));
		assertThat(scores.get("c")).isCloseTo(0.5 / 3, within(1e-12));
	}

	@Test
	void exactScoresAgreeWithJGraphTOnARandomGraph() {
		Graph<String, DefaultEdge> g = randomGraph(300, 900, 7);
		Map<String, Double> ours = Betweenness.of(g, 1000, 10, 1).byVertex();
		Map<String, Double> jgrapht = new BetweennessCentrality<>(g, false).getScores();
		double pairs = 299.0 * 298.0 / 2.0;
		for (String v : g.vertexSet()) {
			assertThat(ours.get(v)).as(v).isCloseTo(jgrapht.get(v) / pairs, within(1e-9));
		}
	}

	@Test
	void aboveTheLimitSourcesAreSampledReproduciblyAndFindTheHub() {
		Graph<String, DefaultEdge> g = randomGraph(2000, 3000, 11);
		// a hub joining 50 vertices that are otherwise far apart
		g.addVertex("hub");
		for (int i = 0; i < 2000; i += 40) {
			g.addEdge("hub", "v" + i);
		}
		Betweenness.Scores<String> sampled = Betweenness.of(g, 500, 200, 42);
		assertThat(sampled.exact()).isFalse();
		assertThat(sampled.sources()).isEqualTo(200);
		assertThat(Betweenness.of(g, 500, 200, 42).byVertex()).isEqualTo(sampled.byVertex());
		Map<String, Double> exact = Betweenness.of(g, 5000, 200, 42).byVertex();
		String topExact = top(exact);
		assertThat(topExact).isEqualTo("hub");
		assertThat(top(sampled.byVertex())).isEqualTo(topExact);
		assertThat(sampled.byVertex().get("hub")).isCloseTo(exact.get("hub"), within(exact.get("hub") * 0.25));
	}

	@Test
	void tinyGraphsHaveZeroScores() {
		assertThat(Betweenness.of(graph("a-b"), 10, 10, 1).byVertex()).containsOnly(Map.entry("a", 0.0), Map.entry("b", 0.0));
	}

	private static String top(Map<String, Double> scores) {
		return scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	private static Graph<String, DefaultEdge> graph(String... edges) {
		Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
		for (String e : edges) {
			String[] ends = e.split("-");
			g.addVertex(ends[0]);
			g.addVertex(ends[1]);
			g.addEdge(ends[0], ends[1]);
		}
		return g;
	}

	private static Graph<String, DefaultEdge> randomGraph(int n, int m, long seed) {
		Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
		for (int i = 0; i < n; i++) {
			g.addVertex("v" + i);
		}
		Random random = new Random(seed);
		while (g.edgeSet().size() < m) {
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			if (a != b) {
				g.addEdge("v" + a, "v" + b);
			}
		}
		return g;
	}

}
