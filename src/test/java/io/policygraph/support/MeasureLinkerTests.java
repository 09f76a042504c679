package io.policygraph.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.policygraph.chain.ChainTaxonomy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How parks and projects are cut out of running text, on sentences written the way other cities write them
 * (the measured figures are in {@link SupportQualityTests}).
 */
class MeasureLinkerTests {

	static MeasureLinker linker;

	@BeforeAll
	static void linker() throws IOException {
		linker = new MeasureLinker(ChainTaxonomy.load(Path.of("seed-data")), List.of("两江新区", "滨海新区", "西海岸"));
	}

	static List<String> parks(String text) {
		return linker.link(text).parks().stream().map(Links.ParkMention::name).toList();
	}

	static List<String> projects(String text) {
		return linker.link(text).projects().stream().map(Links.ProjectMention::name).toList();
	}

	static List<String> targets(String text) {
		return linker.link(text).targets().stream()
			.map(t -> (t.value() == Math.rint(t.value()) ? Long.toString((long) t.value()) : Double.toString(t.value()))
					+ t.unit() + t.comparator())
			.toList();
	}

	@Test
	void parkNamesStartAfterTheVerb() {
		assertThat(parks("加快建设天津港航空产业园，依托长沙经开区，推动岳麓山大学科技城发展。"))
			.containsExactly("天津港航空产业园", "长沙经开区", "岳麓山大学科技城");
	}

	@Test
	void aConjunctionInsideANameKeepsItWhole() {
		assertThat(parks("推进光电子和集成电路产业园、高端服务核心区和临空经济核心区建设。"))
			.containsExactly("光电子和集成电路产业园", "高端服务核心区", "临空经济核心区");
	}

	@Test
	void titlesToEarnAreNoParks() {
		assertThat(parks("打造国家级先进制造业集群示范区，创建新能源汽车产业先导区，争创国家级产业基地。")).isEmpty();
		assertThat(parks("持续推进“千兆城市示范区”建设。")).isEmpty();
	}

	@Test
	void countedAndRankedParksAreKinds() {
		assertThat(parks("建设3个现代农业产业园，选择2—3家省级及以上工业园区，支持各类产业园区和省级经济开发区。")).isEmpty();
	}

	@Test
	void aZoneNamedAsAnAgencyIsNoPark() {
		assertThat(parks("（责任单位：两江新区管委会、西部（重庆）科学城管理委员会）")).isEmpty();
	}

	@Test
	void aKnownZoneFollowedByAParkGivesBoth() {
		assertThat(parks("位于滨海新区临港组团。")).containsExactly("滨海新区", "临港组团");
	}

	@Test
	void aBarePlaceAliasBeginsALongerName() {
		assertThat(parks("集聚发展西海岸汽车生产基地。")).containsExactly("西海岸汽车生产基地");
	}

	@Test
	void aListOfCarriersNamesItsItems() {
		assertThat(parks("以光谷智能岛、江夏制造园等一批特色园区为载体。")).containsExactly("光谷智能岛", "江夏制造园");
		assertThat(parks("积极开展国别合作园、创新创业园等园区建设。")).isEmpty();
	}

	@Test
	void projectsInRunningTextNeedAPlaceOrOwner() {
		assertThat(projects("到2025年，新建江北区生活垃圾转运站，推进大中型垃圾转运站建设，实施老旧小区改造项目。"))
			.containsExactly("江北区生活垃圾转运站");
		assertThat(projects("推进中铁建设集团有限公司总部项目，适时启动二期项目。"))
			.containsExactly("中铁建设集团有限公司总部项目", "二期项目");
	}

	@Test
	void projectsOfAnEnumerationAreNamed() {
		assertThat(projects("重点项目。长江大桥北延线项目、成渝中线高铁项目、锦江绿道二期工程。"))
			.containsExactly("长江大桥北延线项目", "成渝中线高铁项目", "锦江绿道二期工程");
		assertThat(projects("积极培育国家级、省级智能制造试点示范项目。")).isEmpty();
	}

	@Test
	void aListClosedByProjectsNamesFacilitiesOrPartners() {
		assertThat(projects("推动西部云谷智算中心、城市大脑创新中心等算力项目建设。"))
			.containsExactly("西部云谷智算中心", "城市大脑创新中心");
		assertThat(projects("推进宁德时代、中创新航等重点合作项目落地。")).containsExactly("宁德时代、中创新航等重点合作项目");
		assertThat(projects("引进新能源、生物医药等优质项目。")).isEmpty();
	}

	@Test
	void scaledUnitsAndShortVerbsMarkTargets() {
		assertThat(targets("到2026年，全市冷库库容新增30万立方米以上，港口集装箱吞吐量超80万标箱，网约配送车辆达2万辆。"))
			.containsExactly("30万立方米>=", "80万标箱>", "2万辆=");
	}

	@Test
	void aVerbOpeningTheClauseGovernsTheNumber() {
		assertThat(targets("（三）服务网络更加完善。全区建成社区食堂120个；新设共享储物柜500组以上，乡镇寄递站点覆盖率达100%。"))
			.containsExactly("120个=", "500组>=", "100%=");
		assertThat(targets("打造8家数字化车间、12家智能工厂。")).containsExactly("8家=", "12家=");
	}

	@Test
	void theYearHeadsItsWholeSentence() {
		List<Links.TargetMention> found = linker.link("到2027年，新建污水处理厂3座，新增处理能力20万吨/日；改造提升泵站6处，"
				+ "新增调蓄能力5万立方米；再生水厂2座。").targets();
		assertThat(found).extracting(Links.TargetMention::value).containsExactly(3.0, 20.0, 6.0, 5.0, 2.0);
		assertThat(found).extracting(Links.TargetMention::year).containsOnly(2027);
	}

	@Test
	void aRangeIsATargetAtItsLowerBound() {
		assertThat(targets("每年遴选3—5家链主企业开展示范。")).containsExactly("3家>=");
	}

	@Test
	void numbersThatQualifyWhatIsCountedAreNoTargets() {
		assertThat(targets("培育年产5万吨以上再生铝企业4家，营业收入超10亿元的企业达到6家。")).containsExactly("4家=", "6家=");
		assertThat(targets("力争在3个月内完成，认真抓好5项重点工作。")).isEmpty();
		assertThat(targets("按照《指标体系（2021年版）》，包括6个一级指标。")).isEmpty();
	}

	@Test
	void aVerbDeepInTheClauseIsANoun() {
		assertThat(targets("在示范城市建设上认真抓好4项。对新建且服务企业数量20家的平台给予奖励。")).isEmpty();
	}

	/** Funding as {@link SupportQualityTests} keys it: the cap in yuan, else the basis (a ratio, a rate). */
	static List<String> funding(String text) {
		return linker.link(text).funding().stream()
			.map(f -> f.capYuan() == null ? f.basis() : Long.toString(f.capYuan()))
			.toList();
	}

	@Test
	void aRatioMayNameItsBaseWithoutDe() {
		assertThat(funding("对新认定的公共技术服务平台，给予不超过设备购置费用20%的一次性补助，最高200万元。"))
			.containsExactly("20%", "2000000");
		assertThat(funding("对企业实施智能化改造的，按不超过项目实际投资额15%的标准给予奖补。")).containsExactly("15%");
		assertThat(funding("对引进的重大项目，给予不超过固定资产投资额8%的一次性资金扶持。")).containsExactly("8%");
		assertThat(funding("每年给予不超过研发费用10%、年度总额不超过200万元的资助。")).containsExactly("10%", "2000000");
	}

	@Test
	void aRatioBaseNeverReachesAcrossANumberOrAList() {
		assertThat(funding("对能耗不超过2吨标准煤50%的项目予以优先保障。")).isEmpty();
		assertThat(funding("项目建设周期不超过三年、投资增幅30%以上的，纳入重点项目库。")).isEmpty();
	}

	@Test
	void aRatePaidPerUnitMayComeBeforeItsGrant() {
		assertThat(funding("对销售价格不高于35元/公斤的加氢站，按照8元/公斤给予运营补贴。")).containsExactly("8元/公斤");
		assertThat(funding("新开通的国际货运航线，按500元/架次的标准给予补助，单条航线年度最高补助80万元。"))
			.containsExactly("500元/架次", "800000");
		assertThat(funding("对分布式光伏项目，按每千瓦时0.2元给予度电补贴。")).containsExactly("0.2元/千瓦时");
		assertThat(funding("对餐厨废弃物收运企业，每吨给予30元补贴，单个企业年度补贴不超过100万元。"))
			.containsExactly("30元/吨", "1000000");
	}

	@Test
	void aPriceOrACountPerRecipientIsNoRate() {
		assertThat(funding("企业按照20元/吨以下的价格收购的给予补贴。")).isEmpty();
		assertThat(funding("对每吨售价不高于3000元的给予补贴。")).isEmpty();
		assertThat(funding("对认定的专精特新企业，每家最高奖励50万元。")).containsExactly("500000");
	}

	@Test
	void anInterestSubsidyUpToTheLoanPrimeRate() {
		assertThat(funding("对符合条件的技改贷款，按照贷款市场报价利率（LPR）给予全额贴息，单个项目年度贴息不超过200万元。"))
			.containsExactly("LPR", "2000000");
		assertThat(funding("对新增流动资金贷款，给予不超过同期LPR的贴息支持。")).containsExactly("LPR");
		// a share of the rate is a ratio; a loan's own rate is no grant
		assertThat(funding("对新增贷款按照LPR的50%给予贴息。")).containsExactly("50%");
		assertThat(funding("鼓励银行按照不高于LPR的利率发放贷款，财政给予贴息。")).isEmpty();
	}

	@Test
	void fundingLinksInLinearTime() {
		for (String hostile : List.of("给予不超过按照每吨LPR".repeat(2_000), "不超过费用".repeat(4_000) + "1%",
				"按照1元/吨以".repeat(3_000))) {
			long t0 = System.nanoTime();
			linker.link(hostile);
			assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1_000);
		}
	}

	@Test
	void targetsLinkInLinearTime() {
		// 20,000 characters without punctuation: target words and ranges, and one run of digits
		for (String hostile : List.of("建设1—2个到2025年新增累计达".repeat(1_400), "1".repeat(20_000))) {
			long t0 = System.nanoTime();
			linker.link(hostile);
			assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1_000);
		}
	}

}
