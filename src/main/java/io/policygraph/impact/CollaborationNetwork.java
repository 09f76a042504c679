package io.policygraph.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The agencies that share measures, as compact arrays: agency ids sorted, each link once with the number
 * of measures the two share, and an adjacency index. Built from each measure's list of bodies, so a
 * national graph (70k agencies, 1.3M links) fits in tens of megabytes and every analysis on it is a
 * linear pass or a series of breadth-first searches. Small networks are also handed to JGraphT
 * ({@link #toJGraphT()}); the tests check both give the same answers.
 */
final class CollaborationNetwork {

	private final String[] ids;

	private final int[] linkA;

	private final int[] linkB;

	private final int[] shared;

	private final int[] offset;

	private final int[] adjacent;

	private long[] sharedTotals;

	private CollaborationNetwork(String[] ids, int[] linkA, int[] linkB, int[] shared) {
		this.ids = ids;
		this.linkA = linkA;
		this.linkB = linkB;
		this.shared = shared;
		int n = ids.length;
		this.offset = new int[n + 1];
		for (int i = 0; i < linkA.length; i++) {
			this.offset[linkA[i] + 1]++;
			this.offset[linkB[i] + 1]++;
		}
		for (int i = 0; i < n; i++) {
			this.offset[i + 1] += this.offset[i];
		}
		this.adjacent = new int[this.offset[n]];
		int[] fill = Arrays.copyOf(this.offset, n);
		for (int i = 0; i < linkA.length; i++) {
			this.adjacent[fill[linkA[i]]++] = linkB[i];
			this.adjacent[fill[linkB[i]]++] = linkA[i];
		}
	}

	/** Collects the bodies of each measure; {@link #build()} turns them into the network. */
	static final class Builder {

		private final Map<String, Integer> index = new HashMap<>();

		private final List<String> names = new ArrayList<>();

		private long[] pairs = new long[1024];

		private int size;

		/** One measure's bodies; repeated ids count once. */
		Builder measure(List<String> bodies) {
			int[] members = bodies.stream().distinct().mapToInt(this::intern).toArray();
			for (int i = 0; i < members.length; i++) {
				for (int j = i + 1; j < members.length; j++) {
					add(pairKey(members[i], members[j]));
				}
			}
			return this;
		}

		private int intern(String id) {
			return this.index.computeIfAbsent(id, k -> {
				this.names.add(k);
				return this.names.size() - 1;
			});
		}

		private void add(long key) {
			if (this.size == this.pairs.length) {
				this.pairs = Arrays.copyOf(this.pairs, this.size * 2);
			}
			this.pairs[this.size++] = key;
		}

		CollaborationNetwork build() {
			// only agencies that share at least one measure belong to the network
			BitSet linked = new BitSet(this.names.size());
			for (int i = 0; i < this.size; i++) {
				linked.set((int) (this.pairs[i] >>> 32));
				linked.set((int) this.pairs[i]);
			}
			String[] ids = linked.stream().mapToObj(this.names::get).sorted().toArray(String[]::new);
			int[] rank = new int[this.names.size()];
			for (int i = 0; i < ids.length; i++) {
				rank[this.index.get(ids[i])] = i;
			}
			long[] keys = new long[this.size];
			for (int i = 0; i < this.size; i++) {
				keys[i] = pairKey(rank[(int) (this.pairs[i] >>> 32)], rank[(int) this.pairs[i]]);
			}
			Arrays.sort(keys);
			int links = 0;
			for (int i = 0; i < keys.length; i++) {
				if (i == 0 || keys[i] != keys[i - 1]) {
					links++;
				}
			}
			int[] a = new int[links];
			int[] b = new int[links];
			int[] count = new int[links];
			int k = -1;
			for (int i = 0; i < keys.length; i++) {
				if (i == 0 || keys[i] != keys[i - 1]) {
					k++;
					a[k] = (int) (keys[i] >>> 32);
					b[k] = (int) keys[i];
				}
				count[k]++;
			}
			return new CollaborationNetwork(ids, a, b, count);
		}

		private static long pairKey(int x, int y) {
			int lo = Math.min(x, y);
			int hi = Math.max(x, y);
			return ((long) lo << 32) | (hi & 0xffffffffL);
		}

	}

	int agencies() {
		return this.ids.length;
	}

	int links() {
		return this.linkA.length;
	}

	String id(int vertex) {
		return this.ids[vertex];
	}

	String linkA(int link) {
		return this.ids[this.linkA[link]];
	}

	String linkB(int link) {
		return this.ids[this.linkB[link]];
	}

	int shared(int link) {
		return this.shared[link];
	}

	int degree(int vertex) {
		return this.offset[vertex + 1] - this.offset[vertex];
	}

	/** Measures shared with others, summed over the agency's links. */
	long sharedMeasures(int vertex) {
		if (this.sharedTotals == null) {
			long[] totals = new long[this.ids.length];
			for (int i = 0; i < this.linkA.length; i++) {
				totals[this.linkA[i]] += this.shared[i];
				totals[this.linkB[i]] += this.shared[i];
			}
			this.sharedTotals = totals;
		}
		return this.sharedTotals[vertex];
	}

	/** The same network as a JGraphT graph, link weights being the measures shared. */
	Graph<String, DefaultWeightedEdge> toJGraphT() {
		Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		for (String id : this.ids) {
			g.addVertex(id);
		}
		for (int i = 0; i < this.linkA.length; i++) {
			g.setEdgeWeight(g.addEdge(this.ids[this.linkA[i]], this.ids[this.linkB[i]]), this.shared[i]);
		}
		return g;
	}

	/**
	 * Work of exact betweenness: each source's search covers its connected component, so the sum over
	 * components of vertices × (vertices + 2 × links).
	 */
	long exactBetweennessWork() {
		int n = this.ids.length;
		int[] component = new int[n];
		Arrays.fill(component, -1);
		int[] queue = new int[n];
		long work = 0;
		for (int root = 0; root < n; root++) {
			if (component[root] >= 0) {
				continue;
			}
			int head = 0;
			int tail = 0;
			queue[tail++] = root;
			component[root] = root;
			long ends = 0;
			while (head < tail) {
				int v = queue[head++];
				ends += degree(v);
				for (int k = this.offset[v]; k < this.offset[v + 1]; k++) {
					int w = this.adjacent[k];
					if (component[w] < 0) {
						component[w] = root;
						queue[tail++] = w;
					}
				}
			}
			work += (long) tail * (tail + ends);
		}
		return work;
	}

	/**
	 * Betweenness in hops (Brandes 2001) from the given number of sources: all of them gives exact
	 * scores; fewer are drawn at random with the seed, and their dependencies scaled by n / k (Brandes and
	 * Pich 2007). Normalised by (n − 1)(n − 2) / 2.
	 */
	double[] betweenness(int sources, long seed) {
		int n = this.ids.length;
		boolean exact = sources >= n;
		int[] from = exact ? range(n) : sample(n, sources, seed);
		double[] score = new double[n];
		double[] sigma = new double[n];
		double[] delta = new double[n];
		int[] distance = new int[n];
		int[] order = new int[n];
		Arrays.fill(distance, -1);
		for (int s : from) {
			int head = 0;
			int tail = 0;
			order[tail++] = s;
			distance[s] = 0;
			sigma[s] = 1;
			while (head < tail) {
				int v = order[head++];
				for (int k = this.offset[v]; k < this.offset[v + 1]; k++) {
					int w = this.adjacent[k];
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
				for (int k = this.offset[w]; k < this.offset[w + 1]; k++) {
					int v = this.adjacent[k];
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
		double scale = (exact ? 1.0 : (double) n / from.length) / 2.0;
		double pairs = (n - 1.0) * (n - 2.0) / 2.0;
		for (int i = 0; i < n; i++) {
			score[i] = pairs > 0 ? score[i] * scale / pairs : 0.0;
		}
		return score;
	}

	/** Articulation points (as a set of vertices) and bridges (as link numbers). */
	record Biconnectivity(BitSet articulationPoints, int[] bridges) {
	}

	/** Tarjan's low-link search, iterative so that long chains of agencies do not exhaust the stack. */
	Biconnectivity biconnectivity() {
		int n = this.ids.length;
		int[] discovered = new int[n];
		int[] low = new int[n];
		int[] parent = new int[n];
		int[] next = new int[n];
		int[] stack = new int[n];
		BitSet cut = new BitSet(n);
		List<long[]> bridgeEnds = new ArrayList<>();
		int time = 0;
		for (int root = 0; root < n; root++) {
			if (discovered[root] != 0) {
				continue;
			}
			int rootChildren = 0;
			int top = 0;
			stack[top++] = root;
			discovered[root] = low[root] = ++time;
			parent[root] = -1;
			next[root] = this.offset[root];
			while (top > 0) {
				int v = stack[top - 1];
				if (next[v] < this.offset[v + 1]) {
					int w = this.adjacent[next[v]++];
					if (discovered[w] == 0) {
						parent[w] = v;
						discovered[w] = low[w] = ++time;
						next[w] = this.offset[w];
						stack[top++] = w;
						if (v == root) {
							rootChildren++;
						}
					}
					else if (w != parent[v]) {
						low[v] = Math.min(low[v], discovered[w]);
					}
				}
				else {
					top--;
					int p = parent[v];
					if (p >= 0) {
						low[p] = Math.min(low[p], low[v]);
						if (low[v] > discovered[p]) {
							bridgeEnds.add(new long[] { Math.min(p, v), Math.max(p, v) });
						}
						if (p != root && low[v] >= discovered[p]) {
							cut.set(p);
						}
					}
				}
			}
			if (rootChildren > 1) {
				cut.set(root);
			}
		}
		int[] bridges = bridgeEnds.stream().mapToInt(e -> link((int) e[0], (int) e[1])).sorted().toArray();
		return new Biconnectivity(cut, bridges);
	}

	/** The number of the link between two vertices, a &lt; b (links are sorted by their ends). */
	private int link(int a, int b) {
		long key = ((long) a << 32) | b;
		int lo = 0;
		int hi = this.linkA.length - 1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			long k = ((long) this.linkA[mid] << 32) | this.linkB[mid];
			if (k < key) {
				lo = mid + 1;
			}
			else if (k > key) {
				hi = mid - 1;
			}
			else {
				return mid;
			}
		}
		throw new IllegalStateException("no link between " + this.ids[a] + " and " + this.ids[b]);
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
