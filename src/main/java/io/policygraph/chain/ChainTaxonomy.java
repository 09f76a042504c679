package io.policygraph.chain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.registry.Csv;

/**
 * Industry chains and their segments from {@code seed-data/chains.csv} and
 * {@code seed-data/chain-segments.csv}.
 */
public final class ChainTaxonomy {

	/** A chain such as 氢能. */
	public record Chain(String id, String name, List<String> aliases, String description) {
	}

	/** A link of a chain, e.g. 制氢, with the segments it supplies. */
	public record Segment(String id, String chain, String name, String position, int order, List<String> aliases,
			List<String> feeds) {
	}

	private final Map<String, Chain> chains;

	private final Map<String, Segment> segments;

	private ChainTaxonomy(Map<String, Chain> chains, Map<String, Segment> segments) {
		this.chains = chains;
		this.segments = segments;
	}

	public static ChainTaxonomy empty() {
		return new ChainTaxonomy(Map.of(), Map.of());
	}

	public static ChainTaxonomy load(Path folder) {
		return load(name -> {
			Path p = folder.resolve(name);
			try {
				return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	public static ChainTaxonomy loadFromClasspath() {
		return load(name -> {
			try (InputStream in = ChainTaxonomy.class.getClassLoader().getResourceAsStream("seed-data/" + name)) {
				return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	interface Source {

		String read(String name);

	}

	static ChainTaxonomy load(Source source) {
		Map<String, Chain> chains = new LinkedHashMap<>();
		String c = source.read("chains.csv");
		if (c != null) {
			for (Map<String, String> r : Csv.parse("chains.csv", c)) {
				chains.put(r.get("id"), new Chain(r.get("id"), r.get("name"), list(r.get("aliases")), r.getOrDefault("description", "")));
			}
		}
		Map<String, Segment> segments = new LinkedHashMap<>();
		String s = source.read("chain-segments.csv");
		if (s != null) {
			for (Map<String, String> r : Csv.parse("chain-segments.csv", s)) {
				if (!chains.containsKey(r.get("chain"))) {
					throw new IllegalArgumentException("chain-segments.csv: segment " + r.get("id") + " names unknown chain " + r.get("chain"));
				}
				int order = r.get("order").isBlank() ? 0 : Integer.parseInt(r.get("order"));
				segments.put(r.get("id"), new Segment(r.get("id"), r.get("chain"), r.get("name"), r.get("position"), order,
						list(r.get("aliases")), list(r.get("feeds"))));
			}
		}
		return new ChainTaxonomy(Collections.unmodifiableMap(chains), Collections.unmodifiableMap(segments));
	}

	private static List<String> list(String field) {
		if (field == null || field.isBlank()) {
			return List.of();
		}
		return Arrays.stream(field.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
	}

	public Map<String, Chain> chains() {
		return this.chains;
	}

	public Map<String, Segment> segments() {
		return this.segments;
	}

}
