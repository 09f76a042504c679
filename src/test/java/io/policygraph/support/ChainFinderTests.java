package io.policygraph.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Chains and segments by the taxonomy's names and aliases (seed-data/chains.csv, chain-segments.csv). */
class ChainFinderTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a chain by its name                     | 大力发展氢能产业。 | hydrogen
			a segment names its chain too           | 布局建设加氢站。 | hydrogen/hydrogen.refuelling
			the longest alias wins                  | 培育氢燃料电池企业。 | hydrogen/hydrogen.fuel-cell
			an alias of another chain               | 推广新能源汽车，发展无人机。 | nev;low-altitude
			no chain                                | 优化营商环境。 |
			""")
	void chains(String why, String text, String expected) {
		assertThat(Linking.link(text).chains())
			.extracting(c -> c.segment() == null ? c.chain() : c.chain() + "/" + c.segment())
			.containsExactlyElementsOf(Linking.expected(expected));
	}

}
