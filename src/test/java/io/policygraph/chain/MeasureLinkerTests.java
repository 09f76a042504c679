package io.policygraph.chain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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

}
