package io.policygraph.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which project words in running text name a project, and how far the name reaches. */
class ProjectFinderTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			in running text a place makes a name        | 到2025年，新建江北区生活垃圾转运站，推进大中型垃圾转运站建设，实施老旧小区改造项目。 | 江北区生活垃圾转运站
			an owner makes a name; a phase alone too    | 推进中铁建设集团有限公司总部项目，适时启动二期项目。 | 中铁建设集团有限公司总部项目;二期项目
			the items of an enumeration are named       | 重点项目。长江大桥北延线项目、成渝中线高铁项目、锦江绿道二期工程。 | 长江大桥北延线项目;成渝中线高铁项目;锦江绿道二期工程
			ranks listed before a kind name none        | 积极培育国家级、省级智能制造试点示范项目。 |
			a list of facilities gives each             | 推动西部云谷智算中心、城市大脑创新中心等算力项目建设。 | 西部云谷智算中心;城市大脑创新中心
			a list of partners gives the whole list     | 推进宁德时代、中创新航等重点合作项目落地。 | 宁德时代、中创新航等重点合作项目
			a list of fields names no project           | 引进新能源、生物医药等优质项目。 |
			the phase after the name runs on (000_06e8…:785) | 投用莱芜区垃圾焚烧发电项目（二期）。 | 莱芜区垃圾焚烧发电项目（二期）
			a kind with a place is no name              | 推进天桥区招商引资项目。 |
			a park going into production (004_b247…:449) | 加快智能高端自动驾驶设备制造基地投产达效。 | 智能高端自动驾驶设备制造基地
			a project word inside a portfolio is none   | 扎实推进总投资1920.83亿元的90个重点项目。 |
			""")
	void projects(String why, String text, String expected) {
		assertThat(Linking.link(text).projects()).extracting(Links.ProjectMention::name)
			.containsExactlyElementsOf(Linking.expected(expected));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			investment, status and year of its sentence | 2024年新建总投资2.5亿元的江北区生活垃圾转运站。 | 江北区生活垃圾转运站 2.5 新建 2024
			""")
	void whatASentenceSaysOfAProject(String why, String text, String expected) {
		assertThat(Linking.link(text).projects())
			.extracting(p -> p.name() + " " + p.investmentYi() + " " + p.status() + " " + p.year())
			.containsExactly(expected);
	}

}
