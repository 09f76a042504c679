package io.policygraph.support;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.policygraph.chain.ChainTaxonomy;

/**
 * The linker of the finder tables: the seed taxonomy, and zones other cities' plans name (两江新区, 滨海新区,
 * 西海岸) as the reference data would give them. Expected lists are written {@code a;b;c}, empty for none.
 */
final class Linking {

	static final MeasureLinker LINKER = new MeasureLinker(ChainTaxonomy.load(Path.of("seed-data")),
			List.of("两江新区", "滨海新区", "西海岸", "起步区"));

	private Linking() {
	}

	static Links link(String text) {
		return LINKER.link(text);
	}

	static List<String> expected(String list) {
		return list == null || list.isBlank() ? List.of() : Arrays.stream(list.split(";")).map(String::strip).toList();
	}

	/** 3.0 as 3, 0.5 as 0.5. */
	static String number(double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
	}

}
