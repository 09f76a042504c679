package io.policygraph.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's project portfolio as it states it (002_54ed2f6ffac1a6db.txt, lines 22–26). */
class PortfolioFinderTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			the whole portfolio                 | 扎实推进总投资1920.83亿元的90个重点项目 | 总计 90 1920.83
			projects under way                  | 其中续建项目37个,总投资854.5亿元 | 续建 37 854.5
			projects to start                   | 计划2023年新开工项目37个,总投资683.91亿元 | 新开工 37 683.91
			projects in reserve                 | 计划2024年、2025年开工的谋划储备项目16个,总投资382.34亿元 | 储备 16 382.34
			a count without a total is none     | 新开工项目37个。 |
			""")
	void portfolios(String why, String text, String expected) {
		assertThat(Linking.link(text).portfolios())
			.extracting(p -> p.status() + " " + p.count() + " " + Linking.number(p.totalYi()))
			.containsExactlyElementsOf(Linking.expected(expected));
	}

}
