package io.policygraph.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money a measure gives, keyed as {@link SupportQualityTests} keys it: the cap in yuan, else the basis (a ratio, a
 * rate, a loan rate).
 */
class FundingFinderTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a ratio of a base, and a cap              | 对新认定的公共技术服务平台，给予不超过设备购置费用20%的一次性补助，最高200万元。 | 20%;2000000
			a ratio before 的标准                     | 对企业实施智能化改造的，按不超过项目实际投资额15%的标准给予奖补。 | 15%
			a ratio before its grant                  | 对引进的重大项目，给予不超过固定资产投资额8%的一次性资金扶持。 | 8%
			a ratio and a yearly cap                  | 每年给予不超过研发费用10%、年度总额不超过200万元的资助。 | 10%;2000000
			a ratio base never crosses a number       | 对能耗不超过2吨标准煤50%的项目予以优先保障。 |
			nor a list                                | 项目建设周期不超过三年、投资增幅30%以上的，纳入重点项目库。 |
			a rate paid per unit before its grant     | 对销售价格不高于35元/公斤的加氢站，按照8元/公斤给予运营补贴。 | 8元/公斤
			a rate per flight and a yearly cap        | 新开通的国际货运航线，按500元/架次的标准给予补助，单条航线年度最高补助80万元。 | 500元/架次;800000
			a rate per 每 unit                        | 对分布式光伏项目，按每千瓦时0.2元给予度电补贴。 | 0.2元/千瓦时
			a grant per tonne, and a cap              | 对餐厨废弃物收运企业，每吨给予30元补贴，单个企业年度补贴不超过100万元。 | 30元/吨;1000000
			a rate per flight (004_b247…:127)         | 其中：空中观光游览类补贴100元/架次。 | 100元/架次
			a price is no rate                        | 企业按照20元/吨以下的价格收购的给予补贴。 |
			a price ceiling is a condition            | 对每吨售价不高于3000元的给予补贴。 |
			a cap per recipient                       | 对认定的专精特新企业，每家最高奖励50万元。 | 500000
			a subsidy up to the loan prime rate       | 对符合条件的技改贷款，按照贷款市场报价利率（LPR）给予全额贴息，单个项目年度贴息不超过200万元。 | LPR;2000000
			up to LPR                                 | 对新增流动资金贷款，给予不超过同期LPR的贴息支持。 | LPR
			the older benchmark rate                  | 对新增贷款按同期贷款基准利率给予贴息。 | 基准利率
			a share of the rate is a ratio            | 对新增贷款按照LPR的50%给予贴息。 | 50%
			a loan's own rate is no grant             | 鼓励银行按照不高于LPR的利率发放贷款，财政给予贴息。 |
			a size to reach is no grant               | 支持企业做大做强，到2025年营业收入100亿元。 |
			a threshold to meet is no grant           | 对合同额达到500万元以上的项目给予支持。 |
			""")
	void funding(String why, String text, String expected) {
		assertThat(Linking.link(text).funding()).extracting(f -> f.capYuan() == null ? f.basis() : Long.toString(f.capYuan()))
			.containsExactlyElementsOf(Linking.expected(expected));
	}

}
