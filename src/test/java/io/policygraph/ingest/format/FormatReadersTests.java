package io.policygraph.ingest.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.policygraph.ingest.ExtractedFile;
import io.policygraph.ingest.ExtractedMeasure;
import io.policygraph.ingest.Mention;
import io.policygraph.ingest.PolicyExtractor;
import io.policygraph.ingest.Role;
import io.policygraph.ingest.UnreadableSourceException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The format readers on the committed fixtures of {@code src/test/resources/formats/} (made by
 * {@code scripts/make-format-fixtures.sh} from documents of the test sets): the same document in another
 * format gives the same units as its text, every difference listed with its reason; hostile files are refused
 * with the file named.
 */
class FormatReadersTests {

	private static final Path FORMATS = Path.of("src/test/resources/formats");

	private static final Path DALIAN = Path.of("src/test/resources/gold/other-cities/e_dalian_digital.txt");

	private static final Path ZHENGZHOU = Path.of("src/test/resources/gold/other-cities/h2_zhengzhou_table.txt");

	private static final Path SHENYANG = Path.of("src/test/resources/gold/other-cities/h4_shenyang_prose.txt");

	private static final Path SEED = Path.of("seed-data/corpus/000_06e836f55181acee.txt");

	private final PolicyExtractor extractor = new PolicyExtractor(ReadLimits.defaults());

	/** A unit as compared across formats: text without spaces, the bodies of each role, the section path. */
	record Unit(String text, List<String> lead, List<String> responsible, List<String> inherited, String path) {

		static Unit of(ExtractedMeasure m) {
			return new Unit(m.text().replace(" ", ""), names(m, Role.LEAD), names(m, Role.RESPONSIBLE), names(m, Role.INHERITED),
					m.path());
		}

		private static List<String> names(ExtractedMeasure m, Role role) {
			return m.withRole(role).stream().map(Mention::surface).toList();
		}

		boolean sameFacts(Unit o) {
			return this.lead.equals(o.lead) && this.responsible.equals(o.responsible) && this.inherited.equals(o.inherited)
					&& this.path.equals(o.path);
		}

	}

	private List<Unit> units(Path file) throws IOException {
		return units(this.extractor.extract(file.getFileName().toString(), Files.readAllBytes(file)));
	}

	private static List<Unit> units(ExtractedFile file) {
		List<Unit> out = new ArrayList<>();
		file.documents().forEach(d -> d.responsibilityUnits().forEach(m -> out.add(Unit.of(m))));
		return out;
	}

	/**
	 * Each format of a document against its text: the units in order, and how many may differ in their text
	 * only (same bodies in every role, same section path). Reasons, as read in the fixtures:
	 * seed-000.pdf (2): a PDF line that ends a sentence at the right margin and an item marker alone ({@code 2.})
	 * make layout start the measure one sentence later; zhengzhou.pdf (1): its annotation wrapped to a line of
	 * its own after a full stop, and layout cuts the item marker from the measure text.
	 */
	@ParameterizedTest(name = "{1} reads as {0}")
	@CsvSource({
			"src/test/resources/gold/other-cities/h2_zhengzhou_table.txt, zhengzhou.docx, 0",
			"src/test/resources/gold/other-cities/h2_zhengzhou_table.txt, zhengzhou.pdf, 1",
			"src/test/resources/gold/other-cities/h4_shenyang_prose.txt, shenyang-two-columns.pdf, 0",
			"seed-data/corpus/000_06e836f55181acee.txt, seed-000.docx, 0",
			"seed-data/corpus/000_06e836f55181acee.txt, seed-000.html, 0",
			"seed-data/corpus/000_06e836f55181acee.txt, seed-000.pdf, 2",
			"src/test/resources/gold/other-cities/h2_zhengzhou_table.txt, zhengzhou.ofd, 0",
			"seed-data/corpus/000_06e836f55181acee.txt, seed-000.ofd, 0" })
	void theSameDocumentInAnotherFormatGivesTheSameUnits(String text, String format, int textOnlyDifferences) throws IOException {
		List<Unit> expected = units(Path.of(text));
		List<Unit> actual = units(FORMATS.resolve(format));
		assertThat(actual).hasSameSizeAs(expected).isNotEmpty();
		int differing = 0;
		for (int i = 0; i < expected.size(); i++) {
			assertThat(actual.get(i).sameFacts(expected.get(i))).as("unit %d of %s: %s", i, format, actual.get(i)).isTrue();
			differing += actual.get(i).text().equals(expected.get(i).text()) ? 0 : 1;
		}
		assertThat(differing).isEqualTo(textOnlyDifferences);
	}

	/**
	 * The Dalian plan's appendix table wraps row 5 over two lines in the text, which a text table does not
	 * rebuild; every other format holds the row as one, so it reads the whole task and both bodies of the gold.
	 */
	@ParameterizedTest
	@CsvSource({ "dalian.docx", "dalian.pdf", "dalian.html", "dalian.wps", "dalian-tracked.docx", "dalian.ofd", "dalian-unruled.pdf" })
	void tablesOfWordPdfAndHtmlReadTheRowTheTextWraps(String format) throws IOException {
		List<Unit> text = units(DALIAN);
		List<Unit> actual = units(FORMATS.resolve(format));
		assertThat(actual).hasSameSizeAs(text);
		for (int i = 0; i < text.size(); i++) {
			if (text.get(i).text().startsWith("推进“一网统管”")) {
				assertThat(actual.get(i).text()).isEqualTo("推进“一网统管”平台建设，实现市、区两级平台互联互通");
				assertThat(actual.get(i).responsible()).containsExactly("各区市县政府", "各先导区管委会");
			}
			else {
				assertThat(actual.get(i)).isEqualTo(text.get(i));
			}
		}
	}

	@Test
	void aWorkbookReadsItsTaskTableWithTheMergedLeadOnEveryRow() throws IOException {
		ExtractedFile file = this.extractor.extract("dalian-tasks.xlsx", Files.readAllBytes(FORMATS.resolve("dalian-tasks.xlsx")));
		assertThat(file.format()).isEqualTo(Format.XLSX);
		List<Unit> units = units(file);
		List<Unit> table = units(DALIAN).stream().filter(u -> u.path().startsWith("附件")).toList();
		assertThat(units).hasSameSizeAs(table);
		for (int i = 0; i < units.size(); i++) {
			assertThat(units.get(i).lead()).isEqualTo(table.get(i).lead());
		}
		// rows 1 and 2 share one merged 牵头单位 cell; the header is the sheet's third row, under a merged title
		assertThat(units.get(0).lead()).containsExactly("市工业和信息化局");
		assertThat(units.get(1).lead()).containsExactly("市工业和信息化局");
		ExtractedMeasure first = file.documents().get(0).responsibilityUnits().get(0);
		assertThat(file.origin(first.lineStart())).isEqualTo(Origin.sheetRow("任务分工", 4));
	}

	/**
	 * The Dalian plan with its task table printed without borders: rows by baseline, cells by the gaps that stay
	 * free down the table (a wrapped cell joined to its row, the row after the page break still a row), so the
	 * units are those of the DOCX, and the table's those of the workbook.
	 */
	@Test
	void aTablePrintedWithoutRulesIsRebuiltFromItsColumnGaps() throws IOException {
		byte[] bytes = Files.readAllBytes(FORMATS.resolve("dalian-unruled.pdf"));
		ReadSource pdf = Formats.read("dalian-unruled.pdf", bytes, ReadLimits.defaults());
		assertThat(pdf.text()).contains("序号\t重点任务\t牵头单位\t配合单位\t完成时限\n",
				"\n5\t推进“一网统管”平台建设，实现市、区两级平台互联互通\t市数据局\t各区市县政府、各先导区管委会\t持续推进\n",
				"\n6\t开展数字技能培训 5万人次\t市人力资源社会保障局\t市总工会、团市委等\t每年\n");
		List<Unit> units = units(this.extractor.extract("dalian-unruled.pdf", bytes));
		assertThat(units).isEqualTo(units(FORMATS.resolve("dalian.docx")));
		List<Unit> table = units.stream().filter(u -> u.path().startsWith("附件")).toList();
		List<Unit> workbook = units(FORMATS.resolve("dalian-tasks.xlsx"));
		assertThat(table).hasSize(8).hasSameSizeAs(workbook);
		for (int i = 0; i < table.size(); i++) {
			assertThat(table.get(i).lead()).isEqualTo(workbook.get(i).lead());
			assertThat(table.get(i).responsible()).isEqualTo(workbook.get(i).responsible());
		}
	}

	@Test
	void pdfLosesItsRunningHeaderAndPageNumbersAndKeepsItsPages() throws IOException {
		ReadSource pdf = Formats.read("dalian.pdf", Files.readAllBytes(FORMATS.resolve("dalian.pdf")), ReadLimits.defaults());
		assertThat(pdf.format()).isEqualTo(Format.PDF);
		assertThat(pdf.text()).doesNotContain("大连市人民政府公报").doesNotContain("— 1 —").doesNotContain("— 2 —")
			.contains("序号\t重点任务\t牵头单位\t配合单位\t完成时限");
		assertThat(pdf.origins()).extracting(Origin::page).contains(1, 2);
		ExtractedFile file = this.extractor.extract("dalian.pdf", Files.readAllBytes(FORMATS.resolve("dalian.pdf")));
		List<ExtractedMeasure> units = file.documents().get(0).responsibilityUnits();
		assertThat(file.origin(units.get(0).lineStart()).page()).isEqualTo(1);
		assertThat(file.origin(units.get(units.size() - 1).lineStart()).page()).isEqualTo(2);
	}

	@Test
	void wordRendersItsAutomaticNumberingAndDropsTrackedDeletions() throws IOException {
		byte[] docx = Files.readAllBytes(FORMATS.resolve("dalian-tracked.docx"));
		String body = entry(docx, "word/document.xml");
		assertThat(body).doesNotContain("一、").doesNotContain("（一）").contains("此句已删除");
		ReadSource read = Formats.read("dalian-tracked.docx", docx, ReadLimits.defaults());
		assertThat(read.text()).contains("一、主要目标", "二、重点任务", "（一）夯实数字基础设施", "（五）加强数据要素流通", "三、保障措施")
			.doesNotContain("此句已删除").doesNotContain("大连市人民政府公报");
		assertThat(read.origin(1)).isEqualTo(Origin.paragraph(1));
	}

	@Test
	void htmlReadsTheArticleBodyOnly() throws IOException {
		ReadSource read = Formats.read("dalian.html", Files.readAllBytes(FORMATS.resolve("dalian.html")), ReadLimits.defaults());
		assertThat(read.format()).isEqualTo(Format.HTML);
		assertThat(read.text()).startsWith("大连市人民政府办公室关于印发")
			.contains("1\t建成5G基站累计达到2.5万个\t市工业和信息化局")
			.doesNotContain("首页").doesNotContain("当前位置").doesNotContain("打印").doesNotContain("关闭窗口")
			.doesNotContain("相关链接").doesNotContain("主办单位").doesNotContain("统计代码").doesNotContain("console")
			.doesNotContain("发布时间");
	}

	/** A real page of 中国政府网 (source in {@code real/*.source}): the article inside layout tables, the metadata table and QR box left out. */
	@Test
	void aRealGovernmentPageReadsItsArticleOnly() throws IOException {
		Path page = FORMATS.resolve("real/gov-cn-guobanhan-2005-69.html");
		ReadSource read = Formats.read(page.getFileName().toString(), Files.readAllBytes(page), ReadLimits.defaults());
		assertThat(read.text()).startsWith("\u3000\u3000国务院办公厅对全国政协十届三次会议\n")
			.contains("国办函〔2005〕69号\n", "\u3000\u3000一、研究制定指导性文件", "二〇〇五年七月十四日")
			.doesNotContain("索 引 号").doesNotContain("发文机关").doesNotContain("扫一扫").doesNotContain("主题分类");
		ExtractedFile file = this.extractor.extract(page.getFileName().toString(), Files.readAllBytes(page));
		assertThat(file.documents()).singleElement().satisfies(d -> assertThat(d.docNo()).isEqualTo("国办函〔2005〕69号"));
		ExtractedMeasure unit = file.documents().get(0).responsibilityUnits().get(0);
		assertThat(unit.withRole(Role.LEAD)).extracting(Mention::surface).containsExactly("信息产业部");
		assertThat(file.origin(unit.lineStart())).isEqualTo(Origin.paragraph(10));
	}

	/**
	 * An OFD typeset from the Dalian text (OfdWriter): page by page, its running header and page numbers
	 * dropped, its ruled task table across a page break read a row a line with the header once.
	 */
	@Test
	void ofdReadsItsTextByPositionWithItsPages() throws IOException {
		byte[] bytes = Files.readAllBytes(FORMATS.resolve("dalian.ofd"));
		ReadSource ofd = Formats.read("dalian.ofd", bytes, ReadLimits.defaults());
		assertThat(ofd.format()).isEqualTo(Format.OFD);
		assertThat(ofd.text()).doesNotContain("大连市人民政府公报").doesNotContain("— 1 —").doesNotContain("— 3 —")
			.containsOnlyOnce("序号\t重点任务\t牵头单位\t配合单位\t完成时限\n")
			.contains("\n5\t推进“一网统管”平台建设，实现市、区两级平台互联互通\t市数据局\t各区市县政府、各先导区管委会\t持续推进\n");
		assertThat(ofd.origins()).extracting(Origin::page).contains(1, 2, 3);
		ExtractedFile file = this.extractor.extract("dalian.ofd", bytes);
		assertThat(file.format()).isEqualTo(Format.OFD);
		List<ExtractedMeasure> units = file.documents().get(0).responsibilityUnits();
		assertThat(file.origin(units.get(0).lineStart())).isEqualTo(Origin.page(1));
		assertThat(file.origin(units.get(units.size() - 1).lineStart())).isEqualTo(Origin.page(3));
	}

	/** A real OFD made by an OFD producer (source in {@code real/*.source}): its text in reading order, its seal passed over. */
	@Test
	void aRealOfdReadsItsTextInOrder() throws IOException {
		Path file = FORMATS.resolve("real/luqiao-luweifa-2011-76.ofd");
		ReadSource ofd = Formats.read(file.getFileName().toString(), Files.readAllBytes(file), ReadLimits.defaults());
		assertThat(ofd.text()).startsWith("测试符路桥区卫生局文件\n\u3000\u3000路卫发〔2011〕76号\n\u3000\u3000关于同意张阿三同志辞职的批复\n区中医院：\n")
			.contains("\u3000\u3000你院《关于给张阿三同志辞职的请示》（路中医发\n〔2011〕10号）收悉。\n")
			.contains("号）文件精神，经研究，同意张阿三同志辞职。\n").doesNotContain("— 2 —");
		assertThat(ofd.origin(1)).isEqualTo(Origin.page(1));
		assertThat(ofd.origins().get(ofd.origins().size() - 1)).isEqualTo(Origin.page(2));
		ExtractedFile read = this.extractor.extract(file.getFileName().toString(), Files.readAllBytes(file));
		assertThat(read.documents()).singleElement().satisfies(d -> assertThat(d.docNo()).isEqualTo("路卫发〔2011〕76号"));
	}

	/**
	 * The charset an HTTP Content-Type declares speaks for the bytes as sent, over the page's meta tag, when the
	 * bytes decode in it: a page a server transcoded to UTF-8 whose meta still says gb2312, a GBK page whose
	 * template says utf-8. A header the bytes contradict (utf-8 on GBK bytes, a Western default on Chinese
	 * text) is not taken.
	 */
	@Test
	void theTransportCharsetIsHonouredOverTheMetaTagWhenTheBytesFitIt() throws IOException {
		byte[] gbk = Files.readAllBytes(FORMATS.resolve("dalian.html"));
		String page = new String(gbk, Charset.forName("GB18030"));
		assertThat(page).contains("charset=gb2312");
		String expected = Formats.read("dalian.html", gbk, ReadLimits.defaults()).text();
		assertThat(expected).startsWith("大连市人民政府办公室关于印发");
		byte[] transcoded = page.getBytes(StandardCharsets.UTF_8);
		// read by its meta tag, the transcoded page is mojibake, with no Chinese article left to find
		assertThatThrownBy(() -> Formats.read("page.html", transcoded, ReadLimits.defaults())).hasMessageContaining("no article body");
		assertThat(Formats.read("page.html", transcoded, ReadLimits.defaults(), Formats.charsetOf("text/html; charset=UTF-8")).text())
			.isEqualTo(expected);
		byte[] metaSaysUtf8 = page.replace("charset=gb2312", "charset=utf-8").getBytes(Charset.forName("GB18030"));
		assertThat(Formats.read("page.html", metaSaysUtf8, ReadLimits.defaults(), Formats.charsetOf("text/html;charset=\"GBK\"")).text())
			.isEqualTo(expected);
		assertThat(Formats.read("page.html", gbk, ReadLimits.defaults(), StandardCharsets.UTF_8).text()).isEqualTo(expected);
		assertThat(Formats.read("page.html", gbk, ReadLimits.defaults(), StandardCharsets.ISO_8859_1).text()).isEqualTo(expected);
		// text in Big5 also decodes as GB18030, into other characters: only the declared charset reads it right
		byte[] big5 = "關於印發實施方案的通知\n（牽頭單位：市發展改革委）\n".getBytes(Charset.forName("Big5"));
		assertThat(Formats.read("notice.txt", big5, ReadLimits.defaults()).text()).doesNotContain("關於印發");
		assertThat(Formats.read("notice.txt", big5, ReadLimits.defaults(), Formats.charsetOf("text/plain; charset=big5")).text())
			.isEqualTo("關於印發實施方案的通知\n（牽頭單位：市發展改革委）\n");
		assertThat(Formats.charsetOf("text/html")).isNull();
		assertThat(Formats.charsetOf("text/html; charset=no-such-charset")).isNull();
		assertThat(Formats.charsetOf("text/html; charset=gb2312")).isEqualTo(Charset.forName("GB18030"));
	}

	@ParameterizedTest(name = "{0} named {1} is read as {2}")
	@CsvSource({ "dalian.ofd, gazette.pdf, OFD", "dalian.docx, notes.txt, DOCX", "dalian.html, page.pdf, HTML", "dalian.wps, plan.wps, DOC", "dalian.pdf, plan.docx, PDF",
			"dalian-tasks.xlsx, tasks.doc, XLSX" })
	void theFormatIsKnownByContentNotName(String fixture, String name, Format format) throws IOException {
		assertThat(Formats.detect(name, Files.readAllBytes(FORMATS.resolve(fixture)), ReadLimits.defaults())).isEqualTo(format);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "scanned.pdf|图像扫描件，无可提取文字", "encrypted.pdf|encrypted PDF (password required)",
			"no-article.html|no article body", "no-unicode.pdf|PDF text has no Unicode mapping (26 of 26 glyphs" })
	void filesWithoutReadableTextAreRefusedByName(String fixture, String reason) throws IOException {
		byte[] bytes = Files.readAllBytes(FORMATS.resolve(fixture));
		assertThatThrownBy(() -> this.extractor.extract(fixture, bytes)).isInstanceOf(UnreadableSourceException.class)
			.hasMessageStartingWith(fixture + ": ").hasMessageContaining(reason);
	}

	@Test
	void aZipBombIsRefused() throws IOException {
		byte[] docx = Files.readAllBytes(FORMATS.resolve("dalian.docx"));
		// a document part padded with 40 MB of spaces compresses a thousand times over
		byte[] bomb = replaceEntry(docx, "word/document.xml", entry(docx, "word/document.xml").replace("<w:body>",
				"<w:body>" + " ".repeat(40 << 20)));
		assertThat(bomb.length).isLessThan(200_000);
		assertThatThrownBy(() -> this.extractor.extract("bomb.docx", bomb)).isInstanceOf(UnreadableSourceException.class)
			.hasMessageStartingWith("bomb.docx: zip bomb refused");
	}

	@Test
	void aContainerWithTooManyEntriesIsRefused() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < 1500; i++) {
				zip.putNextEntry(new ZipEntry("word/media/" + i + ".bin"));
			}
		}
		assertThatThrownBy(() -> this.extractor.extract("many.docx", out.toByteArray())).isInstanceOf(UnreadableSourceException.class)
			.hasMessageContaining("more than 1000 entries");
	}

	@Test
	void xmlExternalEntitiesAreRefused() throws IOException {
		byte[] docx = Files.readAllBytes(FORMATS.resolve("dalian.docx"));
		String xml = entry(docx, "word/document.xml");
		String hostile = xml.replaceFirst("<w:document", "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><w:document")
			.replaceFirst("主要目标", "&xxe;");
		byte[] bytes = replaceEntry(docx, "word/document.xml", hostile);
		assertThatThrownBy(() -> this.extractor.extract("xxe.docx", bytes)).isInstanceOf(UnreadableSourceException.class)
			.hasMessageStartingWith("xxe.docx: ").hasMessageNotContaining("root:");
	}

	/**
	 * Hostile OFD files, each made from dalian.ofd with one part changed: refused with the file named, by the
	 * limit that applies, before the part has grown or an entity is resolved.
	 */
	@Test
	void hostileOfdFilesAreRefusedByTheirLimit() throws IOException {
		byte[] ofd = Files.readAllBytes(FORMATS.resolve("dalian.ofd"));
		String page = "Doc_0/Pages/Page_0/Content.xml";
		String content = entry(ofd, page);
		byte[] bomb = replaceEntry(ofd, page, content.replace("<ofd:Content>", "<ofd:Content>" + " ".repeat(40 << 20)));
		assertThat(bomb.length).isLessThan(200_000);
		assertThatThrownBy(() -> this.extractor.extract("bomb.ofd", bomb)).isInstanceOf(UnreadableSourceException.class)
			.hasMessage("bomb.ofd: zip bomb refused: the entry " + page
					+ " inflates more than 100 times its compressed size (policygraph.formats.zip.min-inflate-ratio)");
		PolicyExtractor small = new PolicyExtractor(ReadLimits.from(key -> key.equals("policygraph.formats.zip.max-entry-bytes") ? "8KB" : null));
		assertThatThrownBy(() -> small.extract("large.ofd", ofd)).hasMessageStartingWith("large.ofd: zip bomb refused: the entry ")
			.hasMessageEndingWith(" inflates to more than 8192 bytes (policygraph.formats.zip.max-entry-bytes)");
		String xxe = content.replaceFirst("<ofd:Page ", "<!DOCTYPE ofd:Page [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><ofd:Page ")
			.replaceFirst("主要目标", "&xxe;");
		assertThatThrownBy(() -> this.extractor.extract("xxe.ofd", replaceEntry(ofd, page, xxe)))
			.hasMessage("xxe.ofd: XML with a DOCTYPE or external entities refused");
		// an advance repeated two billion times is cut to the characters it spaces: the page reads as before
		byte[] repeated = replaceEntry(ofd, page, content.replaceFirst("DeltaX=\"[^\"]*\"", "DeltaX=\"g 2000000000 5.6\""));
		assertThat(Formats.read("repeated.ofd", repeated, ReadLimits.defaults()).text())
			.isEqualTo(Formats.read("dalian.ofd", ofd, ReadLimits.defaults()).text());
		byte[] missing = replaceEntry(ofd, "OFD.xml", entry(ofd, "OFD.xml").replace("Doc_0/Document.xml", "Doc_1/Document.xml"));
		assertThatThrownBy(() -> this.extractor.extract("missing.ofd", missing))
			.hasMessage("missing.ofd: damaged OFD: the part Doc_1/Document.xml it names is missing");
		PolicyExtractor twoPages = new PolicyExtractor(ReadLimits.defaults().withPdf(2, Duration.ofMinutes(1)));
		assertThatThrownBy(() -> twoPages.extract("long.ofd", ofd)).hasMessageContaining("long.ofd: OFD of 3 pages is over the limit of 2 pages");
		byte[] scanned = ofd;
		for (int p = 0; p < 3; p++) {
			scanned = replaceEntry(scanned, "Doc_0/Pages/Page_" + p + "/Content.xml", "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content>"
					+ "<ofd:Layer ID=\"1\"><ofd:ImageObject ID=\"2\" ResourceID=\"3\" Boundary=\"0 0 210 297\" CTM=\"210 0 0 297 0 0\"/></ofd:Layer>"
					+ "</ofd:Content></ofd:Page>");
		}
		byte[] image = scanned;
		assertThatThrownBy(() -> this.extractor.extract("scanned.ofd", image)).hasMessageStartingWith("scanned.ofd: 图像扫描件，无可提取文字");
	}

	@Test
	void deeplyNestedHtmlIsRefused() {
		String page = "<html><body>" + "<div>".repeat(5000) + "关于印发实施方案的通知。".repeat(20) + "</div>".repeat(5000) + "</body></html>";
		assertThatThrownBy(() -> this.extractor.extract("nested.html", page.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UnreadableSourceException.class).hasMessageContaining("nested.html: HTML nested");
	}

	@Test
	void sizePageAndTimeLimitsRefuseByName() throws IOException {
		byte[] pdf = Files.readAllBytes(FORMATS.resolve("dalian.pdf"));
		PolicyExtractor small = new PolicyExtractor(ReadLimits.defaults().withMaxBytes(Format.PDF, 10_000));
		assertThatThrownBy(() -> small.extract("big.pdf", pdf)).hasMessageContaining("big.pdf: PDF file of").hasMessageContaining("max-bytes");
		PolicyExtractor onePage = new PolicyExtractor(ReadLimits.defaults().withPdf(1, Duration.ofMinutes(1)));
		assertThatThrownBy(() -> onePage.extract("long.pdf", pdf)).hasMessageContaining("long.pdf: PDF of 2 pages is over the limit of 1");
		PolicyExtractor hurried = new PolicyExtractor(ReadLimits.defaults().withPdf(100, Duration.ZERO));
		assertThatThrownBy(() -> hurried.extract("slow.pdf", pdf)).hasMessageContaining("slow.pdf: reading the PDF took longer than its time budget");
	}

	/**
	 * One page of a few hundred bytes whose content draws a form ten times, each drawing the next ten times,
	 * eight deep: a hundred million glyphs. Only a budget checked inside the page stops it; the file is refused
	 * at about its budget, far sooner than a read to the end.
	 */
	@Test
	@Timeout(120)
	void aPageThatNeverEndsIsRefusedWithinTheBudgetOfTheWholeFile() throws IOException {
		byte[] bomb = formFanOut(8);
		assertThat(bomb.length).isLessThan(10_000);
		PolicyExtractor budget = new PolicyExtractor(ReadLimits.defaults().withPdf(100, Duration.ofMillis(500)));
		long started = System.nanoTime();
		assertThatThrownBy(() -> budget.extract("forms.pdf", bomb)).isInstanceOf(UnreadableSourceException.class)
			.hasMessage("forms.pdf: reading the PDF took longer than its time budget of 0.5 s for the whole file "
					+ "(policygraph.formats.pdf.time-budget-seconds); refused at page 1");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void limitsAreConfigurableByKey() {
		ReadLimits limits = ReadLimits.from(key -> switch (key) {
			case "policygraph.formats.pdf.max-bytes" -> "5MB";
			case "policygraph.formats.pdf.max-pages" -> "12";
			case "policygraph.formats.html.max-depth" -> "64";
			default -> null;
		});
		assertThat(limits.maxBytes().get(Format.PDF)).isEqualTo(5L << 20);
		assertThat(limits.maxBytes().get(Format.DOCX)).isEqualTo(50L << 20);
		assertThat(limits.maxPdfPages()).isEqualTo(12);
		assertThat(limits.maxHtmlDepth()).isEqualTo(64);
	}

	@Test
	void wordNumbersCountAsPublicDocumentsDo() {
		assertThat(List.of(1, 9, 10, 11, 20, 21, 99, 100, 105, 110)).extracting(WordNumbering::chinese)
			.containsExactly("一", "九", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十");
		assertThat(WordNumbering.render(3, "decimalEnclosedCircle")).isEqualTo("③");
		assertThat(WordNumbering.render(4, "upperRoman")).isEqualTo("IV");
	}

	/** {@return a one-page PDF whose page draws a form ten times, each form the next ten times, {@code depth} deep} */
	private static byte[] formFanOut(int depth) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			PDFormXObject form = new PDFormXObject(doc);
			form.setBBox(PDRectangle.A4);
			form.setResources(new PDResources());
			try (PDFormContentStream cs = new PDFormContentStream(form)) {
				cs.beginText();
				cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				cs.newLineAtOffset(72, 720);
				cs.showText("x");
				cs.endText();
			}
			for (int level = 0; level < depth; level++) {
				PDFormXObject outer = new PDFormXObject(doc);
				outer.setBBox(PDRectangle.A4);
				outer.setResources(new PDResources());
				try (PDFormContentStream cs = new PDFormContentStream(outer)) {
					for (int i = 0; i < 10; i++) {
						cs.drawForm(form);
					}
				}
				form = outer;
			}
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.drawForm(form);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
	}

	private static String entry(byte[] zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (e.getName().equals(name)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new IllegalArgumentException(name);
	}

	private static byte[] replaceEntry(byte[] zip, String name, String content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				z.putNextEntry(new ZipEntry(e.getName()));
				z.write(e.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
			}
		}
		return out.toByteArray();
	}

}
