package io.policygraph.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.layout.Block.Cell;
import io.policygraph.ingest.layout.Block.Column;
import io.policygraph.ingest.layout.Block.TableRow;
import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.lexicon.RoleWords;
import io.policygraph.ingest.text.Brackets;
import io.policygraph.ingest.text.SourceText;

/**
 * Task tables copied from a web page or a Word file with one cell per line: the header's cells on lines of
 * their own ({@code 序号} / {@code 主要工作举措} / {@code 牵头单位} / {@code 配合单位} / {@code 责任领导}), then each
 * row's cells the same way, with blank lines or lone {@code |} lines between them. Cells may be missing (a
 * cell merged with the row above, an empty 备注), so a row's cells are told apart by what they hold rather
 * than by counting: a number starts a row, a list of bodies' names fills the role columns in the header's
 * order, a name of two to four characters is a person, the rest is the task. A new task after bodies starts
 * a new row, so rows whose number cell was merged are still cut. Where every header cell ends in a bar (a web
 * table copied cell by cell: {@code 序号 |} / {@code 牵头单位 |}), a line that still ends in one is a cell of the
 * table, however long the run of cells without a body (sub-rows merged with the row above).
 */
final class CellPerLineTables {

	/** What one cell line holds. */
	private enum Kind {
		SERIAL, SECTION, BODIES, PERSON, TASK
	}

	private static final Pattern SERIAL = Pattern.compile("[\\d一二三四五六七八九十百]{1,4}[.、．]?");

	private static final Pattern PERSON = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}");

	private static final Pattern ARABIC_SERIAL = Pattern.compile("(\\d{1,4})[.、．]?");

	/** A short place or zone that a task table lists beside bodies: 岳麓区, 各区县市. */
	private static final Pattern PLACE = Pattern.compile("[\\u4e00-\\u9fa5]{1,8}(区|县|市|镇|乡|街道)");

	/** How many cell lines may pass with no body before the table is taken to have ended. */
	private static final int MAX_LINES_WITHOUT_BODY = 12;

	/** The longest piece of a cell broken into a few characters a line (市政 / 府办 / 公厅). */
	private static final int MAX_PIECE = 4;

	/** The most pieces such a cell is broken into. */
	private static final int MAX_PIECES = 8;

	/** The longest header cell. */
	private static final int MAX_HEADER_CELL = 12;

	private CellPerLineTables() {
	}

	static List<Tables.Table> find(SourceText source, int from, int to) {
		List<Tables.Table> out = new ArrayList<>();
		for (int n = from; n <= to; n++) {
			String first = cell(source, n);
			if (first.isEmpty() || first.length() > MAX_HEADER_CELL || !Tables.isHeaderCell(first)) {
				continue;
			}
			List<String> header = new ArrayList<>();
			int last = n;
			for (int k = n; k <= to; k++) {
				String c = cell(source, k);
				if (c.isEmpty()) {
					continue;
				}
				if (c.length() > MAX_HEADER_CELL || SERIAL.matcher(c).matches() || Headings.startsWithMarker(c)
						|| source.folded(k).length() > MAX_HEADER_CELL + 4
						|| header.size() >= 3 && !Tables.isHeaderCell(c) && brokenBody(source, k, to)
						|| firstRowName(header, c, source, k, to)) {
					break;
				}
				header.add(c);
				last = k;
			}
			Column[] columns = header.size() >= 3 ? Tables.columns(header) : null;
			if (columns == null) {
				continue;
			}
			boolean barred = true;
			for (int k = n; k <= last && barred; k++) {
				barred = source.raw(k).isBlank() || endsWithBar(source.raw(k));
			}
			Tables.Table table = rows(source, last + 1, to, header, columns, barred);
			if (!table.rows().isEmpty()) {
				out.add(new Tables.Table(n, table.lastLine(), table.rows()));
				n = table.lastLine();
			}
		}
		return out;
	}

	/**
	 * {@return whether cell {@code c} on line {@code k} opens the first row rather than ending the header} A table
	 * with no 序号 column opens each row with the name of its item ({@code 项目名称 / 内容 / 牵头单位 / 进展情况},
	 * then {@code 养老服务项目 / 新增15家…}): a name that holds a task word (项目) looks like one more header cell. It
	 * is the row's when the header already names its task and a role column, and a cell that is no header cell
	 * (the row's task) follows it.
	 */
	private static boolean firstRowName(List<String> header, String c, SourceText source, int k, int to) {
		if (header.size() < 3 || !Tables.isTaskHeader(c) || header.stream().noneMatch(Tables::isTaskHeader)
				|| header.stream().noneMatch(Tables::isRoleHeader)) {
			return false;
		}
		for (int j = k + 1; j <= to; j++) {
			String next = cell(source, j);
			if (!next.isEmpty()) {
				return !Tables.isHeaderCell(next);
			}
		}
		return false;
	}

	/** {@return whether the short cells from line {@code n} on, joined, name a body: 市政 / 府办 / 公厅} */
	private static boolean brokenBody(SourceText source, int n, int to) {
		StringBuilder joined = new StringBuilder();
		int pieces = 0;
		for (int k = n; k <= to && pieces < MAX_PIECES; k++) {
			String c = cell(source, k);
			if (c.isEmpty()) {
				continue;
			}
			if (c.length() > MAX_PIECE) {
				break;
			}
			joined.append(c);
			pieces++;
		}
		return pieces >= 2 && BodyNames.isBodyNameLenient(joined.toString());
	}

	/** {@return the line's text as one cell: folded, with the bars that border it removed} */
	private static String cell(SourceText source, int n) {
		String s = source.folded(n);
		int from = 0;
		int to = s.length();
		while (from < to && isBar(s.charAt(from))) {
			from++;
		}
		while (to > from && isBar(s.charAt(to - 1))) {
			to--;
		}
		return s.substring(from, to);
	}

	/** {@return whether the line's last visible character is a cell border} */
	private static boolean endsWithBar(String line) {
		String s = line.strip();
		return !s.isEmpty() && (s.charAt(s.length() - 1) == '|' || s.charAt(s.length() - 1) == '｜');
	}

	private static boolean isBar(char c) {
		return c == '|' || c == '│' || c == '｜' || Character.isWhitespace(c) || c == '\u3000';
	}

	/**
	 * @param barred whether the header's cells end in a bar, so that a line ending in one is still a cell of the
	 * table
	 */
	private static Tables.Table rows(SourceText source, int from, int to, List<String> header, Column[] columns,
			boolean barred) {
		List<Integer> roleColumns = new ArrayList<>();
		int taskColumn = -1;
		int serialColumn = -1;
		for (int i = 0; i < columns.length; i++) {
			if (columns[i] == Column.LEAD || columns[i] == Column.SHARE) {
				roleColumns.add(i);
			}
			else if (columns[i] == Column.TASK && taskColumn < 0) {
				taskColumn = i;
			}
			else if (columns[i] == Column.SERIAL) {
				serialColumn = i;
			}
		}
		List<TableRow> rows = new ArrayList<>();
		Row row = null;
		int lastBody = from - 1;
		int quiet = 0;
		// 牵头单位 | 目标任务 | 责任单位: a role column before the task may hold a cell merged over several rows
		final int task = taskColumn;
		boolean roleBeforeTask = task >= 0 && roleColumns.stream().anyMatch(i -> i < task);
		String merged = null;
		int serial = -1;
		for (int n = from; n <= to; n++) {
			String c = cell(source, n);
			// a lone number here is a row's 序号, not a page number
			if (c.isEmpty() || (Layout.isNoise(c) && !SERIAL.matcher(c).matches())) {
				continue;
			}
			Kind kind = kind(c);
			if (roleBeforeTask && c.length() <= MAX_PIECE && kind != Kind.SERIAL
					&& (row == null || row.task == null || !row.bodies.isEmpty())) {
				// 市 / 监 / 察 / 局: a narrow merged cell broken into a few characters a line, before the task
				if (row != null && row.task != null) {
					merged = row.emit(source, rows, header, roleColumns, taskColumn, serialColumn, merged);
					row = null;
				}
				if (row == null) {
					row = new Row(n);
				}
				row.last = n;
				row.pieces.append(c);
				continue;
			}
			if (kind == Kind.SECTION || (kind == Kind.SERIAL && row != null && row.task != null)
					|| (kind == Kind.TASK && row != null && row.task != null && !row.bodies.isEmpty())) {
				if (row != null) {
					merged = row.emit(source, rows, header, roleColumns, taskColumn, serialColumn, merged);
				}
				row = null;
			}
			if (kind == Kind.SECTION) {
				continue;
			}
			if (row == null) {
				row = new Row(n);
			}
			row.last = n;
			switch (kind) {
				case SERIAL -> row.serial = c;
				case BODIES -> {
					row.bodies.add(c);
					row.afterTask.add(row.task != null);
					lastBody = n;
				}
				case TASK -> {
					row.piecesToCell(roleBeforeTask);
					row.task = row.task == null ? c : row.task + c;
				}
				default -> {
				}
			}
			// rows whose body cell is merged from a row above hold no body, but the next 序号 says the table goes on
			int number = kind == Kind.SERIAL ? arabic(c) : -1;
			boolean numbered = number >= 0 && number == serial + 1;
			serial = number >= 0 ? number : serial;
			quiet = kind == Kind.BODIES || numbered || barred && endsWithBar(source.raw(n)) ? 0 : quiet + 1;
			if (quiet > MAX_LINES_WITHOUT_BODY) {
				break;
			}
		}
		if (row != null && (row.last <= lastBody + MAX_LINES_WITHOUT_BODY || barred && !row.bodies.isEmpty())) {
			row.emit(source, rows, header, roleColumns, taskColumn, serialColumn, merged);
		}
		int lastLine = rows.isEmpty() ? from : rows.get(rows.size() - 1).lastLine();
		return new Tables.Table(from, lastLine, rows);
	}

	/** {@return the row number a 序号 cell holds in digits, or -1} */
	private static int arabic(String c) {
		Matcher m = ARABIC_SERIAL.matcher(c);
		return m.matches() ? Integer.parseInt(m.group(1)) : -1;
	}

	private static Kind kind(String c) {
		if (SERIAL.matcher(c).matches()) {
			return Kind.SERIAL;
		}
		Headings.Marker marker = Headings.marker(c);
		if (marker != null && marker.kind().rank <= Headings.Kind.ITEM.rank && c.length() <= 30) {
			return Kind.SECTION;
		}
		if (bodies(c)) {
			return Kind.BODIES;
		}
		if (isPerson(c)) {
			return Kind.PERSON;
		}
		return Kind.TASK;
	}

	/** {@return whether the cell is a list of bodies: every item a body's name or a short place beside them} */
	static boolean bodies(String cell) {
		if (cell.length() > 200 || cell.indexOf('。') >= 0) {
			return false;
		}
		// 牵头单位：县农业农村局: a cell may name its bodies' role itself
		RoleWords.Keyword label = RoleWords.keywordAt(cell, 0);
		String c = label == null ? cell : cell.substring(0, label.start()) + cell.substring(label.end());
		int names = 0;
		for (String item : Brackets.splitTopLevel(c.replaceFirst("^[★☆]+", ""), '、', '，', ',', '；', ';')) {
			String t = item.strip().replaceFirst("^[★☆]+", "").replaceFirst("等.{0,10}$", "");
			// 岳麓区和市直相关单位: two items joined, where the whole is no name
			for (String part : BodyNames.isBodyNameLenient(t) ? new String[] { t } : t.split("和|及")) {
				if (BodyNames.isBodyNameLenient(part)) {
					names++;
				}
				else if (!PLACE.matcher(part).matches()) {
					return false;
				}
			}
		}
		return names > 0;
	}

	/** {@return whether the cell may be a person's name: two to four characters that name no body} */
	static boolean isPerson(String c) {
		return PERSON.matcher(c).matches();
	}

	/** A row being gathered, cell line by cell line. */
	private static final class Row {

		private final int first;

		private int last;

		private String serial;

		private String task;

		private final List<String> bodies = new ArrayList<>();

		/** For each body cell, whether the task came before it in the row. */
		private final List<Boolean> afterTask = new ArrayList<>();

		/** The short pieces of a cell before the task, joined. */
		private final StringBuilder pieces = new StringBuilder();

		Row(int first) {
			this.first = first;
			this.last = first;
		}

		/** The pieces before the task make a body cell when, joined, they name a body (市政府办公厅). */
		void piecesToCell(boolean roleBeforeTask) {
			if (roleBeforeTask && this.task == null && !this.pieces.isEmpty()
					&& BodyNames.isBodyNameLenient(this.pieces.toString())) {
				this.bodies.add(this.pieces.toString());
				this.afterTask.add(false);
			}
			this.pieces.setLength(0);
		}

		/**
		 * Adds the row to {@code out}; a row with no cell before its task takes {@code merged}, the cell before
		 * the task of the rows above (a cell merged over several rows).
		 * @return the cell before the task that the rows below may share
		 */
		String emit(SourceText source, List<TableRow> out, List<String> header, List<Integer> roleColumns,
				int taskColumn, int serialColumn, String merged) {
			boolean hasOwn = this.afterTask.contains(false);
			if (!hasOwn && merged != null && this.task != null && !this.bodies.isEmpty()
					&& roleColumns.stream().anyMatch(i -> i < taskColumn)) {
				this.bodies.add(0, merged);
				this.afterTask.add(0, false);
			}
			String shared = hasOwn ? this.bodies.get(this.afterTask.indexOf(false)) : merged;
			if (this.task == null || this.bodies.isEmpty() || roleColumns.isEmpty() || taskColumn < 0) {
				return shared;
			}
			List<Cell> cells = new ArrayList<>();
			if (this.serial != null && serialColumn >= 0) {
				cells.add(new Cell(this.serial, Column.SERIAL, header.get(serialColumn)));
			}
			cells.add(new Cell(this.task, Column.TASK, header.get(taskColumn)));
			// a body cell fills the next role column on its side of the task column: 牵头单位 | 目标任务 | 责任单位
			List<Integer> before = roleColumns.stream().filter(i -> i < taskColumn).toList();
			List<Integer> after = roleColumns.stream().filter(i -> i > taskColumn).toList();
			int b = 0;
			int a = 0;
			for (int i = 0; i < this.bodies.size(); i++) {
				boolean useAfter = (this.afterTask.get(i) || b >= before.size()) && !after.isEmpty();
				List<Integer> side = useAfter ? after : before;
				int k = useAfter ? a++ : b++;
				// more body cells than role columns: a wrapped cell, which shares the last column
				boolean overflow = k >= side.size();
				int column = side.get(Math.min(k, side.size() - 1));
				cells.add(new Cell(this.bodies.get(i), overflow ? Column.SHARE : Tables.role(header.get(column)),
						header.get(column)));
			}
			StringBuilder raw = new StringBuilder();
			for (int n = this.first; n <= this.last; n++) {
				if (!source.raw(n).isBlank()) {
					raw.append(raw.isEmpty() ? "" : "\n").append(source.raw(n).strip());
				}
			}
			out.add(new TableRow(this.first, this.last, cells, raw.toString()));
			return shared;
		}

	}

}
