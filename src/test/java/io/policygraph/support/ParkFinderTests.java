package io.policygraph.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How parks are cut out of running text, on sentences written the way the corpus and other cities write them. */
class ParkFinderTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a name starts after its verb                | 加快建设天津港航空产业园，依托长沙经开区，推动岳麓山大学科技城发展。 | 天津港航空产业园;长沙经开区;岳麓山大学科技城
			a conjunction inside a name keeps it whole   | 推进光电子和集成电路产业园、高端服务核心区和临空经济核心区建设。 | 光电子和集成电路产业园;高端服务核心区;临空经济核心区
			a name after 入驻 (000_06e8…:77)             | 电子商务企业入驻京东数字经济产业园。 | 京东数字经济产业园
			titles to earn are no parks                  | 打造国家级先进制造业集群示范区，创建新能源汽车产业先导区，争创国家级产业基地。 |
			a quoted pilot is no park                    | 持续推进“千兆城市示范区”建设。 |
			counted and ranked parks are kinds           | 建设3个现代农业产业园，选择2—3家省级及以上工业园区，支持各类产业园区和省级经济开发区。 |
			a zone named as an agency is no park         | （责任单位：两江新区管委会、西部（重庆）科学城管理委员会） |
			a known zone and a park in it give both      | 位于滨海新区临港组团。 | 滨海新区;临港组团
			a bare place alias begins a longer name      | 集聚发展西海岸汽车生产基地。 | 西海岸汽车生产基地
			a list of carriers names its items           | 以光谷智能岛、江夏制造园等一批特色园区为载体。 | 光谷智能岛;江夏制造园
			a list of kinds of park names none           | 积极开展国别合作园、创新创业园等园区建设。 |
			a city in brackets is part of the name       | 依托中国航天科技园（济南），发展航天产业。 | 中国航天科技园（济南）
			short names share one carrier                | 推动孙耿、太平组团协同发展。 | 孙耿、太平组团
			a layout slogan is no park                   | 打造“两核三组团”产业空间布局。 |
			""")
	void parks(String why, String text, String expected) {
		assertThat(Linking.link(text).parks()).extracting(Links.ParkMention::name)
			.containsExactlyElementsOf(Linking.expected(expected));
	}

}
