package io.policygraph.ingest.format;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.ingest.UnreadableSourceException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A Word 97–2003 document (DOC, and the {@code .wps} files Kingsoft WPS saves in the same OLE2 format):
 * the main text only (headers, footers, footnotes and comments are other parts of the file), each paragraph
 * a line with its list number where one is set, each table a row a line with TABs between cells (vertically
 * merged cells repeated down their rows). Deleted revisions are dropped; field codes give their result.
 */
final class DocReader implements FormatReader {

	@Override
	public ReadSource read(String name, byte[] bytes, ReadLimits limits) {
		try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
			Range range = document.getRange();
			Lines lines = new Lines();
			Map<Integer, int[]> counters = new HashMap<>();
			int index = 0;
			for (int i = 0; i < range.numParagraphs(); i++) {
				Paragraph p = range.getParagraph(i);
				index++;
				if (p.isInTable()) {
					Table table = range.getTable(p);
					table(table, lines, index);
					i += Math.max(0, table.numParagraphs() - 1);
					continue;
				}
				lines.add(Lines.PARAGRAPH_START + number(p, counters) + text(p), Origin.paragraph(index));
			}
			if (lines.visibleChars() == 0) {
				throw new UnreadableSourceException(name, "Word 97–2003 document with no text in its body");
			}
			return lines.build(Format.DOC);
		}
		catch (UnreadableSourceException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw OfficeZip.refusal(name, "Word 97–2003 document", ex);
		}
	}

	/** The text of a range as shown: deleted revisions and field instructions out, control marks removed. */
	static String text(Range range) {
		StringBuilder raw = new StringBuilder();
		for (int r = 0; r < range.numCharacterRuns(); r++) {
			CharacterRun run = range.getCharacterRun(r);
			if (!run.isMarkedDeleted()) {
				raw.append(run.text());
			}
		}
		StringBuilder out = new StringBuilder(raw.length());
		int instruction = 0;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			switch (c) {
				case '\u0013' -> instruction++;
				case '\u0014', '\u0015' -> instruction = Math.max(0, instruction - 1);
				case '\u000B' -> out.append(instruction == 0 ? "\n" : "");
				case '\t' -> out.append(instruction == 0 ? "\u3000" : "");
				default -> {
					if (instruction == 0 && c >= 0x20) {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static String number(Paragraph p, Map<Integer, int[]> counters) {
		try {
			if (p.getIlfo() == 0 || p.getList() == null) {
				return "";
			}
			var list = p.getList();
			int level = Math.max(0, Math.min(8, p.getIlvl()));
			int[] count = counters.computeIfAbsent(list.getLsid(), k -> new int[9]);
			count[level] = count[level] == 0 ? list.getStartAt((char) level) : count[level] + 1;
			for (int d = level + 1; d < 9; d++) {
				count[d] = 0;
			}
			String template = list.getNumberText((char) level);
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < template.length(); i++) {
				char c = template.charAt(i);
				if (c < 9) {
					int value = count[c] == 0 ? list.getStartAt(c) : count[c];
					out.append(WordNumbering.render(value, format(list.getNumberFormat(c))));
				}
				else {
					out.append(c);
				}
			}
			return list.getNumberFormat((char) level) == 23 ? "" : out.toString();
		}
		catch (RuntimeException ex) {
			// a damaged list table leaves the paragraph unnumbered rather than unreadable
			return "";
		}
	}

	/** MS-DOC's number format codes (nfc) as OOXML names. */
	private static String format(int nfc) {
		return switch (nfc) {
			case 1 -> "upperRoman";
			case 2 -> "lowerRoman";
			case 3 -> "upperLetter";
			case 4 -> "lowerLetter";
			case 14, 19 -> "decimalFullWidth";
			case 18 -> "decimalEnclosedCircle";
			case 22 -> "decimalZero";
			case 33, 34, 35, 36, 37, 38, 39 -> "chineseCounting";
			default -> "decimal";
		};
	}

	private static void table(Table table, Lines lines, int index) {
		List<String> above = List.of();
		for (int r = 0; r < table.numRows(); r++) {
			TableRow row = table.getRow(r);
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < row.numCells(); c++) {
				TableCell cell = row.getCell(c);
				int column = cells.size();
				boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
				cells.add(continued && column < above.size() ? above.get(column) : cellText(cell));
			}
			lines.row(cells, Origin.tableRow(index, r + 1));
			above = cells;
		}
	}

	private static String cellText(TableCell cell) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < cell.numParagraphs(); i++) {
			String t = text(cell.getParagraph(i)).replace("\u0007", "").strip();
			if (!t.isEmpty()) {
				parts.add(t);
			}
		}
		return String.join(" ", parts);
	}

}
