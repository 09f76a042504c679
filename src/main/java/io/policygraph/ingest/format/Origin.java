package io.policygraph.ingest.format;

/**
 * Where a physical line of the normalised text came from in the published file: a page (PDF), a
 * paragraph or a table's row (Word, HTML: body blocks counted from 1), or a sheet's row (Excel, as the
 * sheet numbers its rows). Fields that do not apply are {@code null}.
 *
 * @param page 1-based page
 * @param paragraph 1-based block of the document body (a paragraph, or the table a row belongs to)
 * @param sheet the sheet's name
 * @param row 1-based row of a table (Word, HTML) or of a sheet (Excel)
 */
public record Origin(Integer page, Integer paragraph, String sheet, Integer row) {

	public static Origin page(int page) {
		return new Origin(page, null, null, null);
	}

	public static Origin paragraph(int paragraph) {
		return new Origin(null, paragraph, null, null);
	}

	public static Origin tableRow(int paragraph, int row) {
		return new Origin(null, paragraph, null, row);
	}

	public static Origin sheetRow(String sheet, int row) {
		return new Origin(null, null, sheet, row);
	}

}
