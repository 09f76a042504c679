package io.policygraph.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;

/**
 * Betweenness centrality of an undirected graph, counted in hops (Brandes 2001). Up to
 * {@code exactLimit} vertices every vertex is a source and the scores are exact; above it a seeded random
 * sample of {@code samples} sources is taken and each source's dependencies are scaled by n / k (Brandes
 * and Pich 2007), so a national network costs k breadth-first searches instead of n. Scores are
 * normalised by (n − 1)(n − 2) / 2, the number of pairs a vertex could lie between. Vertices are sorted
 * before sampling, so the same graph and seed give the same scores whatever order the rows came in.
 */
final class Betweenness {

	/** The scores and how they were obtained. */
	record Scores<V>(Map<V, Double> byVertex, boolean exact, int sources, long seed) {

		String method() {
			return this.exact ? "exact" : "sampled";
		}

	}

	private Betweenness() {
	}

	static <V extends Comparable<V>, E> Scores<V> of(Graph<V, E> graph, int exactLimit, int samples, long seed) {
		List<V> vertices = new ArrayList<>(graph.vertexSet());
		vertices.sort(null);
		int n = vertices.size();
		Map<V, Integer> index = new HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			index.put(vertices.get(i), i);
		}
		int[] offset = new int[n + 1];
		for (int i = 0; i < n; i++) {
			offset[i + 1] = offset[i] + graph.degreeOf(vertices.get(i));
		}
		int[] adjacent = new int[offset[n]];
		int[] fill = offset.clone();
		for (E e : graph.edgeSet()) {
			int a = index.get(graph.getEdgeSource(e));
			int b = index.get(graph.getEdgeTarget(e));
			adjacent[fill[a]++] = b;
			adjacent[fill[b]++] = a;
		}

		boolean exact = n <= exactLimit || samples >= n;
		int[] sources = exact ? range(n) : sample(n, samples, seed);
		double[] score = accumulate(n, offset, adjacent, sources);

		double scale = (exact ? 1.0 : (double) n / sources.length) / 2.0;
		double pairs = (n - 1.0) * (n - 2.0) / 2.0;
		Map<V, Double> byVertex = new HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			double raw = score[i] * scale;
			byVertex.put(vertices.get(i), pairs > 0 ? raw / pairs : 0.0);
		}
		return new Scores<>(byVertex, exact, sources.length, seed);
	}

	/** Brandes' accumulation over unweighted shortest paths from each source. */
	private static double[] accumulate(int n, int[] offset, int[] adjacent, int[] sources) {
		double[] score = new double[n];
		double[] sigma = new double[n];
		double[] delta = new double[n];
		int[] distance = new int[n];
		int[] order = new int[n];
		Arrays.fill(distance, -1);
		for (int s : sources) {
			int head = 0;
			int tail = 0;
			order[tail++] = s;
			distance[s] = 0;
			sigma[s] = 1;
			while (head < tail) {
				int v = order[head++];
				for (int k = offset[v]; k < offset[v + 1]; k++) {
					int w = adjacent[k];
					if (distance[w] < 0) {
						distance[w] = distance[v] + 1;
						order[tail++] = w;
					}
					if (distance[w] == distance[v] + 1) {
						sigma[w] += sigma[v];
					}
				}
			}
			for (int i = tail - 1; i > 0; i--) {
				int w = order[i];
				for (int k = offset[w]; k < offset[w + 1]; k++) {
					int v = adjacent[k];
					if (distance[v] == distance[w] - 1) {
						delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
					}
				}
				score[w] += delta[w];
			}
			for (int i = 0; i < tail; i++) {
				int v = order[i];
				distance[v] = -1;
				sigma[v] = 0;
				delta[v] = 0;
			}
		}
		return score;
	}

	private static int[] range(int n) {
		int[] all = new int[n];
		for (int i = 0; i < n; i++) {
			all[i] = i;
		}
		return all;
	}

	/** k distinct vertices drawn without replacement (partial Fisher–Yates), the same for the same seed. */
	private static int[] sample(int n, int k, long seed) {
		int[] all = range(n);
		Random random = new Random(seed);
		for (int i = 0; i < k; i++) {
			int j = i + random.nextInt(n - i);
			int t = all[i];
			all[i] = all[j];
			all[j] = t;
		}
		return Arrays.copyOf(all, k);
	}

}
