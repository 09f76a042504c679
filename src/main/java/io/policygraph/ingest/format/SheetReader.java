package io.policygraph.ingest.format;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.ingest.UnreadableSourceException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A 任务分解表 workbook (XLSX or XLS): every visible sheet in order, every non-empty row a line with TABs
 * between its cells as Excel shows them (formatted values, formulas as their cached results). A merged
 * cell is spread over the rows and columns it covers, so a 牵头单位 merged down five tasks reaches each;
 * one merged across the whole width (a title, a section line such as {@code 一、产业发展}) stays one cell.
 * Empty rows stay blank lines. Which row is the header, where a table ends and another starts on the same
 * sheet, and what each column means is found by the layout from the content, as for tables in text.
 */
final class SheetReader implements FormatReader {

	private final Format format;

	SheetReader(Format format) {
		this.format = format;
	}

	@Override
	public ReadSource read(String name, byte[] bytes, ReadLimits limits) {
		OfficeZip.apply(limits);
		String kind = this.format == Format.XLSX ? "Excel workbook (XLSX)" : "Excel workbook (XLS)";
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			DataFormatter formatter = new DataFormatter();
			Lines lines = new Lines();
			for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
				if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
					continue;
				}
				sheet(workbook.getSheetAt(s), formatter, lines);
			}
			if (lines.visibleChars() == 0) {
				throw new UnreadableSourceException(name, kind + " with no text in its cells");
			}
			return lines.build(this.format);
		}
		catch (UnreadableSourceException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw OfficeZip.refusal(name, kind, ex);
		}
	}

	private static void sheet(Sheet sheet, DataFormatter formatter, Lines lines) {
		int last = sheet.getLastRowNum();
		int width = 0;
		for (int r = sheet.getFirstRowNum(); r <= last && r >= 0; r++) {
			Row row = sheet.getRow(r);
			if (row != null && row.getLastCellNum() > width) {
				width = Math.min(row.getLastCellNum(), 200);
			}
		}
		Map<Long, String> spread = new HashMap<>();
		Map<Integer, String> wholeRow = new HashMap<>();
		for (CellRangeAddress range : sheet.getMergedRegions()) {
			Row top = sheet.getRow(range.getFirstRow());
			Cell first = top == null ? null : top.getCell(range.getFirstColumn());
			String value = first == null ? "" : clean(formatter.formatCellValue(first));
			if (range.getFirstColumn() == 0 && range.getLastColumn() >= width - 1 && range.getFirstRow() == range.getLastRow()) {
				wholeRow.put(range.getFirstRow(), value);
				continue;
			}
			for (int r = range.getFirstRow(); r <= Math.min(range.getLastRow(), last); r++) {
				for (int c = range.getFirstColumn(); c <= Math.min(range.getLastColumn(), 200); c++) {
					spread.put(((long) r << 16) | c, value);
				}
			}
		}
		String name = sheet.getSheetName();
		for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
			Origin origin = Origin.sheetRow(name, r + 1);
			if (wholeRow.containsKey(r)) {
				lines.add(wholeRow.get(r), origin);
				continue;
			}
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>(width);
			for (int c = 0; c < width; c++) {
				String merged = spread.get(((long) r << 16) | c);
				Cell cell = row == null ? null : row.getCell(c);
				cells.add(merged != null ? merged : cell == null ? "" : clean(formatter.formatCellValue(cell)));
			}
			if (cells.stream().allMatch(String::isEmpty)) {
				lines.add("", origin);
			}
			else if (cells.stream().filter(x -> !x.isEmpty()).count() == 1 && !cells.get(0).isEmpty()) {
				// a title or a section line in the first column, not a table row
				lines.add(cells.get(0), origin);
			}
			else {
				lines.row(cells, origin);
			}
		}
		lines.add("", Origin.sheetRow(name, last + 2));
	}

	private static String clean(String value) {
		return value.replaceAll("\\s*\\R\\s*", " ").strip();
	}

}
