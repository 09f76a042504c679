package io.policygraph.ingest.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.UnreadableSourceException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A web page as published by a government site: only its article body is policy text. The charset comes
 * from a byte-order mark, else the transport's {@code Content-Type} when it is sensible for the bytes
 * ({@link TransportCharset}), else the page's own {@code <meta>} (GB2312 and GBK read as their superset
 * GB18030), else strict UTF-8, else GB18030. Scripts, styles, forms and the page's furniture (navigation, breadcrumbs,
 * 打印/关闭 bars, related links, footers) are removed; the article body is the element whose paragraphs hold
 * the most Chinese text that is not link text. Inside it, each paragraph, heading, list item or
 * {@code <br>}-ended line is a line, and each data table a row a line with TABs between cells (spanned cells
 * repeated, so a merged 牵头单位 cell reaches every row it covers). The page title ({@code <h1>}, or the
 * {@code ArticleTitle} meta) goes first when the body does not start with it.
 */
final class HtmlReader implements FormatReader {

	private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern MARKUP = Pattern.compile("<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta\\s|<div[\\s>]|<p[\\s>]|<table[\\s>]",
			Pattern.CASE_INSENSITIVE);

	/** Page furniture by id or class, as government CMS templates name it. */
	private static final Pattern FURNITURE = Pattern.compile(
			"(^|[\\s_\\-])(nav|navbar|menu|breadcrumbs?|crumbs?|location|position|weizhi|dqwz|footer|foot|bottom|copyright|"
					+ "share|print|dayin|close|related|xgwz|xglj|links?|pager|paging|sidebar|side|toolbar|topbar|header|banner|search)"
					+ "($|[\\s_\\-\\d])",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "object", "embed",
			"form", "select", "button", "input", "textarea", "nav", "header", "footer", "aside", "svg", "canvas", "map");

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article",
			"blockquote", "center", "dd", "dt", "pre", "ul", "ol", "dl", "table", "tr", "address", "main", "font-block");

	/** Words of the 打印/关闭 bars and share lines, dropped when a line holds nothing else. */
	private static final Pattern BAR_LINE = Pattern.compile(
			"^[\\s\\[【（(]*(打印(本页|此页)?|关闭(窗口|本页)?|返回(顶部)?|收藏|分享到?|字号|字体|大|中|小|默认|扫一扫|上一篇|下一篇)[\\s\\]】）):：|/]*$");

	private static final int MIN_BODY_CJK = 40;

	private final Map<Element, Boolean> dataTables = new IdentityHashMap<>();

	private final Charset transport;

	/** @param transport the charset the transport declared, or null */
	HtmlReader(Charset transport) {
		this.transport = transport;
	}

	@Override
	public ReadSource read(String name, byte[] bytes, ReadLimits limits) {
		Document page = Jsoup.parse(decode(name, bytes, this.transport));
		int depth = depth(page);
		if (depth > limits.maxHtmlDepth()) {
			throw new UnreadableSourceException(name, "HTML nested " + depth + " elements deep, over the limit of "
					+ limits.maxHtmlDepth() + " (policygraph.formats.html.max-depth)");
		}
		String title = title(page);
		removeFurniture(page);
		Element body = articleBody(page);
		if (body == null || cjk(body.text()) < MIN_BODY_CJK) {
			throw new UnreadableSourceException(name,
					"HTML page with no article body (navigation, lists of links or an empty page), nothing to read");
		}
		Lines lines = new Lines();
		int[] paragraph = { 0 };
		String bodyText = body.text().replaceAll("\\s+", "");
		if (title != null && !bodyText.startsWith(title.replaceAll("\\s+", ""))) {
			lines.add(title, Origin.paragraph(0));
		}
		render(body, lines, paragraph);
		return lines.build(Format.HTML);
	}

	/** {@return whether the bytes look like a web page: markup among the first few kilobytes} */
	static boolean looksLikeHtml(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).stripLeading();
		if (head.startsWith("\uFEFF") || head.startsWith("ï»¿")) {
			head = head.substring(head.startsWith("ï»¿") ? 3 : 1).stripLeading();
		}
		Matcher m = MARKUP.matcher(head);
		return head.startsWith("<") && m.find();
	}

	private static String decode(String name, byte[] bytes, Charset transport) {
		if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
			return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		}
		if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
			return new String(bytes, 2, bytes.length - 2, bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
		}
		String sent = TransportCharset.decode(bytes, transport);
		if (sent != null) {
			return sent;
		}
		Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1));
		Charset declared = null;
		if (m.find()) {
			declared = TransportCharset.charset(m.group(1));
		}
		if (declared != null) {
			return new String(bytes, declared);
		}
		String utf8 = TransportCharset.strict(StandardCharsets.UTF_8, bytes);
		if (utf8 != null) {
			return utf8;
		}
		String gb = TransportCharset.strict(Charset.forName("GB18030"), bytes);
		if (gb == null) {
			throw new UnreadableSourceException(name, "HTML page in neither UTF-8 nor GB18030/GBK, and no charset declared");
		}
		return gb;
	}

	private static int depth(Document page) {
		int[] max = { 0 };
		NodeTraversor.traverse((NodeVisitor) (node, depth) -> max[0] = Math.max(max[0], depth), page);
		return max[0];
	}

	private static String title(Document page) {
		Element meta = page.selectFirst("meta[name=ArticleTitle]");
		if (meta != null && !meta.attr("content").isBlank()) {
			return meta.attr("content").strip();
		}
		for (Element h : page.select("h1, h2")) {
			String t = h.text().strip();
			if (cjk(t) >= 6 && h.select("a").text().length() < t.length() / 2) {
				return t;
			}
		}
		return null;
	}

	private static void removeFurniture(Document page) {
		for (Element e : page.getAllElements()) {
			if (e.parent() == null || e == page.body() || e == page.head()) {
				continue;
			}
			String tag = e.normalName();
			if (DROPPED.contains(tag) || FURNITURE.matcher(e.id() + " " + e.className()).find()
					|| e.attr("style").replace(" ", "").contains("display:none")) {
				e.remove();
			}
		}
	}

	/** The element whose paragraphs hold the most Chinese text outside links (a parent gets half of a grandchild's). */
	private static Element articleBody(Document page) {
		Map<Element, Double> score = new HashMap<>();
		for (Element e : page.body() == null ? List.<Element>of() : page.body().getAllElements()) {
			String tag = e.normalName();
			if (!(tag.equals("p") || tag.equals("td") || tag.equals("li") || tag.equals("div") || tag.equals("span")
					|| tag.equals("font") || tag.matches("h[1-6]"))) {
				continue;
			}
			int own = 0;
			for (TextNode t : e.textNodes()) {
				own += cjk(t.text());
			}
			int links = cjk(e.select("a").text());
			if (own == 0 || links > own) {
				continue;
			}
			Element parent = e.parent();
			if (parent != null) {
				score.merge(parent, (double) own, Double::sum);
				if (parent.parent() != null) {
					score.merge(parent.parent(), own / 2.0, Double::sum);
				}
			}
			score.merge(e, own / 4.0, Double::sum);
		}
		Element best = null;
		double top = 0;
		for (Map.Entry<Element, Double> s : score.entrySet()) {
			Element e = s.getKey();
			double linkShare = cjk(e.select("a").text()) / (double) Math.max(1, cjk(e.text()));
			double value = s.getValue() * (1 - linkShare);
			if (value > top) {
				top = value;
				best = e;
			}
		}
		return best;
	}

	/** Walks the body without recursion (pages nest deeply), a line per block, tables a row a line. */
	private void render(Element body, Lines lines, int[] paragraph) {
		StringBuilder line = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode t) {
					if (!insideDataTable(t)) {
						line.append(t.getWholeText().replace('\u00A0', ' ').replaceAll("[\\t\\r\\n ]+", " "));
					}
					return;
				}
				if (!(node instanceof Element e) || insideDataTable(e)) {
					return;
				}
				if (e.normalName().equals("br")) {
					flush(line, lines, paragraph, false);
				}
				else if (BLOCKS.contains(e.normalName())) {
					flush(line, lines, paragraph, true);
					if (e.normalName().equals("table") && isDataTable(e)) {
						paragraph[0]++;
						table(e, lines, paragraph[0]);
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !insideDataTable(e)) {
					flush(line, lines, paragraph, true);
				}
			}
		}, body);
		flush(line, lines, paragraph, true);
	}

	private static void flush(StringBuilder line, Lines lines, int[] paragraph, boolean endsBlock) {
		String text = line.toString().strip();
		line.setLength(0);
		if (text.isEmpty() || BAR_LINE.matcher(text).matches()) {
			return;
		}
		if (endsBlock || paragraph[0] == 0) {
			paragraph[0]++;
		}
		lines.add(Lines.PARAGRAPH_START + text, Origin.paragraph(paragraph[0]));
	}

	private boolean insideDataTable(Node node) {
		for (Element p = node instanceof Element e ? e.parent() : (Element) node.parent(); p != null; p = p.parent()) {
			if (p.normalName().equals("table") && isDataTable(p)) {
				return true;
			}
		}
		return false;
	}

	/** A data table has rows of two or more cells of short text; a layout table wraps blocks of prose. */
	private boolean isDataTable(Element table) {
		return this.dataTables.computeIfAbsent(table, HtmlReader::hasDataRows);
	}

	private static boolean hasDataRows(Element table) {
		int multi = 0;
		int rows = 0;
		for (Element tr : rows(table)) {
			rows++;
			if (cells(tr).size() >= 2) {
				multi++;
			}
		}
		return rows > 0 && multi * 2 >= rows && table.select("p, div").stream().noneMatch(p -> cjk(p.ownText()) > 300);
	}

	private static List<Element> rows(Element table) {
		List<Element> rows = new ArrayList<>();
		for (Element child : table.children()) {
			if (child.normalName().equals("tr")) {
				rows.add(child);
			}
			else if (Set.of("thead", "tbody", "tfoot").contains(child.normalName())) {
				for (Element tr : child.children()) {
					if (tr.normalName().equals("tr")) {
						rows.add(tr);
					}
				}
			}
		}
		return rows;
	}

	private static List<Element> cells(Element tr) {
		return tr.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
	}

	/** Rows with row- and column-spans spread, so each line has a cell for every column. */
	private static void table(Element table, Lines lines, int paragraph) {
		List<Element> rows = rows(table);
		Map<Integer, Map<Integer, String>> grid = new HashMap<>();
		for (int r = 0; r < rows.size(); r++) {
			Map<Integer, String> row = grid.computeIfAbsent(r, k -> new HashMap<>());
			int c = 0;
			for (Element cell : cells(rows.get(r))) {
				while (row.containsKey(c)) {
					c++;
				}
				String text = cellText(cell);
				int colspan = span(cell.attr("colspan"), 50);
				int rowspan = span(cell.attr("rowspan"), 500);
				for (int dr = 0; dr < rowspan && r + dr < rows.size(); dr++) {
					for (int dc = 0; dc < colspan; dc++) {
						grid.computeIfAbsent(r + dr, k -> new HashMap<>()).put(c + dc, text);
					}
				}
				c += colspan;
			}
		}
		for (int r = 0; r < rows.size(); r++) {
			Map<Integer, String> row = grid.get(r);
			int width = row.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
			List<String> cells = new ArrayList<>(width);
			for (int c = 0; c < width; c++) {
				cells.add(row.getOrDefault(c, ""));
			}
			lines.row(cells, Origin.tableRow(paragraph, r + 1));
		}
	}

	/** A cell's paragraphs and {@code <br>} lines are parted by a space, as a list in one cell is. */
	private static String cellText(Element cell) {
		StringBuilder out = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode t) {
					out.append(t.getWholeText().replace('\u00A0', ' '));
				}
				else if (node instanceof Element e && (e.normalName().equals("br") || BLOCKS.contains(e.normalName()))) {
					out.append(' ');
				}
			}

			@Override
			public void tail(Node node, int depth) {
			}
		}, cell);
		return out.toString().replaceAll("\\s+", " ").strip();
	}

	private static int span(String value, int max) {
		try {
			return Math.max(1, Math.min(max, Integer.parseInt(value.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static int cjk(String text) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x4E00 && c <= 0x9FFF) {
				n++;
			}
		}
		return n;
	}

}
