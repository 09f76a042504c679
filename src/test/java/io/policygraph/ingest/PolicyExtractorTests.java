package io.policygraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Responsibility patterns in the forms other cities write them, beyond the seed corpus' own lines.
 * Each text is a short document in the usual shape; expectations are read off the text by hand.
 */
class PolicyExtractorTests {

	private final PolicyExtractor extractor = new PolicyExtractor();

	private List<ExtractedMeasure> units(String body) {
		String doc = "某市人民政府办公室关于印发某市测试行动方案的通知\n各区人民政府，市政府各部门：\n现将方案印发给你们。\n\n某市人民政府办公室\n2024年3月1日\n\n某市测试行动方案\n"
				+ body;
		ExtractedFile f = this.extractor.extract("t.txt", doc.getBytes(StandardCharsets.UTF_8));
		assertThat(f.documents()).hasSize(1);
		return f.documents().get(0).responsibilityUnits();
	}

	/** {@return the units of the first document of a whole text, with no notice put around it} */
	private List<ExtractedMeasure> unitsOfText(String doc) {
		return this.extractor.extract("t.txt", doc.getBytes(StandardCharsets.UTF_8)).documents().get(0).responsibilityUnits();
	}

	private static List<String> surfaces(ExtractedMeasure m, Role role) {
		return m.withRole(role).stream().map(Mention::surface).toList();
	}

	@Test
	void leadAndCooperatingUnitsWithOtherKeywords() {
		List<ExtractedMeasure> u = units("一、重点任务\n（一）推进数据共享。（牵头部门：市大数据局；配合单位：市公安局、市民政局）\n（二）办好展会。（主办单位：市商务局；协办单位：市贸促会）\n");
		assertThat(u).hasSize(2);
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("市大数据局");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市公安局", "市民政局");
		assertThat(u.get(0).path()).isEqualTo("一/（一）");
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("市商务局");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市贸促会");
	}

	@Test
	void bracketsWrittenAsProse() {
		List<ExtractedMeasure> u = units("""
				（一）建设创新平台。支持建设制造业创新中心。（市科技局牵头，市工业和信息化局、市财政局配合）
				（二）加强统计监测。（市统计局牵头，各有关部门按职责分工负责）
				（三）扩大消费。（由市商务局牵头，市财政局配合）
				（四）加强用地保障。（市住房城乡建设局会同市自然资源和规划局负责）
				（五）完善平台。（市发展改革委牵头负责）
				""");
		assertThat(u).hasSize(5);
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("市科技局");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市工业和信息化局", "市财政局");
		assertThat(u.get(0).form()).isEqualTo("prose-bracket");
		assertThat(u.get(0).text()).isEqualTo("（一）建设创新平台。支持建设制造业创新中心。");
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("市统计局");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("各有关部门");
		assertThat(surfaces(u.get(2), Role.LEAD)).containsExactly("市商务局");
		assertThat(surfaces(u.get(2), Role.RESPONSIBLE)).containsExactly("市财政局");
		assertThat(surfaces(u.get(3), Role.LEAD)).containsExactly("市住房城乡建设局");
		assertThat(surfaces(u.get(3), Role.RESPONSIBLE)).containsExactly("市自然资源和规划局");
		assertThat(surfaces(u.get(4), Role.LEAD)).containsExactly("市发展改革委");
		assertThat(u.get(4).withRole(Role.RESPONSIBLE)).isEmpty();
	}

	@Test
	void proseBracketsNamingNoBodyAreNotAnnotations() {
		List<ExtractedMeasure> u = units("""
				（一）推动协同创新。（企业牵头，高校配合）
				（二）按期完成。（2025年底前完成）
				""");
		assertThat(u).isEmpty();
	}

	@Test
	void labelledFieldsThatAreNotRolesNameNoBody() {
		List<ExtractedMeasure> u = units("""
				（六）推动数字化转型。（完成时限：2025年底前；牵头单位：市工业和信息化局）
				（七）强化人才支撑。（责任领导：陈某某副市长；牵头单位：市人力资源社会保障局；协办单位：市教育局）
				""");
		assertThat(u).hasSize(2);
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("市工业和信息化局");
		assertThat(u.get(0).withRole(Role.RESPONSIBLE)).isEmpty();
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("市人力资源社会保障局");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市教育局");
	}

	@Test
	void roleWordsInLenticularBracketsAndAsBareVerbs() {
		List<ExtractedMeasure> u = units("""
				（四）优化营商环境。深化改革。【牵头单位】市政务服务数据管理局 【配合单位】市市场监管局
				（五）加强金融支持。（牵头：市地方金融管理局；配合：市财政局、人民银行某市分行）
				""");
		assertThat(u).hasSize(2);
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("市政务服务数据管理局");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市市场监管局");
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("市地方金融管理局");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市财政局", "人民银行某市分行");
	}

	@Test
	void otherRoleWordsOfOtherCities() {
		List<ExtractedMeasure> u = units("""
				（一）加强用地保障。（责任主体：市规划和自然资源局、各区政府）
				（二）推进审批改革。（牵头处室：审批处；配合处室：法规处）
				（三）建设项目库。（主要责任单位：市发展改革委；其他责任单位：市财政局）
				""");
		assertThat(u).hasSize(3);
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市规划和自然资源局", "各区政府");
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("审批处");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("法规处");
		// 主要 is no lead word: a lead exists only where the text says 牵头 / 主责 / 主办
		assertThat(u.get(2).withRole(Role.LEAD)).isEmpty();
		assertThat(surfaces(u.get(2), Role.RESPONSIBLE)).containsExactly("市发展改革委", "市财政局");
	}

	@Test
	void leadMarkWrittenAfterAName() {
		List<ExtractedMeasure> u = units("""
				（一）完善产业链条。加快引进整车项目。责任单位：市经信局（牵头）、市发改委、市商务局
				（二）推进充电设施建设。（责任单位：市建委〔牵头〕，市发改委、各区县（市）政府）
				（三）培育市场主体。（市发展改革委（牵头）、市财政局）
				""");
		assertThat(u).hasSize(3);
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("市经信局");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市发改委", "市商务局");
		assertThat(u.get(0).withRole(Role.LEAD).get(0).position()).isEqualTo(1);
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("市建委");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市发改委", "各区县（市）政府");
		assertThat(surfaces(u.get(2), Role.LEAD)).containsExactly("市发展改革委");
		assertThat(surfaces(u.get(2), Role.RESPONSIBLE)).containsExactly("市财政局");
	}

	@Test
	void modalBeforeTheVerbInProse() {
		List<ExtractedMeasure> u = units("9.做好服务。市发展改革委要会同市财政局加快制定配套政策。\n");
		assertThat(u).hasSize(1);
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("市发展改革委");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市财政局");
	}

	@Test
	void positionalRuleWordedAsARankAndCountedOpenLists() {
		List<ExtractedMeasure> u = units("""
				（一）提升产业基础能力。（责任单位：经济和信息化厅、科技厅，排名第一的为牵头单位，下同）
				（二）加强要素保障。（责任单位：省发展改革委、省财政局等10个部门）
				""");
		assertThat(u).hasSize(2);
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("经济和信息化厅");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("科技厅");
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("省发展改革委");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("省财政局");
		assertThat(u.get(1).openList()).isTrue();
	}

	@Test
	void inheritedRuleWrittenAsASentenceWithTheBodiesFirst() {
		List<ExtractedMeasure> u = units("""
				（一）完善产业链条。（责任单位：市经信局）
				以下任务各区县（市）人民政府均为责任单位，不再一一列出。
				（二）推进充电设施建设。（责任单位：市建委）
				""");
		assertThat(u).hasSize(2);
		assertThat(u.get(0).withRole(Role.INHERITED)).isEmpty();
		assertThat(surfaces(u.get(1), Role.INHERITED)).containsExactly("各区县（市）人民政府");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市建委");
	}

	@Test
	void partnersAfterTheLeadInRunningText() {
		List<ExtractedMeasure> u = units("""
				3.推进用地改革。由市规划资源局负责，市发展改革委、市经济信息化委配合，加快出台实施细则。
				4.推进数据共享。由市大数据发展局牵头，市经济信息委、市通信管理局等单位参与，建设统一平台。
				5.加强公正司法。省法院、省市场监管局、省税务局按职责分工负责，各市州政府具体落实。
				""");
		assertThat(u).hasSize(3);
		assertThat(u.get(0).withRole(Role.LEAD)).isEmpty();
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市规划资源局", "市发展改革委", "市经济信息化委");
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("市大数据发展局");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市经济信息委", "市通信管理局");
		assertThat(u.get(1).openList()).isTrue();
		assertThat(surfaces(u.get(2), Role.RESPONSIBLE)).containsExactly("省法院", "省市场监管局", "省税务局", "各市州政府");
	}

	@Test
	void dutyPhrasingsOtherCitiesUse() {
		List<ExtractedMeasure> u = units("""
				1.扩大开放。市商务局、市财政局按照职责分工负责。
				2.稳定外资。市发展改革委与市财政局共同负责。
				3.建设科学城。高新区管委会主责，两江新区管委会、各区县政府协同推进。
				4.完善消费基础设施，市交通运输局、市规划和自然资源局负责；提升支付便利度，人民银行某市分行负责。
				""");
		assertThat(u).hasSize(5);
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市商务局", "市财政局");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市发展改革委", "市财政局");
		assertThat(surfaces(u.get(2), Role.LEAD)).containsExactly("高新区管委会");
		assertThat(surfaces(u.get(2), Role.RESPONSIBLE)).containsExactly("两江新区管委会", "各区县政府");
		assertThat(surfaces(u.get(3), Role.RESPONSIBLE)).containsExactly("市交通运输局", "市规划和自然资源局");
		assertThat(surfaces(u.get(4), Role.RESPONSIBLE)).containsExactly("人民银行某市分行");
	}

	@Test
	void roleListWrittenAsProseAfterTheKeyword() {
		List<ExtractedMeasure> u = units("（一）扩大内需。（责任单位：市商务局牵头，市财政局、市市场监管局配合）\n");
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("市商务局");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市财政局", "市市场监管局");
	}

	@Test
	void positionalRuleForOneListOrForTheRestOfTheDocument() {
		List<ExtractedMeasure> once = units("""
				（一）推进矿产开发。（省工业和信息化厅、省自然资源厅，列第一位的为牵头单位）
				（二）加强科技攻关。（省科技厅负责）
				""");
		assertThat(surfaces(once.get(0), Role.LEAD)).containsExactly("省工业和信息化厅");
		assertThat(surfaces(once.get(0), Role.RESPONSIBLE)).containsExactly("省自然资源厅");
		assertThat(once.get(1).withRole(Role.LEAD)).isEmpty();
		List<ExtractedMeasure> note = units("""
				注：列第一位的单位为牵头单位。
				一、重点任务
				（一）推进矿产开发。（省工业和信息化厅、省自然资源厅）
				""");
		assertThat(surfaces(note.get(0), Role.LEAD)).containsExactly("省工业和信息化厅");
		assertThat(surfaces(note.get(0), Role.RESPONSIBLE)).containsExactly("省自然资源厅");
	}

	@Test
	void aFieldOnTheNextLineEndsAnAnnotationOnItsOwnLine() {
		List<ExtractedMeasure> u = units("""
				4.实施数字化改造。
				责任单位：省经信厅、省财政厅、各设区市政府
				完成时限：2025年底
				5.推进审批。（责任单位：市发展改革委，责任人：李明）
				""");
		assertThat(u).hasSize(2);
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("省经信厅", "省财政厅", "各设区市政府");
		// the annotation closes the measure on the line before: provenance starts there (line 9 of the document)
		assertThat(u.get(0).text()).isEqualTo("4.实施数字化改造。");
		assertThat(u.get(0).lineStart()).isEqualTo(9);
		assertThat(u.get(0).lineEnd()).isGreaterThanOrEqualTo(10);
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市发展改革委");
	}

	@Test
	void divisionsOfADepartmentAsBodies() {
		List<ExtractedMeasure> u = units("""
				1.强化大气治理。（主办处室：大气环境处；协办处室：监测处、执法监督局）
				2.推进环评改革。环评处牵头，各市生态环境局配合。
				""");
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("大气环境处");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("监测处", "执法监督局");
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("环评处");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("各市生态环境局");
	}

	@Test
	void inheritedRuleWithItsScopeBeforeTheBodies() {
		List<ExtractedMeasure> u = units("""
				1.强化大气治理。（责任单位：大气环境处）
				以下第2至3项任务，各市生态环境局均需落实，不再列出。
				2.推进应对气候变化。（主责处室：气候处）
				""");
		assertThat(u.get(0).withRole(Role.INHERITED)).isEmpty();
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("气候处");
		assertThat(surfaces(u.get(1), Role.INHERITED)).containsExactly("各市生态环境局");
	}

	@Test
	void anEnterpriseLeadInABracketLeavesItsPartners() {
		List<ExtractedMeasure> u = units("""
				（一）组建创新联合体。（龙头企业牵头，市经济信息委配合）
				（二）建设公共平台。（市发展改革委牵头，市财政局等部门参与）
				""");
		assertThat(u).hasSize(2);
		assertThat(u.get(0).withRole(Role.LEAD)).isEmpty();
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市经济信息委");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市财政局");
		assertThat(u.get(1).openList()).isTrue();
	}

	@Test
	void documentNumberRightAfterTheTitleWithoutAnAddressee() {
		String doc = "重庆市推动成渝地区双城经济圈建设2024年工作要点\n渝府办发〔2024〕5号\n一、共建现代产业体系\n1.推动汽车产业转型升级。（责任单位：市经济信息委）\n";
		ExtractedFile f = this.extractor.extract("t.txt", doc.getBytes(StandardCharsets.UTF_8));
		assertThat(f.documents()).hasSize(1);
		assertThat(f.documents().get(0).title()).isEqualTo("重庆市推动成渝地区双城经济圈建设2024年工作要点");
		assertThat(f.documents().get(0).docNo()).isEqualTo("渝府办发〔2024〕5号");
		assertThat(surfaces(f.documents().get(0).responsibilityUnits().get(0), Role.RESPONSIBLE)).containsExactly("市经济信息委");
	}

	@ParameterizedTest
	@ValueSource(strings = { "各区县人民政府、市直有关部门：\n1.推进老旧小区改造。（牵头单位：市住建局）\n",
			"各县(市、区)人民政府、州级有关部门(单位):\n1.推进老旧小区改造。(牵头单位:市住建局)\n",
			"各镇人民政府、街道办事处、县政府各部门：\n经县政府同意，现将方案印发给你们，请认真贯彻执行。\n（一）推进老旧小区改造。（牵头单位：市住建局）\n" })
	void aCopyThatStartsAtItsAddresseeNamesNoMeasureThere(String doc) {
		List<ExtractedMeasure> u = unitsOfText(doc);
		assertThat(u).hasSize(1);
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("市住建局");
		assertThat(u.get(0).withRole(Role.RESPONSIBLE)).isEmpty();
	}

	/** Lines a page wrapped (a PDF's text layer): a colon or a label at a line's end is no addressee. */
	@ParameterizedTest
	@ValueSource(strings = {
			"某市目标任务责任分解方案\n一、主要目标\n1.地区生产总值增长7%左右。(牵头单位:市发改委;数据提供单位:市统计局)\n2.第一产业增加值增长2%。(牵头单位:市农业农村局;数据提供单位:\n市统计局)\n",
			"某县老旧小区改造工作方案\n一、重点任务\n1.推进老旧小区改造。\n牵头单位：\n县住建局\n2.推进城区绿化。\n牵头单位：\n县林业局\n" })
	void aLineEndingInAColonUnderTheTitleIsNoAddressee(String doc) {
		List<ExtractedMeasure> u = unitsOfText(doc);
		assertThat(u).hasSize(2);
		assertThat(u.get(0).withRole(Role.LEAD)).hasSize(1);
		assertThat(u.get(1).withRole(Role.LEAD)).hasSize(1);
	}

	@Test
	void anAnnotationClosingAnItemDoesNotReachBackPastASiblingThatNamesItsBodies() {
		List<ExtractedMeasure> u = units("""
				1.实施易地扶贫搬迁18695人。(责任单位:市移民局)
				此项工作已完成。截至2019年12月底,全市完成搬迁入住18695人。
				2.实施农村危房改造。
				(责任单位:市住建局)
				""");
		assertThat(u).hasSize(2);
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市移民局");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市住建局");
		assertThat(u.get(1).text()).startsWith("2.实施农村危房改造");
	}

	@Test
	void proseBeforeAnAnnotationAddsTheBodiesItLeavesOut() {
		List<ExtractedMeasure> u = units("1.推动汽车产业转型升级。市经济信息委要会同市发展改革委、市科技局制定新能源汽车产业发展规划（市经济信息委牵头）。\n");
		assertThat(u).hasSize(1);
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("市经济信息委");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市发展改革委", "市科技局");
	}

	@Test
	void taskTableFlattenedIntoLines() {
		List<ExtractedMeasure> u = units("""
				附件
				重点任务分工表
				序号 重点任务 牵头单位 责任单位 完成时限
				1 推进政务服务“一网通办” 省政务办 省直有关部门，各市州政府 2024年6月底
				2	开展涉企收费专项治理	省市场监管局	省发展改革委、省财政厅等部门	
				| 3 | 开展专项督查 | 省政府督查室 | — | 长期 |
				""");
		assertThat(u).hasSize(3);
		assertThat(u.get(0).text()).isEqualTo("推进政务服务“一网通办”");
		assertThat(u.get(0).path()).isEqualTo("附件/1");
		assertThat(u.get(0).form()).isEqualTo("table-column");
		assertThat(u.get(0).lineStart()).isEqualTo(12);
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("省政务办");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("省直有关部门", "各市州政府");
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("省市场监管局");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("省发展改革委", "省财政厅");
		assertThat(u.get(1).openList()).isTrue();
		assertThat(surfaces(u.get(2), Role.LEAD)).containsExactly("省政府督查室");
		assertThat(u.get(2).withRole(Role.RESPONSIBLE)).isEmpty();
	}

	@Test
	void aLineThatOnlyLooksLikeAHeaderIsNoTable() {
		List<ExtractedMeasure> u = units("""
				一、工作任务 责任单位 要明确
				（一）加强统筹。各有关单位 部门 要密切配合，形成合力。
				""");
		assertThat(u).isEmpty();
	}

	@Test
	void statementAfterTheTaskInTheSameSentence() {
		List<ExtractedMeasure> u = units("""
				1.开展试点。加快推进试点工作，市财政局牵头，市审计局配合。
				2.完善机制。具体办法由省财政厅会同省地方金融监管局另行制定。
				""");
		assertThat(u).hasSize(2);
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("市财政局");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市审计局");
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("省财政厅");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("省地方金融监管局");
	}

	@Test
	void resultsAlreadyReachedAssignNothing() {
		List<ExtractedMeasure> u = units("""
				一、工作基础
				2023年，全省经济平稳运行。省工业和信息化厅牵头完成了三年行动计划中期评估。市工业和信息化局主责推进的智能制造项目全部完成。
				2023年，自治区大数据发展局牵头推进“桂通办”平台建设。
				""");
		assertThat(u).isEmpty();
	}

	@Test
	void dutyListAfterABareHeadingWithItsPartners() {
		List<ExtractedMeasure> u = units("""
				2.2 成员单位职责
				　　市委宣传部：负责组织协调新闻发布和舆论引导工作。
				　　市发展改革委：负责应急物资储备体系建设，会同市财政局做好价格监测。
				""");
		assertThat(u).hasSize(2);
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市委宣传部");
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("市发展改革委");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市财政局");
	}

	@Test
	void anEmptyLeadCellLeavesTheColumnsInPlace() {
		List<ExtractedMeasure> u = units("""
				序号\t重点任务\t牵头单位\t责任单位\t完成时限
				1\t深化“区块链+政务服务”应用\t\t自治区大数据发展局、自治区财政厅\t持续推进
				""");
		assertThat(u).hasSize(1);
		assertThat(u.get(0).withRole(Role.LEAD)).isEmpty();
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("自治区大数据发展局", "自治区财政厅");
	}

	@Test
	void anUnclosedBracketEndsAtTheNextHeading() {
		List<ExtractedMeasure> u = units("""
				（三）完善金融服务。（牵头单位：市发展改革委；配合单位：市财政局、市金融工作局
				（四）规范市场秩序。（责任单位：市市场监管局）
				""");
		assertThat(u).hasSize(2);
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市财政局", "市金融工作局");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市市场监管局");
		assertThat(u.get(1).path()).isEqualTo("（四）");
	}

	@Test
	void positionalRuleOrdersListsOfSeveralBodiesOnly() {
		List<ExtractedMeasure> u = units("""
				本方案所列各项任务，涉及多个单位的，列第一位的为牵头单位，其他单位按职责分工负责。
				（一）扩大开放。（省商务厅）
				（二）推进认定。（省工业和信息化厅、省市场监管局等）
				（三）强化落实。各设区市人民政府负责本地区组织实施。
				""");
		assertThat(u).hasSize(3);
		assertThat(u.get(0).withRole(Role.LEAD)).isEmpty();
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("省商务厅");
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("省工业和信息化厅");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("省市场监管局");
		assertThat(u.get(1).openList()).isTrue();
		assertThat(u.get(2).withRole(Role.LEAD)).isEmpty();
		assertThat(surfaces(u.get(2), Role.RESPONSIBLE)).containsExactly("各设区市人民政府");
	}

	@Test
	void collectivesAliasesAndLeadVerbsInProse() {
		List<ExtractedMeasure> u = units("""
				（五）强化日常管理。各区县（市）人民政府和代管镇、街道的功能区管理机构负责辖区内的日常巡查。
				（六）统筹推进。省制造业数字化转型工作专班（以下简称专班）负责统筹推进。
				（七）遴选服务商。由省工业和信息化厅主办，省通信管理局协办。
				（八）加强交通管理。市交通运输局牵头会同市公安局交警支队、市城管局制定方案。
				（九）发布报告。由行业协会牵头发布年度发展报告。
				""");
		assertThat(u).hasSize(4);
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("各区县（市）人民政府", "代管镇、街道的功能区管理机构");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("省制造业数字化转型工作专班");
		assertThat(surfaces(u.get(2), Role.LEAD)).containsExactly("省工业和信息化厅");
		assertThat(surfaces(u.get(2), Role.RESPONSIBLE)).containsExactly("省通信管理局");
		assertThat(surfaces(u.get(3), Role.LEAD)).containsExactly("市交通运输局");
		assertThat(surfaces(u.get(3), Role.RESPONSIBLE)).containsExactly("市公安局交警支队", "市城管局");
	}

	@Test
	void inheritedRuleNamingACollectiveWithANoteAndAnotherBody() {
		List<ExtractedMeasure> u = units("""
				以下各项任务均需各市（含韩城市，下同）政府和杨凌示范区管委会落实，不再一一列出。
				（一）推进转型。（责任单位：省工业和信息化厅）
				""");
		assertThat(surfaces(u.get(0), Role.INHERITED)).containsExactly("各市（含韩城市，下同）政府", "杨凌示范区管委会");
	}

	@Test
	void aNameWithItsBracketInAnAnnotationOnItsOwnLine() {
		// this once threw: the name's bracket was read as a second annotation inside the first
		List<ExtractedMeasure> u = units("""
				　　第一条　加强人才支撑。落实人才政策。
				　　责任单位：市委组织部（市委人才办）、市人力资源社会保障局
				　　第二条　清理拖欠账款。建立长效机制。
				　　责任单位：市工业和信息化局、市财政局
				""");
		assertThat(u).hasSize(2);
		assertThat(u.get(0).path()).isEqualTo("第一条");
		assertThat(u.get(0).lineStart()).isEqualTo(9);
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市委组织部（市委人才办）", "市人力资源社会保障局");
		assertThat(u.get(1).path()).isEqualTo("第二条");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市工业和信息化局", "市财政局");
	}

	@Test
	void aListThatRunsOnIntoTheTask() {
		List<ExtractedMeasure> u = units("""
				（一）派出工作组。市应急局会同市城市管理局、市交通运输局向灾区派出工作组。
				市应急局：负责组织协调灾害救助，会同市财政局、市民政局下拨救灾款物。
				以下各项任务均需各市（州）政府、长白山管委会结合实际抓好落实，不再一一列出。
				（三）推进改革。小店经济技术开发区管委会牵头抓好园区改革，区委编办配合。（责任单位：市商务局）
				""");
		assertThat(u).hasSize(3);
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("市应急局");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市城市管理局", "市交通运输局");
		// X：负责…，会同Y…: the duty's body leads what it shares
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("市应急局");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市财政局", "市民政局");
		assertThat(surfaces(u.get(2), Role.INHERITED)).containsExactly("各市（州）政府", "长白山管委会");
		assertThat(surfaces(u.get(2), Role.LEAD)).containsExactly("小店经济技术开发区管委会");
		assertThat(surfaces(u.get(2), Role.RESPONSIBLE)).containsExactly("市商务局", "区委编办");
	}

	@Test
	void halfWidthBracketsColonsAndSemicolons() {
		List<ExtractedMeasure> u = units("1.加快建设。(牵头单位:市发展改革委;责任单位:市财政局,各区政府)\n");
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("市发展改革委");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市财政局", "各区政府");
	}

	@Test
	void hexagonalBracketsKeepInnerBracketsWhole() {
		List<ExtractedMeasure> u = units("2.推进转型。〔责任单位：区政府办公室（区大数据局）、各县（市、区）人民政府〕\n");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("区政府办公室（区大数据局）", "各县（市、区）人民政府");
	}

	@Test
	void missingOpeningBracketStillCloses() {
		List<ExtractedMeasure> u = units("3.实施创新项目30项以上。责任单位：区发展改革局、区科技局）\n");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("区发展改革局", "区科技局");
	}

	@Test
	void pageBreakInsideTheKeywordAndInsideANameIsJoined() {
		List<ExtractedMeasure> u = units("4.完善回收体系（责任\n\n单位：市发展改革委、市农业\n\n农村局）。\n");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市发展改革委", "市农业农村局");
		assertThat(u.get(0).lineStart()).isLessThan(u.get(0).lineEnd());
	}

	/** A page break between 总投资 and 66.4亿元: the amount is not a decimal heading, the sentence stays one. */
	@Test
	void pageBreakBeforeADecimalAmountIsNotAHeading() {
		List<ExtractedMeasure> u = units("5.推进重点项目，续建项目17个，总投资\n\n66.4亿元。（责任单位：市发展改革委）\n");
		assertThat(u).hasSize(1);
		assertThat(u.get(0).text()).contains("总投资66.4亿元");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市发展改革委");
	}

	@Test
	void openListsCollectivesAndConjunctions() {
		List<ExtractedMeasure> u = units("5.强化监管。（责任单位：市城管局等有关部门、单位）\n6.抓好落实。（责任单位：市政府有关部门、单位，各区、市政府及功能区管委会）\n");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市城管局");
		assertThat(u.get(0).openList()).isTrue();
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市政府有关部门、单位", "各区、市政府", "功能区管委会");
	}

	@Test
	void bareListsAtClauseEndButNotPlaceListsOrNotes() {
		List<ExtractedMeasure> u = units(
				"（一）支持研发。对重大项目给予支持（市科委、中关村管委会）；在中心城区（历下区、市中区）开展试点（或技术委员会），按规定执行（市人力资源社会保障局）。\n");
		assertThat(u).hasSize(2);
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市科委", "中关村管委会");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市人力资源社会保障局");
		assertThat(u.get(1).text()).startsWith("在中心城区");
	}

	@Test
	void dutySuffixWithoutKeyword() {
		List<ExtractedMeasure> u = units("（二）壮大产业。培育龙头企业。（市科技局、市海洋发展局按职责分工负责）\n");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市科技局", "市海洋发展局");
	}

	@Test
	void inheritedDefaultAppliesToLaterMeasuresOnly() {
		List<ExtractedMeasure> u = units("1.甲。（责任单位：市体育局，各区、市政府，以下各项工作均需各区、市政府落实，不再一一列出）\n2.乙。（责任单位：市财政局）\n");
		assertThat(surfaces(u.get(0), Role.INHERITED)).isEmpty();
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市体育局", "各区、市政府");
		assertThat(surfaces(u.get(1), Role.INHERITED)).containsExactly("各区、市政府");
	}

	@Test
	void positionalLeadRuleMakesTheFirstListedLead() {
		List<ExtractedMeasure> u = units("（一）甲。（责任单位：省科技厅、省发展改革委，列第一位的为牵头单位，下同。）\n（二）乙。（责任单位：省工业和信息化厅、省财政厅）\n");
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("省科技厅");
		assertThat(surfaces(u.get(1), Role.LEAD)).containsExactly("省工业和信息化厅");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("省财政厅");
	}

	@Test
	void listOrderAloneNeverMakesALead() {
		List<ExtractedMeasure> u = units("1.甲。（责任单位：市工业和信息化局、市财政局）\n");
		assertThat(surfaces(u.get(0), Role.LEAD)).isEmpty();
		assertThat(u.get(0).withRole(Role.RESPONSIBLE).get(0).position()).isEqualTo(1);
	}

	@Test
	void aliasNoteIsNotInheritance() {
		List<ExtractedMeasure> u = units("1.甲。(责任单位:市交通运输局,相关区县政府及功能区管委会;以下将区县政府及功能区管委会统称区县政府)\n2.乙。(责任单位:市商务局)\n");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市交通运输局", "相关区县政府", "功能区管委会");
		assertThat(surfaces(u.get(1), Role.INHERITED)).isEmpty();
	}

	@Test
	void proseLeadWithPartners() {
		List<ExtractedMeasure> u = units("（三）建立机制。由市发展改革委牵头，会同市财政局、市自然资源和规划局等部门，制定实施细则。\n");
		assertThat(surfaces(u.get(0), Role.LEAD)).containsExactly("市发展改革委");
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市财政局", "市自然资源和规划局");
		assertThat(u.get(0).openList()).isTrue();
	}

	@Test
	void proseWithNonBodySubjectsGivesNothing() {
		List<ExtractedMeasure> u = units("（四）创新。鼓励领军企业牵头组建创新联合体。建立由市政府主要领导同志牵头的协调机制。\n");
		assertThat(u).isEmpty();
	}

	@Test
	void responsibleAndSupportingInProse() {
		List<ExtractedMeasure> u = units("（五）保障。市财政局负责落实资金保障；市审计局配合做好监督。\n");
		assertThat(u).hasSize(2);
		assertThat(surfaces(u.get(0), Role.RESPONSIBLE)).containsExactly("市财政局");
		assertThat(surfaces(u.get(1), Role.RESPONSIBLE)).containsExactly("市审计局");
	}

	@Test
	void fullWidthDigitsAndLetterSpacingAreFolded() {
		List<ExtractedMeasure> u = units("１．加 强 财 政 统 筹.到２０２５年完成.(责任单位:市财政局)\n");
		assertThat(u.get(0).text()).contains("到2025年");
		assertThat(u.get(0).path()).isEqualTo("1");
	}

	@Test
	void gb18030TextIsDetected() {
		String doc = "某市测试实施方案\n一、任务\n1.推进。（责任单位：市商务局）\n";
		ExtractedFile f = this.extractor.extract("gbk.txt", doc.getBytes(Charset.forName("GB18030")));
		assertThat(f.documents().get(0).responsibilityUnits()).hasSize(1);
		assertThat(f.documents().get(0).responsibilityUnits().get(0).withRole(Role.RESPONSIBLE).get(0).surface())
			.isEqualTo("市商务局");
	}

	@Test
	void emptyBinaryAndPdfInputAreRefusedByName() {
		assertThatThrownBy(() -> this.extractor.extract("empty.txt", new byte[0])).isInstanceOf(UnreadableSourceException.class)
			.hasMessageContaining("empty.txt");
		assertThatThrownBy(() -> this.extractor.extract("x.bin", new byte[] { 1, 2, 0, 3, (byte) 0xff }))
			.isInstanceOf(UnreadableSourceException.class);
		assertThatThrownBy(() -> this.extractor.extract("a.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
			.hasMessageContaining("PDF");
	}

	@Test
	void documentMetadataAndValidity() {
		String doc = "北京市经济和信息化局关于印发《北京市关于支持氢能产业发展的若干政策措施》的通知\n各有关单位：\n现印发给你们。\n\n北京市经济和信息化局\n\n2024年12月17日\n\n北京市关于支持氢能产业发展的若干政策措施\n一、支持研发\n（一）支持攻关。给予支持（市科委、中关村管委会）。\n本措施自印发之日起施行，有效期至2025年8月。\n";
		ExtractedDocument d = this.extractor.extract("bj.txt", doc.getBytes(StandardCharsets.UTF_8)).documents().get(0);
		assertThat(d.title()).isEqualTo("北京市关于支持氢能产业发展的若干政策措施");
		assertThat(d.issuer()).isEqualTo("北京市经济和信息化局");
		assertThat(d.issuedOn()).hasToString("2024-12-17");
		assertThat(d.kind()).isEqualTo("若干政策措施");
		assertThat(d.validTo()).hasToString("2025-08-31");
	}

	@Test
	void twoDocumentsWithoutABlankLineBetweenThem() {
		String doc = "某市测试实施方案\n一、任务\n1.推进。（责任单位：市商务局）\n某省人民政府办公厅印发《关于推动测试的实施方案》的通知\n各市人民政府：\n现印发。\n某省人民政府办公厅\n2024年12月4日\n关于推动测试的实施方案\n（一）推进。（责任单位：省科技厅）\n";
		ExtractedFile f = this.extractor.extract("two.txt", doc.getBytes(StandardCharsets.UTF_8));
		assertThat(f.documents()).extracting(ExtractedDocument::title).containsExactly("某市测试实施方案", "关于推动测试的实施方案");
		assertThat(f.documents().get(1).docNo()).isNull();
		assertThat(f.documents().get(1).responsibilityUnits()).hasSize(1);
	}

}
