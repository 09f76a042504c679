package io.policygraph.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CollaborationNetworkTests {

	/** Measures {a,b}, {b,c,b}, {b,d}, {a,b}: b sits between every other pair; a and b share two measures. */
	@Test
	void builtFromMeasureListsWithSharedCounts() {
		CollaborationNetwork n = network(List.of("a", "b"), List.of("b", "c", "b"), List.of("b", "d"), List.of("a", "b"),
				List.of("e"));
		assertThat(n.agencies()).as("e shares nothing and stays out").isEqualTo(4);
		assertThat(n.links()).isEqualTo(3);
		assertThat(n.linkA(0) + n.linkB(0) + n.shared(0)).isEqualTo("ab2");
		assertThat(n.degree(1)).isEqualTo(3);
		assertThat(n.sharedMeasures(1)).isEqualTo(4);
		// 3 of the (4-1)(4-2)/2 = 3 pairs go through b
		assertThat(n.betweenness(4, 1)).containsExactly(0.0, 1.0, 0.0, 0.0);
		CollaborationNetwork.Biconnectivity bi = n.biconnectivity();
		assertThat(bi.articulationPoints().stream().mapToObj(n::id)).containsExactly("b");
		assertThat(bi.bridges()).containsExactly(0, 1, 2);
	}

	/** Two shortest paths a–b–d and a–c–d share the pair (a, d): b and c get half of it each. */
	@Test
	void equalShortestPathsShareThePair() {
		CollaborationNetwork n = network(List.of("a", "b"), List.of("a", "c"), List.of("b", "d"), List.of("c", "d"));
		double[] scores = n.betweenness(4, 1);
		assertThat(scores[1]).isCloseTo(0.5 / 3, within(1e-12));
		assertThat(scores[2]).isCloseTo(0.5 / 3, within(1e-12));
		assertThat(n.biconnectivity().bridges()).isEmpty();
		assertThat(n.biconnectivity().articulationPoints().isEmpty()).isTrue();
	}

	@Test
	void exactScoresAgreeWithJGraphTOnRandomNetworks() {
		for (long seed = 1; seed <= 5; seed++) {
			CollaborationNetwork n = randomNetwork(300, 450, seed);
			Graph<String, DefaultWeightedEdge> g = n.toJGraphT();
			Map<String, Double> jgrapht = new BetweennessCentrality<>(new AsUnweightedGraph<>(g), false).getScores();
			double[] ours = n.betweenness(n.agencies(), 1);
			double pairs = (n.agencies() - 1.0) * (n.agencies() - 2.0) / 2.0;
			for (int v = 0; v < n.agencies(); v++) {
				assertThat(ours[v]).as(n.id(v)).isCloseTo(jgrapht.get(n.id(v)) / pairs, within(1e-9));
			}
		}
	}

	/** Sparse random networks have many cut vertices and bridges; ours must be JGraphT's, one for one. */
	@Test
	void articulationPointsAndBridgesAgreeWithJGraphT() {
		for (long seed = 1; seed <= 5; seed++) {
			CollaborationNetwork n = randomNetwork(400, 420, seed);
			Graph<String, DefaultWeightedEdge> g = n.toJGraphT();
			BiconnectivityInspector<String, DefaultWeightedEdge> inspector = new BiconnectivityInspector<>(g);
			CollaborationNetwork.Biconnectivity bi = n.biconnectivity();
			assertThat(bi.articulationPoints().stream().mapToObj(n::id).toList())
				.containsExactlyInAnyOrderElementsOf(inspector.getCutpoints());
			Set<DefaultWeightedEdge> bridges = inspector.getBridges();
			assertThat(bi.bridges()).hasSize(bridges.size()).isNotEmpty();
			for (int l : bi.bridges()) {
				assertThat(bridges).contains(g.getEdge(n.linkA(l), n.linkB(l)));
			}
		}
	}

	/** A chain of 200,000 agencies: the search is iterative, so depth does not exhaust the stack. */
	@Test
	void longChainsNeedNoDeepStack() {
		CollaborationNetwork.Builder b = new CollaborationNetwork.Builder();
		for (int i = 0; i < 200_000; i++) {
			b.measure(List.of("v" + i, "v" + (i + 1)));
		}
		CollaborationNetwork n = b.build();
		CollaborationNetwork.Biconnectivity bi = n.biconnectivity();
		assertThat(bi.bridges()).hasSize(200_000);
		assertThat(bi.articulationPoints().cardinality()).isEqualTo(200_000 - 1);
	}

	@Test
	void sampledSourcesAreReproducibleAndFindTheHub() {
		CollaborationNetwork.Builder b = new CollaborationNetwork.Builder();
		Random random = new Random(11);
		for (int i = 0; i < 3000; i++) {
			b.measure(List.of("v" + random.nextInt(2000), "v" + random.nextInt(2000)));
		}
		// a hub joining 50 vertices that are otherwise far apart
		for (int i = 0; i < 2000; i += 40) {
			b.measure(List.of("hub", "v" + i));
		}
		CollaborationNetwork n = b.build();
		double[] sampled = n.betweenness(200, 42);
		assertThat(n.betweenness(200, 42)).containsExactly(sampled);
		double[] exact = n.betweenness(n.agencies(), 42);
		int hub = IntStream.range(0, n.agencies()).filter(v -> n.id(v).equals("hub")).findFirst().orElseThrow();
		assertThat(top(exact)).isEqualTo(hub);
		assertThat(top(sampled)).isEqualTo(hub);
		assertThat(sampled[hub]).isCloseTo(exact[hub], within(exact[hub] * 0.25));
	}

	/** Two components of 3 (a path) and 2 vertices: 3 × (3 + 4) + 2 × (2 + 2) = 29 search steps. */
	@Test
	void exactWorkSumsOverComponents() {
		CollaborationNetwork n = network(List.of("a", "b"), List.of("b", "c"), List.of("x", "y"));
		assertThat(n.exactBetweennessWork()).isEqualTo(29);
	}

	private static int top(double[] scores) {
		return IntStream.range(0, scores.length).reduce((x, y) -> scores[y] > scores[x] ? y : x).orElseThrow();
	}

	@SafeVarargs
	private static CollaborationNetwork network(List<String>... measures) {
		CollaborationNetwork.Builder b = new CollaborationNetwork.Builder();
		for (List<String> m : measures) {
			b.measure(m);
		}
		return b.build();
	}

	private static CollaborationNetwork randomNetwork(int n, int m, long seed) {
		Random random = new Random(seed);
		List<List<String>> measures = new ArrayList<>();
		for (int i = 0; i < m; i++) {
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			if (a != b) {
				measures.add(List.of("v" + a, "v" + b));
			}
		}
		CollaborationNetwork.Builder b = new CollaborationNetwork.Builder();
		measures.forEach(b::measure);
		return b.build();
	}

}
