package io.policygraph.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.policygraph.ingest.layout.Block.Cell;
import io.policygraph.ingest.layout.Block.Column;
import io.policygraph.ingest.layout.Block.TableRow;
import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.lexicon.RoleWords;
import io.policygraph.ingest.text.SourceText;
import io.policygraph.ingest.text.WordTrie;

/**
 * Task-division tables (重点任务分工表) that reached the text as one line per row: a header line naming
 * the columns ({@code 序号 重点任务 牵头单位 责任单位 完成时限}), then rows whose cells are separated the
 * same way (tabs, {@code |}, or runs of spaces; a row may use another of these than its header). Folding drops the spaces between Chinese cells, so the
 * cells are cut from the physical line as written. A row whose cells do not line up with the header
 * ends the table; wrapped cells are not rebuilt.
 */
final class Tables {

	/**
	 * @param headerLine physical line of the header
	 * @param lastLine physical line of the last row
	 * @param rows the rows, in order
	 */
	record Table(int headerLine, int lastLine, List<TableRow> rows) {
	}

	/** One tab or bar per cell border: two in a row leave an empty cell (an empty 牵头单位 column). */
	private static final Pattern SEPARATORS = Pattern.compile("[\\t|│｜]");

	private static final Pattern WIDE_SPACE = Pattern.compile("\\s{2,}|\\u3000+");

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private static final Pattern SERIAL = Pattern
		.compile(Lexicon.anyOf(Lexicon.entries("table-headers.tsv", "column", "serial")));

	/** A task column's header, after the year it may open with ({@code 2022年预期目标}). */
	private static final Pattern TASK = Pattern.compile(
			"(\\d{4}年度?)?.{0,6}(" + Lexicon.anyOf(Lexicon.entries("table-headers.tsv", "column", "task")) + ").{0,6}");

	/** The task words alone: a cell holding none of them is not a task header, whatever the pattern would try. */
	private static final WordTrie TASK_WORDS = new WordTrie(Lexicon.words("table-headers.tsv", "column", "task"));

	/** Columns of people and posts, and other fields that name no body: 分管领导, 完成时限. */
	private static final WordTrie FIELD_WORDS = new WordTrie(Lexicon.words("field-labels.tsv"));

	private static final Pattern SERIAL_CELL = Pattern.compile("[\\d一二三四五六七八九十百]{1,4}[.、．]?");

	/** How many lines of one body each a cell may spread over: a cell names a handful of bodies, not a page. */
	private static final int MAX_SPREAD = 20;

	/** A row whose first cell is blank, not 无 or —: a tab first, or two bars with nothing between them. */
	private static final Pattern BLANK_FIRST_CELL = Pattern.compile("\\t|\\s*[|│｜][ \\u3000]*[|│｜]");

	private static final Pattern EMPTY_CELL = Pattern.compile("[—\\-/／无]*");

	private Tables() {
	}

	static List<Table> find(SourceText source, int from, int to) {
		List<Table> out = new ArrayList<>();
		for (int n = from; n <= to; n++) {
			String raw = source.raw(n);
			if (raw.isBlank() || !mayBeHeader(source.folded(n))) {
				continue;
			}
			Pattern separator = separatorOf(raw);
			if (separator == null) {
				continue;
			}
			List<String> header = cells(raw, separator);
			Column[] columns = columns(header);
			if (columns == null) {
				continue;
			}
			Table table = rows(source, n, to, separator, header, columns);
			if (!table.rows().isEmpty()) {
				out.add(table);
				n = table.lastLine();
			}
		}
		return out;
	}

	/** A cheap test: a header names a role column (责任单位, 牵头部门, 责任主体, 牵头 …). */
	private static boolean mayBeHeader(String folded) {
		return folded.length() <= 80 && RoleWords.mayNameColumn(folded) && folded.indexOf('。') < 0;
	}

	/** {@return the separator that cuts the header into at least three cells, widest first, or {@code null}} */
	private static Pattern separatorOf(String header) {
		if (!hasInnerSeparator(header.strip())) {
			// 牵头单位：县发展改革局 on a line of its own: one cell, no table
			return null;
		}
		for (Pattern p : List.of(SEPARATORS, WIDE_SPACE, SPACE)) {
			if (cells(header, p).size() >= 3) {
				return p;
			}
		}
		return null;
	}

	private static boolean hasInnerSeparator(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\t' || c == '|' || c == '│' || c == '｜' || Character.isWhitespace(c) || c == '\u3000') {
				return true;
			}
		}
		return false;
	}

	private static List<String> cells(String raw, Pattern separator) {
		List<String> out = new ArrayList<>();
		for (String cell : separator.split(raw.strip(), -1)) {
			out.add(separator == SPACE || separator == WIDE_SPACE ? SourceText.fold(cell) : spacedList(cell));
		}
		if (separator == SEPARATORS) {
			// the outer bars of | a | b | border the row, they do not open cells
			if (!out.isEmpty() && out.get(0).isEmpty() && raw.strip().matches("^[|│｜].*")) {
				out.remove(0);
			}
			if (!out.isEmpty() && out.get(out.size() - 1).isEmpty() && raw.strip().matches(".*[|│｜]$")) {
				out.remove(out.size() - 1);
			}
		}
		else {
			out.removeIf(String::isEmpty);
		}
		return out;
	}

	/** {@return whether a cell may stand in a task table's header: a number, task, role or field column} */
	static boolean isHeaderCell(String cell) {
		return SERIAL.matcher(cell).matches() || TASK_WORDS.foundIn(cell) && TASK.matcher(cell).matches()
				|| RoleWords.qualifiedColumn(cell) != null || FIELD_WORDS.wordWithNote(cell, 8) != null;
	}

	/** {@return whether a header cell names the task column (项目, 名称, 内容, 工作任务), not a number, role or field} */
	static boolean isTaskHeader(String cell) {
		return !SERIAL.matcher(cell).matches() && FIELD_WORDS.wordWithNote(cell, 8) == null
				&& RoleWords.qualifiedColumn(cell) == null && TASK_WORDS.foundIn(cell) && TASK.matcher(cell).matches();
	}

	/** {@return whether a header cell names a role column (牵头单位, 责任单位)} */
	static boolean isRoleHeader(String cell) {
		return RoleWords.qualifiedColumn(cell) != null;
	}

	/** {@return the role column a header names} */
	static Column role(String header) {
		String word = RoleWords.qualifiedColumn(header);
		return word != null && RoleWords.leads(word) ? Column.LEAD : Column.SHARE;
	}

	/**
	 * {@return the cell folded; a cell that lists bodies parted by spaces ({@code 县教体局 各相关乡镇政府}) keeps them
	 * apart with 、, since folding drops the spaces between Chinese words}
	 */
	private static String spacedList(String cell) {
		String[] words = cell.strip().split("[\\s\\u3000]+");
		if (words.length < 2) {
			return SourceText.fold(cell);
		}
		boolean labelled = false;
		for (int i = 1; i < words.length && !labelled; i++) {
			labelled = RoleWords.label(SourceText.fold(words[i])) != null;
		}
		if (labelled) {
			// 牵头：县农业农村局 配合：县大数据局: each label opens a list of its own
			List<String> folded = new ArrayList<>();
			for (String w : words) {
				folded.add(SourceText.fold(w));
			}
			return String.join("；", folded);
		}
		for (String w : words) {
			if (!BodyNames.isBodyNameLenient(SourceText.fold(w))) {
				return SourceText.fold(cell);
			}
		}
		List<String> folded = new ArrayList<>();
		for (String w : words) {
			folded.add(SourceText.fold(w));
		}
		return String.join("、", folded);
	}

	/** {@return the kind of every header cell, or {@code null} when the cells are no task table's header} */
	static Column[] columns(List<String> header) {
		Column[] out = new Column[header.size()];
		boolean task = false;
		boolean role = false;
		for (int i = 0; i < out.length; i++) {
			String h = header.get(i);
			if (h.isEmpty() || h.length() > 12) {
				return null;
			}
			if (SERIAL.matcher(h).matches()) {
				out[i] = Column.SERIAL;
			}
			else if (FIELD_WORDS.wordWithNote(h, 8) != null) {
				out[i] = Column.OTHER;
			}
			else if (RoleWords.qualifiedColumn(h) != null) {
				out[i] = RoleWords.leads(RoleWords.qualifiedColumn(h)) ? Column.LEAD : Column.SHARE;
				role = true;
			}
			else if (TASK.matcher(h).matches()) {
				out[i] = Column.TASK;
				task = true;
			}
			else {
				out[i] = Column.OTHER;
			}
		}
		return task && role ? out : null;
	}

	private static Table rows(SourceText source, int headerLine, int to, Pattern separator, List<String> header,
			Column[] columns) {
		List<TableRow> rows = new ArrayList<>();
		boolean names = false;
		int last = headerLine;
		int misses = 0;
		// the last row stops at its body cell, whose further bodies may follow a line each
		boolean open = false;
		int spread = 0;
		for (int n = headerLine + 1; n <= to; n++) {
			String raw = source.raw(n);
			if (raw.isBlank() || Layout.isNoise(source.folded(n))) {
				continue;
			}
			if (Headings.startsWithMarker(source.folded(n)) && separatorOf(raw) == null) {
				// 二、重点任务: a heading ends the table; the next table has a header and roles of its own. A
				// heading whose rows below go on with the table's numbers (一、主要预期目标 above row 1, 二、重点工作
				// above row 10) is a section of this table.
				if (numberingGoesOn(source, n + 1, to, separator, header, columns, rows)) {
					open = false;
					continue;
				}
				break;
			}
			List<String> asHeader = separatorOf(raw) == null ? List.of() : cells(raw, separatorOf(raw));
			if (!asHeader.isEmpty() && columns(asHeader) != null) {
				break;
			}
			TableRow row = null;
			for (Pattern p : List.of(separator, SEPARATORS, WIDE_SPACE, SPACE)) {
				row = row(n, raw, cells(raw, p), header, columns);
				if (row != null) {
					break;
				}
			}
			if (row == null && !rows.isEmpty() && raw.startsWith("\t")) {
				// a first cell merged over rows, left blank on the rows after its first: the tab before the task
				List<String> found = new ArrayList<>(cells(raw, SEPARATORS));
				found.addFirst("");
				row = row(n, raw, found, header, columns);
			}
			if (row != null && !rows.isEmpty() && BLANK_FIRST_CELL.matcher(raw).lookingAt()) {
				row = mergedFromAbove(row, rows.getLast(), header, columns);
			}
			if (row == null && open && spread < MAX_SPREAD && CellPerLineTables.bodies(source.folded(n))) {
				// 区农业农村委 / 区林业局 / 区供销联社: a body cell spread one body a line, the row's last cell so far
				rows.set(rows.size() - 1, withBody(rows.get(rows.size() - 1), source.folded(n), n, raw));
				spread++;
				last = n;
				continue;
			}
			open = false;
			if (row == null) {
				// a cell wrapped onto a line of its own (or after a page number) is passed over; two such
				// lines in a row end the table
				if (++misses > 2 || rows.isEmpty()) {
					break;
				}
				continue;
			}
			misses = 0;
			rows.add(row);
			open = endsAtBodyCell(row, header);
			spread = 0;
			names |= row.cells().stream().anyMatch(c -> c.column() == Column.LEAD || c.column() == Column.SHARE);
			last = n;
		}
		// a table whose role columns are all empty is no task table: its lines stay paragraphs
		return new Table(headerLine, last, names ? rows : List.of());
	}

	/** {@return whether the first row after the headings from {@code from} on has the number that comes next} */
	private static boolean numberingGoesOn(SourceText source, int from, int to, Pattern separator,
			List<String> header, Column[] columns, List<TableRow> rows) {
		int next;
		if (rows.isEmpty()) {
			next = 1;
		}
		else {
			String serial = rows.get(rows.size() - 1).serial();
			if (serial == null || !serial.matches("\\d{1,4}")) {
				return false;
			}
			next = Integer.parseInt(serial) + 1;
		}
		// a section heading and its sub-heading at most: a run of headings is no table's section
		int headings = 0;
		for (int n = from; n <= to; n++) {
			String raw = source.raw(n);
			if (raw.isBlank()) {
				continue;
			}
			if (Headings.startsWithMarker(source.folded(n)) && separatorOf(raw) == null) {
				if (++headings > 2) {
					return false;
				}
				continue;
			}
			for (Pattern p : List.of(separator, SEPARATORS, WIDE_SPACE, SPACE)) {
				TableRow row = row(n, raw, cells(raw, p), header, columns);
				if (row != null) {
					return String.valueOf(next).equals(row.serial());
				}
			}
			return false;
		}
		return false;
	}

	/** {@return whether the row's last cell is a body cell that does not stand under the header's last column} */
	private static boolean endsAtBodyCell(TableRow row, List<String> header) {
		Cell last = row.cells().get(row.cells().size() - 1);
		return (last.column() == Column.LEAD || last.column() == Column.SHARE)
				&& !last.header().equals(header.get(header.size() - 1));
	}

	/**
	 * {@return the row with the first column's bodies of the row above, when that column is a role column and the
	 * row leaves it blank} A table grouped by its first column (牵头单位 | 重点任务 | 配合单位) merges that cell over
	 * the rows of its group; copied as text, only the group's first row keeps it.
	 */
	private static TableRow mergedFromAbove(TableRow row, TableRow above, List<String> header, Column[] columns) {
		if ((columns[0] != Column.LEAD && columns[0] != Column.SHARE)
				|| row.cells().stream().anyMatch(c -> c.header().equals(header.get(0)))) {
			return row;
		}
		Cell merged = above.cells().stream().filter(c -> c.header().equals(header.get(0))).findFirst().orElse(null);
		if (merged == null) {
			return row;
		}
		List<Cell> cells = new ArrayList<>(row.cells());
		cells.addFirst(merged);
		return new TableRow(row.line(), row.lastLine(), cells, row.raw());
	}

	private static TableRow withBody(TableRow row, String body, int line, String raw) {
		List<Cell> cells = new ArrayList<>(row.cells());
		Cell last = cells.remove(cells.size() - 1);
		cells.add(new Cell(last.text() + "、" + body, last.column(), last.header()));
		return new TableRow(row.line(), line, cells, row.raw() + " " + raw.strip());
	}

	/** {@return the row, or {@code null} when its cells do not line up with the header's} */
	private static TableRow row(int line, String raw, List<String> found, List<String> header, Column[] columns) {
		List<String> cells = realigned(found, columns);
		// a trailing column such as 完成时限 may be left empty
		if (cells.size() != columns.length
				&& !(cells.size() == columns.length - 1 && columns[columns.length - 1] == Column.OTHER)) {
			return null;
		}
		List<Cell> out = new ArrayList<>();
		boolean task = false;
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			Column column = columns[i];
			if (column == Column.SERIAL && !SERIAL_CELL.matcher(cell).matches()) {
				return null;
			}
			if ((column == Column.LEAD || column == Column.SHARE) && EMPTY_CELL.matcher(cell).matches()) {
				continue;
			}
			task |= column == Column.TASK && !cell.isEmpty();
			out.add(new Cell(cell, column, header.get(i)));
		}
		return task ? new TableRow(line, line, out, raw.strip()) : null;
	}

	/**
	 * A row copied from a web table whose empty cells were dropped, their bars piled up at the row's end
	 * ({@code 58.… | 削减… | 徐国江 | 城管局 | 截至目前… | 是 | ||}, its 三季度目标 cell missing): when no role column
	 * holds a body but a cell before the first one does, as many trailing empty cells as it takes move in front
	 * of that cell (and of the person named beside it, under a column of people), so that it stands under the
	 * role column.
	 */
	private static List<String> realigned(List<String> cells, Column[] columns) {
		int trailing = 0;
		for (int i = cells.size() - 1; i >= 0 && cells.get(i).isEmpty(); i--) {
			trailing++;
		}
		if (trailing == 0 || cells.size() != columns.length) {
			return cells;
		}
		int role = -1;
		for (int i = 0; i < columns.length; i++) {
			if (columns[i] == Column.LEAD || columns[i] == Column.SHARE) {
				if (CellPerLineTables.bodies(cells.get(i))) {
					return cells;
				}
				role = role < 0 ? i : role;
			}
		}
		int body = -1;
		for (int i = role - 1; i >= 0 && body < 0; i--) {
			body = CellPerLineTables.bodies(cells.get(i)) ? i : -1;
		}
		int shift = role - body;
		if (body < 0 || shift > trailing) {
			return cells;
		}
		int at = body;
		while (at > 0 && CellPerLineTables.isPerson(cells.get(at - 1)) && columns[at - 1 + shift] == Column.OTHER) {
			at--;
		}
		List<String> out = new ArrayList<>(cells.subList(0, at));
		for (int i = 0; i < shift; i++) {
			out.add("");
		}
		out.addAll(cells.subList(at, cells.size() - shift));
		return out;
	}

}
