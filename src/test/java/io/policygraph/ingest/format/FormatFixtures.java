package io.policygraph.ingest.format;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes the format fixtures of {@code src/test/resources/formats/} from text documents of the test sets:
 * DOCX (POI; headings with Word's automatic numbering, tables as tables, a running header and a page-number
 * footer, one tracked change), HTML (a government CMS page in GB2312 with navigation, breadcrumb, 打印/关闭,
 * related links and footer around the article; the Dalian plan once more with its task table printed without
 * borders), OFD (typeset here as an OFD producer places text: a TextObject a line, each character's advance,
 * tables ruled by paths, a running header and page numbers; {@link OfdWriter}), XLSX (a task table with a title row, merged cells and a
 * second table), and the PDFs that must be refused (a scan, an encrypted file). LibreOffice then turns the
 * DOCX into PDF and into a Word 97 {@code .wps} ({@code scripts/make-format-fixtures.sh}). Not part of the
 * test run: the tests read the committed files.
 */
public final class FormatFixtures {

	private static final Pattern TOP = Pattern.compile("^([一二三四五六七八九十]+)、(.*)");

	private static final Pattern SECOND = Pattern.compile("^（([一二三四五六七八九十]+)）(.*)");

	private static final Pattern ITEM = Pattern.compile("^(\\d{1,2}[.．]|[(（]\\d{1,2}[)）]|第[一二三四五六七八九十]+[章条])");

	private static final Pattern NOISE = Pattern.compile("^[—\\-]\\s*\\d+\\s*[—\\-]$|.*公报.*期[）)]?$");

	private static final String FONT = "WenQuanYi Micro Hei";

	private FormatFixtures() {
	}

	/** A document as a word processor holds it: paragraphs, and tables as rows of cells. */
	record Part(String paragraph, List<List<String>> table) {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		Files.createDirectories(out);
		Path gold = Path.of("src/test/resources/gold/other-cities");
		List<Part> dalian = parts(Files.readAllLines(gold.resolve("e_dalian_digital.txt")), false);
		List<Part> zhengzhou = parts(Files.readAllLines(gold.resolve("h2_zhengzhou_table.txt")), false);
		List<Part> seed = parts(Files.readAllLines(Path.of("seed-data/corpus/000_06e836f55181acee.txt")), false);
		List<Part> shenyang = parts(Files.readAllLines(gold.resolve("h4_shenyang_prose.txt")), false);
		docx(dalian, out.resolve("dalian.docx"), "大连市人民政府公报", false, false, true);
		docx(dalian, out.resolve("dalian-tracked.docx"), "大连市人民政府公报", false, true, true);
		docx(dalian, out.resolve("dalian-unruled.docx"), "大连市人民政府公报", false, false, false);
		docx(zhengzhou, out.resolve("zhengzhou.docx"), "郑州市人民政府公报", false, false, true);
		docx(seed, out.resolve("seed-000.docx"), "济南市人民政府公报", false, false, true);
		docx(shenyang, out.resolve("shenyang-two-columns.docx"), "沈阳市人民政府公报", true, false, true);
		html(dalian, out.resolve("dalian.html"), "大连市人民政府");
		html(seed, out.resolve("seed-000.html"), "济南市人民政府");
		html(List.of(new Part("", null)), out.resolve("no-article.html"), "济南市人民政府");
		xlsx(dalian, out.resolve("dalian-tasks.xlsx"));
		new OfdWriter("大连市人民政府公报").write(dalian, out.resolve("dalian.ofd"));
		new OfdWriter("郑州市人民政府公报").write(zhengzhou, out.resolve("zhengzhou.ofd"));
		new OfdWriter("济南市人民政府公报").write(seed, out.resolve("seed-000.ofd"));
		scanned(out.resolve("scanned.pdf"));
		unmapped(out.resolve("no-unicode.pdf"));
		encrypted(out.resolve("encrypted.pdf"));
	}

	/**
	 * Physical lines to paragraphs: lines of a paragraph broken by a page (seed text from a PDF) are joined
	 * until a sentence ends or a numbered line starts; TAB lines make tables, a row starting with an empty
	 * cell continuing the row above (a wrapped cell); page numbers and running headers are print furniture.
	 */
	static List<Part> parts(List<String> lines, boolean joinBroken) {
		List<Part> parts = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		List<List<String>> table = null;
		boolean pageBreak = false;
		for (String raw : lines) {
			String line = raw.strip();
			if (NOISE.matcher(line).matches()) {
				// a page break inside a paragraph: the next line goes on with it
				pageBreak = true;
				continue;
			}
			boolean broken = pageBreak && !paragraph.isEmpty() && !raw.startsWith("\u3000") && !TOP.matcher(line).matches()
					&& !SECOND.matcher(line).matches() && "。；：！？".indexOf(paragraph.charAt(paragraph.length() - 1)) < 0;
			pageBreak = false;
			if (broken) {
				paragraph.append(line);
				continue;
			}
			if (raw.contains("\t")) {
				flush(parts, paragraph);
				List<String> cells = new ArrayList<>(List.of(raw.split("\t", -1)));
				if (table == null) {
					table = new ArrayList<>();
					parts.add(new Part(null, table));
				}
				if (cells.get(0).isBlank() && !table.isEmpty()) {
					List<String> above = table.get(table.size() - 1);
					for (int c = 1; c < cells.size() && c < above.size(); c++) {
						above.set(c, above.get(c) + cells.get(c).strip());
					}
				}
				else {
					table.add(cells);
				}
				continue;
			}
			table = null;
			if (line.isEmpty()) {
				if (!joinBroken) {
					flush(parts, paragraph);
				}
				continue;
			}
			boolean starts = TOP.matcher(line).matches() || SECOND.matcher(line).matches() || raw.startsWith("\u3000")
					|| ITEM.matcher(line).lookingAt() || paragraph.toString().startsWith("附件") || line.startsWith("附件")
					|| line.startsWith("注：") || line.matches("^[(（]\\d{4}年.*印发[)）]$") || line.matches("^[(（].{0,20}[)）]$");
			if (!joinBroken || starts || paragraph.isEmpty() || "。；：！？".indexOf(paragraph.charAt(paragraph.length() - 1)) >= 0
					|| line.matches("^\\d{4}年\\d{1,2}月\\d{1,2}日$")) {
				flush(parts, paragraph);
			}
			paragraph.append(joinBroken && !paragraph.isEmpty() ? line : raw.replaceFirst("^[\\u3000 ]+", ""));
		}
		flush(parts, paragraph);
		return parts;
	}

	private static void flush(List<Part> parts, StringBuilder paragraph) {
		if (!paragraph.isEmpty()) {
			parts.add(new Part(paragraph.toString(), null));
			paragraph.setLength(0);
		}
	}

	/** A Word document; {@code ruled} false prints its tables without borders, as many 任务分工表 are. */
	private static void docx(List<Part> parts, Path file, String runningHeader, boolean twoColumns, boolean trackedChange, boolean ruled)
			throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(file)) {
			XWPFNumbering numbering = doc.createNumbering();
			CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
			abstractNum.setAbstractNumId(BigInteger.ZERO);
			level(abstractNum, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
			level(abstractNum, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
			BigInteger abstractId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum, numbering));
			BigInteger numId = numbering.addNum(abstractId);
			XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
			XWPFParagraph hp = header.createParagraph();
			hp.setAlignment(ParagraphAlignment.CENTER);
			font(hp.createRun()).setText(runningHeader);
			XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
			XWPFParagraph fp = footer.createParagraph();
			fp.setAlignment(ParagraphAlignment.CENTER);
			font(fp.createRun()).setText("— ");
			fp.getCTP().addNewFldSimple().setInstr("PAGE");
			font(fp.createRun()).setText(" —");
			int[] counters = new int[2];
			boolean changed = !trackedChange;
			for (Part part : parts) {
				if (part.table() != null) {
					XWPFTable table = table(doc, part.table());
					if (!ruled) {
						table.removeBorders();
					}
					continue;
				}
				String text = part.paragraph();
				XWPFParagraph p = doc.createParagraph();
				Matcher top = TOP.matcher(text);
				Matcher second = SECOND.matcher(text);
				int level = top.matches() ? 0 : second.matches() ? 1 : -1;
				if (level >= 0) {
					String written = (level == 0 ? top : second).group(1);
					int next = counters[level] + 1;
					if (WordNumbering.chinese(next).equals(written)) {
						counters[level] = next;
						if (level == 0) {
							counters[1] = 0;
						}
						CTNumPr numPr = p.getCTP().addNewPPr().addNewNumPr();
						numPr.addNewNumId().setVal(numId);
						numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
						text = (level == 0 ? top : second).group(2);
					}
				}
				else {
					p.setFirstLineIndent(480);
				}
				if (!changed && text.length() > 40 && level < 0) {
					changed = true;
					// a tracked change: a deletion Word shows struck through, which the reader must drop
					CTRunTrackChange del = p.getCTP().addNewDel();
					del.setId(BigInteger.ONE);
					del.setAuthor("审核人");
					CTR r = del.addNewR();
					r.addNewDelText().setStringValue("（此句已删除）");
				}
				font(p.createRun()).setText(text);
			}
			if (twoColumns) {
				CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
						: doc.getDocument().getBody().addNewSectPr();
				sect.addNewCols().setNum(BigInteger.TWO);
			}
			doc.write(os);
		}
	}

	private static void level(CTAbstractNum abstractNum, int ilvl, STNumberFormat.Enum format, String text) {
		CTLvl lvl = abstractNum.addNewLvl();
		lvl.setIlvl(BigInteger.valueOf(ilvl));
		lvl.addNewStart().setVal(BigInteger.ONE);
		lvl.addNewNumFmt().setVal(format);
		lvl.addNewLvlText().setVal(text);
	}

	private static XWPFTable table(XWPFDocument doc, List<List<String>> rows) {
		int width = rows.stream().mapToInt(List::size).max().orElse(1);
		XWPFTable table = doc.createTable(rows.size(), width);
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r);
			for (int c = 0; c < width; c++) {
				String text = c < rows.get(r).size() ? rows.get(r).get(c).strip() : "";
				XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
				font(p.createRun()).setText(text);
			}
		}
		return table;
	}

	private static XWPFRun font(XWPFRun run) {
		run.setFontFamily(FONT);
		run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
		run.setFontSize(12);
		return run;
	}

	private static void html(List<Part> parts, Path file, String site) throws IOException {
		StringBuilder body = new StringBuilder();
		String title = "";
		for (Part part : parts) {
			if (part.table() != null) {
				body.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n");
				for (List<String> row : part.table()) {
					body.append("<tr>");
					for (String cell : row) {
						body.append("<td>").append(escape(cell.strip())).append("</td>");
					}
					body.append("</tr>\n");
				}
				body.append("</table>\n");
			}
			else if (title.isEmpty() && !part.paragraph().isEmpty()) {
				title = part.paragraph();
			}
			else if (!part.paragraph().isEmpty()) {
				body.append("<p style=\"text-indent:2em\">").append(escape(part.paragraph())).append("</p>\n");
			}
		}
		String page = """
				<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
				<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
				<title>%1$s_%2$s</title>
				<meta name="ArticleTitle" content="%1$s">
				<style>.nav li{float:left} .TRS_Editor p{line-height:2}</style>
				<script type="text/javascript">var _hmt = _hmt || []; document.write("统计代码 责任单位：市统计局");</script>
				</head><body>
				<div class="header"><img src="logo.png" alt="%2$s"/><div class="search"><input type="text" value="请输入关键字"/><button>搜索</button></div></div>
				<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zcwj/">政策文件</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
				<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zcwj/">政策文件</a></div>
				<div class="main">
				<h1 class="article-title">%1$s</h1>
				<div class="info">发布时间：2024-04-02 来源：%2$s办公室 浏览次数：1024 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
				<div class="TRS_Editor" id="zoom">
				%3$s</div>
				<div class="print-bar"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
				<div class="related"><h3>相关链接</h3><ul><li><a href="/a.html">关于印发某市数字政府建设方案的通知</a></li><li><a href="/b.html">关于进一步优化营商环境的若干措施（牵头单位：市发展改革委）</a></li></ul></div>
				</div>
				<div class="footer"><p>主办单位：%2$s办公室 承办单位：%2$s大数据中心</p><p>网站标识码：2102000001 ICP备05001234号</p></div>
				<script>console.log("牵头单位：市政府办公室");</script>
				</body></html>
				""".formatted(escape(title), site, body);
		Files.write(file, page.getBytes(Charset.forName("GB18030")));
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** The appendix table as a 任务分解表 workbook: a title row merged across, the header on row 3, a merged lead cell, and a second table below. */
	private static void xlsx(List<Part> parts, Path file) throws IOException {
		List<List<String>> rows = parts.stream().filter(p -> p.table() != null).findFirst().orElseThrow().table();
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
			Sheet sheet = wb.createSheet("任务分工");
			int width = rows.get(0).size();
			sheet.createRow(0).createCell(0).setCellValue("大连市数字经济高质量发展三年行动计划重点任务分工表");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
			int r = 2;
			for (List<String> cells : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < cells.size(); c++) {
					String v = cells.get(c).strip();
					if (c == 0 && v.matches("\\d+")) {
						row.createCell(c).setCellValue(Integer.parseInt(v));
					}
					else {
						row.createCell(c).setCellValue(v);
					}
				}
			}
			// rows 1 and 2 share their lead: written once in a merged cell, as 任务分解表 do
			int first = 3;
			if (rows.get(1).get(2).equals(rows.get(2).get(2))) {
				sheet.getRow(first + 1).getCell(2).setBlank();
				sheet.addMergedRegion(new CellRangeAddress(first, first + 1, 2, 2));
			}
			wb.write(os);
		}
	}

	/** A page that is only an image of text, as a scanner makes it. */
	private static void scanned(Path file) throws IOException {
		BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 600, 300);
		g.setColor(Color.BLACK);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setFont(new Font(FONT, Font.PLAIN, 24));
		g.drawString("关于印发某某实施方案的通知", 40, 80);
		g.drawString("（一）加强组织领导。（牵头单位：市发展改革委）", 40, 140);
		g.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", jpeg);
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			var img = JPEGFactory.createFromByteArray(doc, jpeg.toByteArray());
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.drawImage(img, 50, 500, 500, 250);
			}
			doc.save(file.toFile());
		}
	}

	/**
	 * Chinese text in an embedded subset font whose ToUnicode map is removed, as some typesetting tools write
	 * it: the glyphs draw, but their characters cannot be known.
	 */
	private static void unmapped(Path file) throws IOException {
		try (PDDocument doc = new PDDocument();
				var collection = new org.apache.fontbox.ttf.TrueTypeCollection(new java.io.File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, collection.getFontByName("WenQuanYiMicroHei"), true);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.beginText();
				cs.setFont(font, 14);
				cs.newLineAtOffset(72, 720);
				cs.showText("关于印发某某实施方案的通知（牵头单位：市发展改革委）");
				cs.endText();
			}
			// subsetting and the ToUnicode map are written on save; save once, then drop the map and save again
			ByteArrayOutputStream first = new ByteArrayOutputStream();
			doc.save(first);
			try (PDDocument again = org.apache.pdfbox.Loader.loadPDF(first.toByteArray())) {
				var resources = again.getPage(0).getResources();
				for (var name : resources.getFontNames()) {
					resources.getFont(name).getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.TO_UNICODE);
				}
				again.save(file.toFile());
			}
		}
	}

	private static void encrypted(Path file) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.beginText();
				cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				cs.newLineAtOffset(72, 720);
				cs.showText("Confidential: opened only with its password");
				cs.endText();
			}
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			doc.protect(policy);
			doc.save(file.toFile());
		}
	}

	static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

}
