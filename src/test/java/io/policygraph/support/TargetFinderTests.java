package io.policygraph.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which numbers are goals, with their unit and comparison, and the year they are due. */
class TargetFinderTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			scaled units and short verbs         | 到2026年，全市冷库库容新增30万立方米以上，港口集装箱吞吐量超80万标箱，网约配送车辆达2万辆。 | 30万立方米>=;80万标箱>;2万辆=
			a verb opening the clause governs     | （三）服务网络更加完善。全区建成社区食堂120个；新设共享储物柜500组以上，乡镇寄递站点覆盖率达100%。 | 120个=;500组>=;100%=
			one verb over a list                  | 打造8家数字化车间、12家智能工厂。 | 8家=;12家=
			a range is a target at its lower bound | 每年遴选3—5家链主企业开展示范。 | 3家>=
			a capacity qualifies what is counted  | 培育年产5万吨以上再生铝企业4家，营业收入超10亿元的企业达到6家。 | 4家=;6家=
			a deadline and the plan's own tasks   | 力争在3个月内完成，认真抓好5项重点工作。 |
			an edition is no due year             | 按照《指标体系（2021年版）》，包括6个一级指标。 |
			a verb deep in the clause is a noun   | 在示范城市建设上认真抓好4项。对新建且服务企业数量20家的平台给予奖励。 |
			about, from a base year (000_06e8…:733) | 到2025年，化肥使用量较2020年下降6%左右。 | 6%~
			at most                               | 到2025年，单位GDP能耗不超过0.5吨。 | 0.5吨<=
			a specification is no target          | 污泥含水率不高于60%。 |
			money after a grant word is funding   | 到2025年，给予奖励50万元。 |
			a count-based point difference        | 到2025年，研发投入占比提高2个百分点。 | 2个百分点=
			""")
	void targets(String why, String text, String expected) {
		assertThat(Linking.link(text).targets()).extracting(t -> Linking.number(t.value()) + t.unit() + t.comparator())
			.containsExactlyElementsOf(Linking.expected(expected));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			the year heads its whole sentence     | 到2027年，新建污水处理厂3座，新增处理能力20万吨/日；改造提升泵站6处，新增调蓄能力5万立方米；再生水厂2座。 | 3:2027;20:2027;6:2027;5:2027;2:2027
			a base year is not when it is due     | 单位产值能耗较2020年下降10%以上。 | 10:null
			""")
	void dueYears(String why, String text, String expected) {
		assertThat(Linking.link(text).targets()).extracting(t -> Linking.number(t.value()) + ":" + t.year())
			.containsExactlyElementsOf(Linking.expected(expected));
	}

}
