package io.policygraph.ingest.format;

import java.util.ArrayList;
import java.util.List;

import io.policygraph.ingest.format.PositionedText.Glyph;
import io.policygraph.ingest.format.PositionedText.Line;

/**
 * Tables printed without rulings (a 任务分工表 whose borders were hidden) rebuilt from where their text
 * stands: a line cut by wide gaps into three cells or more opens a table, and the lines below it belong to
 * that table while the gaps between its columns stay free of text on each of them (each line may narrow a
 * gap to half a character, no further). A line whose first column is empty goes on with the row above it
 * (a cell wrapped over lines); a table that reaches the foot of a page goes on at the top of the next while
 * the lines there keep its gaps. A table needs two lines with text in two columns or more, so prose, whose
 * lines run across every gap, is never read as one.
 */
final class UnruledTables {

	/** An interval of x that no glyph of the table's lines covers. */
	private record Gap(float from, float to) {

		float middle() {
			return (this.from + this.to) / 2;
		}

	}

	private record Run(int end, List<Gap> gaps) {
	}

	private UnruledTables() {
	}

	/** Replaces, page by page, the lines of each table without rulings by the same lines as table lines. */
	static void find(List<List<Line>> pages) {
		List<Gap> carried = null;
		for (List<Line> lines : pages) {
			List<Line> out = new ArrayList<>();
			List<Gap> open = null;
			int i = 0;
			while (i < lines.size()) {
				Run run = null;
				if (!lines.get(i).tabular()) {
					if (i == 0 && carried != null) {
						run = run(lines, i, carried, 1);
					}
					List<Gap> own = gaps(lines.get(i));
					if (run == null && own != null) {
						run = run(lines, i, own, 2);
					}
				}
				if (run == null) {
					out.add(lines.get(i++));
					continue;
				}
				for (int j = i; j < run.end(); j++) {
					out.add(row(lines.get(j), run.gaps()));
				}
				open = run.end() == lines.size() ? run.gaps() : null;
				i = run.end();
			}
			carried = open;
			lines.clear();
			lines.addAll(out);
		}
	}

	/** {@return the gaps between the cells of a line of three cells or more, or null} */
	private static List<Gap> gaps(Line line) {
		if (line.cells().size() < 3) {
			return null;
		}
		List<Gap> gaps = new ArrayList<>();
		for (int c = 1; c < line.cells().size(); c++) {
			List<Glyph> before = line.cells().get(c - 1);
			gaps.add(new Gap(before.get(before.size() - 1).end(), line.cells().get(c).get(0).x()));
		}
		return gaps;
	}

	/** {@return the lines from {@code start} that keep the gaps, if {@code rows} of them fill two columns or more} */
	private static Run run(List<Line> lines, int start, List<Gap> gaps, int rows) {
		List<Gap> current = gaps;
		int filledRows = 0;
		int j = start;
		while (j < lines.size()) {
			Line line = lines.get(j);
			if (line.tabular() || j > start && line.y() - lines.get(j - 1).y() > 3 * line.size()) {
				break;
			}
			List<Gap> narrowed = narrow(current, line);
			if (narrowed == null) {
				break;
			}
			int[] columns = columns(line.glyphs(), narrowed);
			boolean onlyFirst = columns.length == 1 && columns[0] == 0;
			if (j > start && onlyFirst) {
				// a short line at the left margin after a table: a paragraph, not a wrapped cell
				break;
			}
			filledRows += columns.length >= 2 ? 1 : 0;
			current = narrowed;
			j++;
		}
		return filledRows >= rows ? new Run(j, current) : null;
	}

	/** {@return the gaps left free by a line's glyphs, each the widest free part of the old, or null if one closes} */
	private static List<Gap> narrow(List<Gap> gaps, Line line) {
		List<Gap> out = new ArrayList<>(gaps.size());
		for (Gap gap : gaps) {
			float bestFrom = 0;
			float bestTo = 0;
			float from = gap.from();
			for (Glyph g : line.glyphs()) {
				if (g.end() <= from || g.x() >= gap.to()) {
					continue;
				}
				if (g.x() - from > bestTo - bestFrom) {
					bestFrom = from;
					bestTo = g.x();
				}
				from = Math.max(from, g.end());
			}
			if (gap.to() - from > bestTo - bestFrom) {
				bestFrom = from;
				bestTo = gap.to();
			}
			if (bestTo - bestFrom < 0.5f * line.size()) {
				return null;
			}
			out.add(new Gap(bestFrom, bestTo));
		}
		return out;
	}

	/** {@return the columns (0-based, ascending) that hold a glyph of the line} */
	private static int[] columns(List<Glyph> glyphs, List<Gap> gaps) {
		return glyphs.stream().mapToInt(g -> column(g, gaps)).distinct().sorted().toArray();
	}

	private static int column(Glyph g, List<Gap> gaps) {
		int c = 0;
		while (c < gaps.size() && gaps.get(c).middle() < g.x()) {
			c++;
		}
		return c;
	}

	/** {@return the line as a line of the table: its glyphs cut at the gaps into cells of their columns} */
	private static Line row(Line line, List<Gap> gaps) {
		int[] columns = columns(line.glyphs(), gaps);
		List<List<Glyph>> cells = new ArrayList<>();
		for (int column : columns) {
			cells.add(line.glyphs().stream().filter(g -> column(g, gaps) == column).toList());
		}
		return new Line(line.y(), line.size(), line.glyphs(), cells, true, columns, gaps.size() + 1, columns[0] == 0);
	}

}
