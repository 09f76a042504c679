package io.policygraph.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.policygraph.ingest.FormUnits.list;
import static io.policygraph.ingest.FormUnits.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table row per written form (see {@code io.policygraph.ingest.grammar.Forms}): a short body of text in
 * a document, the form that must read its first unit, and the bodies expected in each role. Bodies are
 * separated by {@code ;}, lines of the input by {@code \n}. The texts are our own variants of what real
 * documents write, not lines copied from the quality sets.
 */
class FormTests {

	private final PolicyExtractor extractor = new PolicyExtractor();

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			keyword-bracket     | （一）加快设施建设。（牵头单位：县住建局；责任单位：县财政局、县自然资源局）                      | 县住建局 | 县财政局;县自然资源局 |
			field               | （一）推动企业上云。【牵头部门】县工信局；【配合部门】县大数据中心                                  | 县工信局 | 县大数据中心 |
			keyword-bracket     | （一）完善统计监测。（牵头单位：市发改委；数据提供单位：市统计局）                                  | 市发改委 | 市统计局 |
			prose-bracket       | （一）建设创新平台。（县科技局牵头，县工信局、县财政局配合）                                        | 县科技局 | 县工信局;县财政局 |
			prose-bracket       | （一）加强用地保障。（县自然资源局会同县住建局负责）                                                | 县自然资源局 | 县住建局 |
			prose-bracket       | （一）推进项目。（省发展改革委、财政厅牵头；省工信委、林业厅，各州、市人民政府配合）                | 省发展改革委;财政厅 | 省工信委;林业厅;各州、市人民政府 |
			prose-bracket       | （一）推进项目。（市商务局牵头，市财政局，市发展改革委、市税务局按职责分工负责）                    | 市商务局 | 市财政局;市发展改革委;市税务局 |
			keyword-bracket     | （一）推进项目建设。\\n\\n（责任单位：县发展改革局、\\n\\n— 3 —\\n\\n县财政局）                       |  | 县发展改革局;县财政局 |
			duty-suffix         | （一）做好节庆活动。（县文旅局、县商务局按职责分工负责）                                            |  | 县文旅局;县商务局 |
			bare-list           | （一）办好博览会。（市商务局、市贸促会）                                                            |  | 市商务局;市贸促会 |
			lead-mark           | （一）推进数据共享。（责任单位：县大数据局（牵头）、县公安局）                                      | 县大数据局 | 县公安局 |
			unopened            | （一）推进数据共享，责任单位：县大数据局、县公安局）                                                |  | 县大数据局;县公安局 |
			unclosed            | （一）推进数据共享。（责任单位：县大数据局、县公安局。                                              |  | 县大数据局;县公安局 |
			field               | 1.地区生产总值增长6%左右。\\n\\n牵头领导：王某\\n牵头单位：县发展改革局\\n\\n责任单位：县统计局、各乡镇人民政府 | 县发展改革局 | 县统计局;各乡镇人民政府 |
			table-column        | 序号\t重点任务\t牵头单位\t配合单位\t完成时限\\n1\t建设数字乡村\t县农业农村局\t县大数据局、县财政局\t2025年底 | 县农业农村局 | 县大数据局;县财政局 |
			table-column        | 序号\\n\\n主要工作举措\\n\\n牵头单位\\n\\n配合单位\\n\\n责任领导\\n\\n1\\n\\n加快建设冷链物流中心，完善县乡村三级物流网络。\\n\\n县商务局\\n\\n县交通运输局、县供销社\\n\\n李某 | 县商务局 | 县交通运输局;县供销社 |
			prose-by-with       | （一）完善服务体系。由县人社局会同县财政局制定实施细则。                                            | 县人社局 | 县财政局 |
			prose-by-lead       | （一）完善服务体系。由县人社局牵头，会同县财政局、县税务局研究出台办法。                            | 县人社局 | 县财政局;县税务局 |
			prose-lead          | （一）完善服务体系。县人社局牵头制定实施细则，县财政局配合。                                        | 县人社局 | 县财政局 |
			prose-is-role       | （一）完善服务体系。县人社局为牵头单位，县财政局、县税务局为配合单位。                              | 县人社局 | 县财政局;县税务局 |
			prose-with          | （一）强化督导。县发改委要会同县督查落实办对进度滞后的事项进行督导。                            | 县发改委 | 县督查落实办 |
			prose-with          | （一）完善服务体系。县交通运输局会同县公安局做好运输保障。                                          | 县交通运输局 | 县公安局 |
			prose-by-duty       | （一）加强监督检查。由县市场监管局负责组织实施抽检工作。                                            |  | 县市场监管局 |
			prose-by-duty       | （二）办事机构\\n区防办设在区应急管理局，是区防指的常设机构，其日常工作由区应急管理局综合科承担。   |  | 区应急管理局综合科 |
			prose-duty          | （一）加强监督检查。县市场监管部门负责药品质量抽检。                                                |  | 县市场监管部门 |
			prose-duty          | （一）保障粮食供应。县粮食局负责救灾粮的调拨；会同有关部门提出储备粮动用方案。                      |  | 县粮食局;有关部门 |
			prose-partner       | （一）加强监督检查。县科技局、县财政局共同推进成果转化。                                            |  | 县科技局;县财政局 |
			prose-must          | （一）强化考核。县绩效考评机构要将重点任务纳入年度考核。                                            |  | 县绩效考评机构 |
			prose-act           | （一）保障物资供应。县商务局组织实施灾区生活必需品的市场供应。                                    |  | 县商务局 |
			prose-act           | 六、治安保障\\n破坏性地震发生时，县消防救援大队应参与维护社会治安。                                  |  | 县消防救援大队 |
			prose-trailing-duty | （一）强化考核。完善消费基础设施，优化网点布局，提升服务品质，扩大有效供给，激发消费活力，县商务局负责。                                                    |  | 县商务局 |
			duty-entry          | 三、成员单位职责\\n　　县教育局：负责学生营养改善计划的组织实施。                                     |  | 县教育局 |
			section-lead        | 一、县发展改革局牵头的工作\\n1.编制县域国土空间总体规划，推进多规合一。\\n协同单位：县自然资源局。   | 县发展改革局 | 县自然资源局 |
			section-duty        | （一）縣減災委職責\\n負責組織和領導全縣的自然災害救助工作。                                          |  | 縣減災委 |
			positional-lead     | （一）推进数据共享。（县大数据局、县公安局、县民政局，列第一位的为牵头单位）                        | 县大数据局 | 县公安局;县民政局 |
			above-group         | （一）编制县域国土空间总体规划，推进多规合一。\\n（二）完善村庄规划，优化乡村布局。\\n以上两项任务由县自然资源局统筹，各乡镇人民政府配合。 | 县自然资源局 |  |
			prose-bracket       | （一）做好节庆活动。（县文旅局、县商务局、县财政局等负责，列第一位的为牵头单位，下同）              | 县文旅局 | 县商务局;县财政局 |
			prose-bracket       | （一）做好节庆活动。（县文旅局、县商务局、县财政局负责。列第一位的为牵头单位，下同）              | 县文旅局 | 县商务局;县财政局 |
			duty-suffix         | （一）做好节庆活动。（县文旅局、县商务局按职责分工负责，列第一位的为牵头单位）                      | 县文旅局 | 县商务局 |
			prose-bracket       | （一）完善统计制度。（县统计局主办，县发展改革局、县财政局协办）                                    | 县统计局 | 县发展改革局;县财政局 |
			bare-list           | （一）推进老旧小区改造。（市住建局，东城区、西城区政府）                                            |  | 市住建局;东城区;西城区政府 |
			keyword-bracket     | （一）落实减税降费。（牵头单位：县税务局；配合单位：各地、各部门）                                  | 县税务局 | 各地;各部门 |
			keyword-bracket     | （一）精简审批事项。（责任单位：县政府各部门、各直属机构）                                          |  | 县政府各部门、各直属机构 |
			keyword-bracket     | （一）加快設施建設。（牽頭單位：縣住建局；責任單位：縣財政局、縣自然資源局）                        | 縣住建局 | 縣財政局;縣自然資源局 |
			table-column        | 序号\t重点任务\t责任单位\\n1\t减免中小企业房屋租金\t责任单位：各乡镇人民政府，县财政局、县税务局                  |  | 各乡镇人民政府;县财政局;县税务局 |
			prose-bracket       | （一）推进政务公开。（县政府各部门分别负责，年内持续推进）                                          |  | 县政府各部门 |
			duty-suffix         | （一）编制权责清单。（县审批局、县司法局按职责分工负责，2026年底前完成）                            |  | 县审批局;县司法局 |
			field               | 一、县政府主责任务\\n1.城区河道水质稳定达到Ⅲ类。\\n\\n牵头单位：县水务局                                | 县水务局 |  |
			bare-list           | （一）完成牧民定居点建设任务。（州民宗委）                                                          |  | 州民宗委 |
			bare-list           | （一）建设嘎查村级服务站。（旗民政局）                                                              |  | 旗民政局 |
			table-column        | 序号\\n\\n民生实事\\n\\n责任单位\\n\\n完成时限\\n\\n1\\n\\n建成县城污水处理厂二期工程。\\n\\n县住建局\\n\\n县水务局\\n\\n县环保局\\n\\n12月底前 |  | 县住建局;县水务局;县环保局 |
			table-column        | '重点工作 | 季度目标 | 分管领导 | 牵头单位 | 落实情况 | 说明 |\\n1.推进老旧小区改造。 | 王某 | 县住建局 | 已完成设计。 | ||' | 县住建局 |  |
			keyword-bracket     | （一）推进乡镇机构改革。（牵头领导：张某；牵头单位：县农办；主办单位：县编办、县财政局）          | 县农办 | 县编办;县财政局 |
			keyword-bracket     | （一）建设综合文化站。（牵头单位：市文化局；主办单位：市广电局、各县（市）及相关区政府）          | 市文化局 | 市广电局;各县（市）;相关区政府 |
			field               | （一）建设民俗公园。\\n\\n主办单位：县住建局，协办单位：城关镇、东湖镇。                           | 县住建局 | 城关镇;东湖镇 |
			prose-clause        | 一、粮食产能工程\\n工作要求：全面提升粮食综合生产能力。\\n任务分工：张某副省长负责，省农委总牵头。 | 省农委 |  |
			table-column        | 序号\\n\\n2024年预期目标\\n\\n责任单位\\n\\n1\\n\\n全县生产总值增长6%左右。\\n\\n县发展改革局 |  | 县发展改革局 |
			field               | 1.地区生产总值增长6.5%以上。\\n牵头领导：王某\\n牵头单位：县发展和改革局\\n责任单位：各有关部门，各开发区、镇(街道) | 县发展和改革局 | 各有关部门;各开发区、镇(街道) |
			keyword-bracket     | （一）推进农村改厕。（牵头单位：县农业农村局；责任单位：各乡镇、街道）                              | 县农业农村局 | 各乡镇、街道 |
			keyword-bracket     | （一）推进农村改厕。（牵头单位：县农业农村局；责任单位：各开发区、城关镇）                          | 县农业农村局 | 各开发区;城关镇 |
			keyword-bracket     | （一）推进网上办。（牵头单位：县审批局；责任单位：县直有关部门、单位，各镇政府。以下任务均需各镇政府落实，不再一一列出） | 县审批局 | 县直有关部门、单位;各镇政府 |
			prose-bracket       | （一）促进消费。（县发展改革委、县财政局、人民银行县支行等负责）                                    |  | 县发展改革委;县财政局;人民银行县支行 |
			""")
	void eachFormReadsItsFirstUnit(String form, String body, String lead, String responsible, String inherited) {
		ExtractedMeasure unit = units(body).get(0);
		assertThat(surfaces(unit, Role.LEAD)).as("lead").containsExactlyElementsOf(list(lead));
		assertThat(surfaces(unit, Role.RESPONSIBLE)).as("responsible").containsExactlyElementsOf(list(responsible));
		assertThat(surfaces(unit, Role.INHERITED)).as("inherited").containsExactlyElementsOf(list(inherited));
		assertThat(unit.mentions()).as("the form of some fact").anyMatch(m -> m.form().equals(form));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a collective addressing everyone  | （一）强化考核。各地各部门要高度重视，切实抓好落实。
			an enterprise leading             | （一）推动协同创新。（龙头企业牵头，高校配合）
			a deadline in brackets            | （一）按期完成。（2025年底前完成）
			a result already reached          | （一）回顾。县工信局牵头完成了产业评估工作。
			a person after a people label     | 1.地区生产总值增长6%左右。\\n牵头领导：王某某
			vertical departments in general   | （一）强化协同。条线部门要主动融合，全力配合、协同推进。
			shares are no section of a bureau | （一）盘活集体资产。（农户以承包地入股）
			the lead of each task in general  | （一）强化责任。牵头责任单位要切实担负起第一责任人的责任。
			a title run into an exhortation   | 一、落实责任,确保质量\\n各责任单位要严格遵循原则，确保按期完成任务。
			everyone acting without a modal   | （一）强化储备。各级人民政府加强应急物资储备。
			a verb in a list of verbs         | （一）加强党的领导。确保党始终总揽全局、协调各方。
			the body a task is done with      | （一）做好对接。涉及外地企业的，视情与其监管部门做好对接。
			duties under a heading of no body | （二）成员单位职责\\n负责本部门的救灾工作。
			""")
	void nothingIsReadFrom(String why, String body) {
		assertThat(units(body)).as(why).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			inherited-default | 以下各项任务均需各乡镇人民政府落实，不再一一列出。\\n（一）加快设施建设。（牵头单位：县住建局）   | 县住建局 | 各乡镇人民政府
			inherited-default | （一）加快设施建设。（牵头单位：县住建局，以下各项任务均需各乡镇人民政府落实，不再列出）\\n（二）推进改造。（牵头单位：县发展改革局） | 县发展改革局 | 各乡镇人民政府
			inherited-default | （一）加快设施建设。（责任单位：县住建局。除专门列出外，以下任务均涉及各乡镇人民政府，不再重复）\\n（二）推进改造。（牵头单位：县发展改革局） | 县发展改革局 | 各乡镇人民政府
			inherited-default | 1.推进网上办。(牵头单位:县审批局;责任单位:县直有关部门、单位,各镇街。以下任务均需各镇街落实,不再一一列出)\\n\\n2.优化掌上办。(牵头单位:县大数据中心) | 县大数据中心 | 各镇街
			""")
	void rulesReachTheMeasuresAfterThem(String form, String body, String lead, String inherited) {
		List<ExtractedMeasure> units = units(body);
		ExtractedMeasure last = units.get(units.size() - 1);
		assertThat(surfaces(last, Role.LEAD)).containsExactlyElementsOf(list(lead));
		assertThat(surfaces(last, Role.INHERITED)).containsExactlyElementsOf(list(inherited));
		assertThat(last.mentions()).anyMatch(m -> m.form().equals(form));
		assertThat(last.flags()).contains("rule-applied");
	}

	@Test
	void oneAnnotationAfterAGroupOfSubItemsCoversEach() {
		List<ExtractedMeasure> units = units("""
				（三）加强人才支撑。
				1.引进高层次人才，完善人才服务保障体系。
				2.培养技能人才，扩大职业技能培训规模。
				（责任单位：县人社局、县教育局）
				（四）强化金融服务。（责任单位：县财政局）
				""");
		assertThat(units).extracting(ExtractedMeasure::path).containsExactly("（三）/1", "（三）/2", "（四）");
		assertThat(surfaces(units.get(0), Role.RESPONSIBLE)).containsExactly("县人社局", "县教育局");
		assertThat(surfaces(units.get(1), Role.RESPONSIBLE)).containsExactly("县人社局", "县教育局");
	}

	@Test
	void anAnnotationOpeningALineClosesTheSentenceTheLineBeforeEndedWith() {
		List<ExtractedMeasure> units = units("""
				（一）约束性指标。
				常住人口控制在60万人左右。（县公安局牵头）森林覆盖率稳定在百分之四十以上。
				（县林业局牵头）城镇污水处理率达到95%。（县住建局牵头）
				""");
		assertThat(units).extracting(u -> surfaces(u, Role.LEAD)).containsExactly(List.of("县公安局"), List.of("县林业局"),
				List.of("县住建局"));
		assertThat(units.get(1).text()).isEqualTo("森林覆盖率稳定在百分之四十以上。");
		assertThat(units.get(1).lineStart()).as("the document's header takes 8 lines").isEqualTo(10);
		assertThat(units.get(1).lineEnd()).isEqualTo(11);
	}

	@Test
	void aTableWithACellALineGoesOnWhileItsRowsAreNumberedInTurn() {
		StringBuilder text = new StringBuilder("序号\n工作任务\n责任领导\n责任股室\n1\n完善公共文化服务体系。\n王某\n文化股\n图书馆\n");
		// rows whose body cell is merged from the row above: more lines without a body than a table usually has
		for (int n = 2; n <= 9; n++) {
			text.append(n).append("\n开展第").append(n).append("项文化惠民活动。\n");
		}
		text.append("10\n完成年度安全生产任务。\n李某\n各股室、局属事业单位\n");
		List<ExtractedMeasure> units = units(text.toString());
		assertThat(units).extracting(u -> surfaces(u, Role.RESPONSIBLE)).containsExactly(List.of("文化股", "图书馆"),
				List.of("各股室", "局属事业单位"));
	}

	@Test
	void aTableOfBarredCellsGoesOnThroughSubRowsWithoutABody() {
		StringBuilder text = new StringBuilder("序号 |\n项目名称 |\n牵头单位 |\n目标任务 |\n累计进度 |\n1 |\n提高城乡低保标准 |\n县民政局 |\n");
		// sub-rows merged with the row above, every cell still ending in a bar: more lines than a table's quiet limit
		for (int n = 1; n <= 5; n++) {
			text.append("农村保障人数 |\n3561").append(n).append(" |\n持续推进 |\n|\n");
		}
		text.append("2 |\n规范公益性公墓管理 |\n县民政局 |\n100% |\n");
		List<ExtractedMeasure> units = units(text.toString());
		assertThat(units).extracting(u -> surfaces(u, Role.LEAD)).containsExactly(List.of("县民政局"), List.of("县民政局"));
	}

	@Test
	void aTableOfSpacedCellsGoesOnThroughItsSectionsAndBodiesWrittenALine() {
		List<ExtractedMeasure> units = units("""
				序号 目标任务 责任单位 推进情况
				一、主要预期目标
				1 全县生产总值增长6%。 县发展改革局 同比增长5%。
				2 粮食产量稳定在10万吨。 县农业农村局
				县水利局
				县供销社
				已完成春播。
				二、重点工作
				3 建成城区污水管网。 县住建局 已开工。
				""");
		assertThat(units).extracting(u -> surfaces(u, Role.RESPONSIBLE)).containsExactly(List.of("县发展改革局"),
				List.of("县农业农村局", "县水利局", "县供销社"), List.of("县住建局"));
	}

	@Test
	void aDescribedFieldBelongsToTheTaskAboveItAndTheNextLabelEndsTheList() {
		List<ExtractedMeasure> units = units("""
				1. 做好国土空间规划的有效衔接。

				工作成果：坚持规划先行，推动基础设施、道路交通、产业发展、生态保护等领域规划的有序衔接、相互配套、同步实施，增强规划内容之间的整体性、协调性，推动三市州同城化谋划、联动式合作和协同化发展。

				责任单位：西宁市、海东市、海北州发展改革部门

				人：三市州发展改革部门主要负责同志
				""");
		assertThat(units).hasSize(1);
		// the task's own line, after the eight lines of the notice that units() writes before the body
		assertThat(units.get(0).lineStart()).isEqualTo(9);
		assertThat(surfaces(units.get(0), Role.RESPONSIBLE)).containsExactly("西宁市", "海东市", "海北州发展改革部门");
	}

	@Test
	void eachTableKeepsItsOwnColumns() {
		List<ExtractedMeasure> units = units("""
				一、重点任务
				序号	重点任务	牵头单位	配合单位
				1	建设数字乡村	县农业农村局	县大数据局
				二、民生实事
				序号	实事项目	责任单位	完成时限
				1	新建城区学校	县教体局	2025年底
				""");
		assertThat(units).hasSize(2);
		assertThat(surfaces(units.get(0), Role.LEAD)).containsExactly("县农业农村局");
		assertThat(surfaces(units.get(1), Role.LEAD)).isEmpty();
		assertThat(surfaces(units.get(1), Role.RESPONSIBLE)).containsExactly("县教体局");
	}

	@Test
	void aLeadCellMergedOverRowsAndBrokenIntoCharactersLeadsEachRow() {
		List<ExtractedMeasure> units = units("""
				牵头单位
				| 目 标 任 务
				| 责 任 单 位
				|
				县
				发
				改
				局
				| 推进重点项目建设，完成年度投资计划
				| 县财政局、县自然资源局
				|
				加快产业园区基础设施建设
				| 县工信局
				|
				县教
				体局
				| 新建城区小学两座
				| 县住建局
				|
				""");
		assertThat(units).hasSize(3);
		assertThat(units).extracting(u -> surfaces(u, Role.LEAD)).containsExactly(List.of("县发改局"), List.of("县发改局"),
				List.of("县教体局"));
		assertThat(surfaces(units.get(0), Role.RESPONSIBLE)).containsExactly("县财政局", "县自然资源局");
		assertThat(surfaces(units.get(1), Role.RESPONSIBLE)).containsExactly("县工信局");
	}

	@Test
	void fieldLinesRepeatedInTheBodyStayAndRunningHeadersGo() {
		StringBuilder body = new StringBuilder();
		for (int i = 1; i <= 4; i++) {
			body.append(i).append(".推进第").append(i).append("项重点工作，确保按期完成。\n牵头单位：县发展改革局\n");
			body.append("某县人民政府行政规范性文件汇编\n— ").append(i).append(" —\n某县人民政府行政规范性文件汇编\n");
		}
		List<ExtractedMeasure> units = units(body.toString());
		assertThat(units).hasSize(4).allSatisfy(u -> assertThat(surfaces(u, Role.LEAD)).containsExactly("县发展改革局"));
		assertThat(units).noneSatisfy(u -> assertThat(u.text()).contains("汇编"));
	}

	private List<ExtractedMeasure> units(String body) {
		return FormUnits.read(this.extractor, body);
	}

}
