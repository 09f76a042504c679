package io.policygraph.ingest.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.policygraph.ingest.format.FormatFixtures.Part;

/**
 * Typesets a document into an OFD file (GB/T 33190) as an OFD producer does for a gazette: A4 pages in
 * millimetres, body text at 16 pt (5.6 mm) 28 characters a line, a first-line indent of two characters, one
 * {@code TextObject} a line with each character's advance in {@code DeltaX} ({@code g N v} for runs), tables
 * at 12 pt in ruled cells (a {@code PathObject} a row) with the header row repeated after a page break, a
 * running header and a {@code — N —} page number on every page. For the format fixtures: no OFD writer of
 * the field is a dependency, and the reader must be shown to give the units of the text it was made from.
 */
final class OfdWriter {

	private static final float LEFT = 28;

	private static final float WIDTH = 156;

	private static final float TOP = 37;

	private static final float BOTTOM = 262;

	private static final float SIZE = 5.6f;

	private static final float PITCH = 10.2f;

	private static final float CELL_SIZE = 4.2f;

	private static final float CELL_PITCH = 6.4f;

	private static final float PAD = 1.5f;

	private final String runningHeader;

	private final List<StringBuilder> pages = new ArrayList<>();

	private StringBuilder page;

	private float y;

	private int id = 100;

	OfdWriter(String runningHeader) {
		this.runningHeader = runningHeader;
	}

	void write(List<Part> parts, Path file) throws IOException {
		newPage();
		for (Part part : parts) {
			if (part.table() != null) {
				table(part.table());
			}
			else if (!part.paragraph().isEmpty()) {
				paragraph(part.paragraph());
			}
		}
		try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
			entry(zip, "OFD.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo>\
					<ofd:DocID>%s</ofd:DocID><ofd:Creator>PolicyGraph FormatFixtures</ofd:Creator></ofd:DocInfo>\
					<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>
					""".formatted(Integer.toHexString(file.getFileName().toString().hashCode())));
			StringBuilder list = new StringBuilder();
			for (int p = 0; p < this.pages.size(); p++) {
				list.append("<ofd:Page ID=\"").append(p + 1).append("\" BaseLoc=\"Pages/Page_").append(p).append("/Content.xml\"/>");
			}
			entry(zip, "Doc_0/Document.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>%d</ofd:MaxUnitID>\
					<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>\
					</ofd:CommonData><ofd:Pages>%s</ofd:Pages></ofd:Document>
					""".formatted(this.id, list));
			entry(zip, "Doc_0/PublicRes.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:Fonts>\
					<ofd:Font ID="1" FontName="仿宋" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>
					""");
			for (int p = 0; p < this.pages.size(); p++) {
				StringBuilder content = this.pages.get(p);
				text(content, this.runningHeader, LEFT + (WIDTH - this.runningHeader.length() * 4.2f) / 2, 22, 4.2f);
				String number = "— " + (p + 1) + " —";
				text(content, number, LEFT + (WIDTH - width(number, 4.9f)) / 2, 280, 4.9f);
				entry(zip, "Doc_0/Pages/Page_" + p + "/Content.xml", """
						<?xml version="1.0" encoding="UTF-8"?>
						<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="%d">%s</ofd:Layer></ofd:Content></ofd:Page>
						""".formatted(++this.id, content));
			}
		}
	}

	private void newPage() {
		this.page = new StringBuilder();
		this.pages.add(this.page);
		this.y = TOP;
	}

	/** A paragraph broken into lines of the text width, its first line indented by two characters. */
	private void paragraph(String text) {
		List<String> lines = wrap(text, WIDTH, SIZE, 2 * SIZE);
		for (int i = 0; i < lines.size(); i++) {
			if (this.y + PITCH > BOTTOM) {
				newPage();
			}
			this.y += PITCH;
			text(this.page, lines.get(i), LEFT + (i == 0 ? 2 * SIZE : 0), this.y, SIZE);
		}
	}

	private void table(List<List<String>> rows) {
		int width = rows.stream().mapToInt(List::size).max().orElse(1);
		float[] columns = columns(rows, width);
		this.y += PITCH / 2;
		for (int r = 0; r < rows.size(); r++) {
			List<List<String>> cells = cells(rows.get(r), columns);
			if (this.y + height(cells) > BOTTOM) {
				newPage();
				if (r > 0) {
					row(cells(rows.get(0), columns), columns);
				}
			}
			row(cells, columns);
		}
		this.y += PITCH / 2;
	}

	/** {@return each cell of a row wrapped to its column} */
	private static List<List<String>> cells(List<String> row, float[] columns) {
		List<List<String>> cells = new ArrayList<>();
		for (int c = 0; c < columns.length; c++) {
			cells.add(wrap(c < row.size() ? row.get(c).strip() : "", columns[c] - 2 * PAD, CELL_SIZE, 0));
		}
		return cells;
	}

	private static float height(List<List<String>> cells) {
		return cells.stream().mapToInt(List::size).max().orElse(1) * CELL_PITCH + 2 * PAD;
	}

	/** One table row: its cells' lines, and a path of its four sides and the rules between its cells. */
	private void row(List<List<String>> cells, float[] columns) {
		float height = height(cells);
		StringBuilder path = new StringBuilder("M 0 0 L %1$s 0 M 0 %2$s L %1$s %2$s".formatted(n(WIDTH), n(height)));
		float x = 0;
		for (int c = 0; c < columns.length; c++) {
			path.append(" M ").append(n(x)).append(" 0 L ").append(n(x)).append(' ').append(n(height));
			List<String> lines = cells.get(c);
			for (int l = 0; l < lines.size(); l++) {
				text(this.page, lines.get(l), LEFT + x + PAD, this.y + PAD + (l + 1) * CELL_PITCH - 1.2f, CELL_SIZE);
			}
			x += columns[c];
		}
		path.append(" M ").append(n(WIDTH)).append(" 0 L ").append(n(WIDTH)).append(' ').append(n(height));
		this.page.append("<ofd:PathObject ID=\"").append(++this.id).append("\" Boundary=\"").append(n(LEFT)).append(' ').append(n(this.y))
			.append(' ').append(n(WIDTH)).append(' ').append(n(height)).append("\" LineWidth=\"0.25\"><ofd:AbbreviatedData>")
			.append(path).append("</ofd:AbbreviatedData></ofd:PathObject>");
		this.y += height;
	}

	/** Column widths in proportion to each column's longest cell, at least four characters. */
	private static float[] columns(List<List<String>> rows, int width) {
		float[] want = new float[width];
		for (List<String> row : rows) {
			for (int c = 0; c < row.size(); c++) {
				want[c] = Math.max(want[c], Math.min(width(row.get(c).strip(), CELL_SIZE), 60));
			}
		}
		float total = 0;
		for (int c = 0; c < width; c++) {
			want[c] = Math.max(want[c], 4 * CELL_SIZE) + 2 * PAD;
			total += want[c];
		}
		for (int c = 0; c < width; c++) {
			want[c] = want[c] * WIDTH / total;
		}
		return want;
	}

	/** Lines of at most {@code width} mm (the first {@code indent} shorter); a width of 0 keeps the text whole. */
	private static List<String> wrap(String text, float width, float size, float indent) {
		List<String> lines = new ArrayList<>();
		if (width <= 0) {
			lines.add(text);
			return lines;
		}
		StringBuilder line = new StringBuilder();
		float used = indent;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			float advance = advance(ch, size);
			if (used + advance > width + 0.01f && !line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
				used = 0;
			}
			line.append(ch);
			used += advance;
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** One line as a TextObject: its boundary, and a TextCode at its baseline with the advance of each character. */
	private void text(StringBuilder content, String text, float x, float baseline, float size) {
		if (text.isEmpty()) {
			return;
		}
		List<String> deltas = new ArrayList<>();
		for (int i = 0; i < text.length() - 1; i++) {
			deltas.add(n(advance(text.charAt(i), size)));
		}
		content.append("<ofd:TextObject ID=\"").append(++this.id).append("\" Font=\"1\" Size=\"").append(n(size)).append("\" Boundary=\"")
			.append(n(x)).append(' ').append(n(baseline - size)).append(' ').append(n(width(text, size))).append(' ').append(n(size * 1.2f))
			.append("\"><ofd:FillColor Value=\"0 0 0\"/><ofd:TextCode X=\"0\" Y=\"").append(n(size)).append('"');
		if (!deltas.isEmpty()) {
			content.append(" DeltaX=\"").append(compress(deltas)).append('"');
		}
		content.append('>').append(escape(text)).append("</ofd:TextCode></ofd:TextObject>");
	}

	/** Runs of three equal advances or more written {@code g N v}, as producers write them. */
	private static String compress(List<String> deltas) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < deltas.size();) {
			int j = i;
			while (j < deltas.size() && deltas.get(j).equals(deltas.get(i))) {
				j++;
			}
			if (j - i >= 3) {
				out.add("g " + (j - i) + " " + deltas.get(i));
			}
			else {
				out.addAll(deltas.subList(i, j));
			}
			i = j;
		}
		return String.join(" ", out);
	}

	private static float advance(char ch, float size) {
		return ch < 0x2E80 ? size / 2 : size;
	}

	private static float width(String text, float size) {
		float w = 0;
		for (int i = 0; i < text.length(); i++) {
			w += advance(text.charAt(i), size);
		}
		return w;
	}

	private static String n(float v) {
		return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
		ZipEntry e = new ZipEntry(name);
		// a fixed time keeps the fixture's bytes the same each time it is made
		e.setTime(1_700_000_000_000L);
		zip.putNextEntry(e);
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
