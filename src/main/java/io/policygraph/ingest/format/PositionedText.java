package io.policygraph.ingest.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text placed by position on pages (PDF, OFD) read as a reader's eye goes: glyphs make lines by baseline; a
 * paragraph's first-line indent is kept (layout needs it to see where paragraphs start); lines of a page
 * set in two columns are read left column first. Running headers, footers and page numbers are removed
 * by where they stand, not by what they say: a line at the top or bottom of a page, set apart from the
 * text by more than a line's spacing, in a band where such a line stands on most pages (a page number
 * shape is enough on a file of one page). Tables are rebuilt into one line a row with TABs between cells,
 * across page breaks too (a header row repeated on the next page is read once): from their rulings where
 * they have them (the vertical rules cut a line into cells, the horizontal rules group wrapped lines into one
 * row), and from the gaps that stay free of text down consecutive lines where they have none.
 * Coordinates are points from the top left of the page.
 */
final class PositionedText {

	private static final Pattern PAGE_NUMBER = Pattern.compile("^[—\\-－–~第\\s]*\\d{1,4}\\s*[—\\-－–~页\\s]*(/\\s*\\d+)?$|^[-—\\s]*[ivxIVX]{1,5}[-—\\s]*$");

	private static final Pattern SENTENCE_END = Pattern.compile("[。；！？]$");

	/** The start of a numbered heading, which never continues the line above it. */
	private static final Pattern HEADING = Pattern.compile("^(第[一二三四五六七八九十百]+[章节条部分]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.．、]|附件)");

	/** A glyph: its left edge, baseline, advance width, size and text. */
	record Glyph(float x, float y, float w, float size, String text) {

		float end() {
			return this.x + this.w;
		}

	}

	/** One page: its glyphs, its rulings and its height. */
	record Page(List<Glyph> glyphs, List<Ruling> rulings, float height) {
	}

	/**
	 * A visual line: its glyphs left to right, cut into cells where a ruling or a wide gap stands between two;
	 * when it is a line of a table ({@code tabular}), the column of each cell, the table's width and whether a
	 * new row starts with it ({@code ruleAbove}: a rule above it, or a first column that is not empty).
	 */
	record Line(float y, float size, List<Glyph> glyphs, List<List<Glyph>> cells, boolean tabular, int[] columns,
			int width, boolean ruleAbove) {

		Line(float y, float size, List<Glyph> glyphs, List<List<Glyph>> cells, boolean tabular) {
			this(y, size, glyphs, cells, tabular, new int[0], 0, false);
		}

		float x() {
			return this.glyphs.get(0).x();
		}

		float end() {
			return this.glyphs.get(this.glyphs.size() - 1).end();
		}

	}

	private PositionedText() {
	}

	/** {@return the pages read into normalised text, each line with its page} */
	static ReadSource read(List<Page> pages, Format format) {
		List<List<Line>> all = new ArrayList<>();
		List<Float> heights = new ArrayList<>();
		for (Page page : pages) {
			all.add(lines(page.glyphs(), page.rulings()));
			heights.add(page.height());
		}
		removeFurniture(all, heights);
		UnruledTables.find(all);
		return render(all, format);
	}

	/** Glyphs to lines by baseline, each cut into cells by vertical rulings (tables) or wide gaps. */
	private static List<Line> lines(List<Glyph> glyphs, List<Ruling> rulings) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
		List<List<Glyph>> rows = new ArrayList<>();
		List<Glyph> row = new ArrayList<>();
		float y = Float.NaN;
		for (Glyph g : sorted) {
			if (!row.isEmpty() && Math.abs(g.y() - y) > 0.4f * g.size()) {
				rows.add(row);
				row = new ArrayList<>();
			}
			if (row.isEmpty()) {
				y = g.y();
			}
			row.add(g);
		}
		if (!row.isEmpty()) {
			rows.add(row);
		}
		List<Ruling> verticals = rulings.stream().filter(Ruling::vertical).toList();
		List<Line> lines = new ArrayList<>();
		for (List<Glyph> r : rows) {
			r.sort(Comparator.comparingDouble(Glyph::x));
			float size = median(r.stream().map(Glyph::size).toList());
			float baseline = r.get(0).y();
			List<List<Glyph>> cells = new ArrayList<>();
			List<Glyph> cell = new ArrayList<>();
			boolean ruled = false;
			for (Glyph g : r) {
				if (!cell.isEmpty()) {
					Glyph prev = cell.get(cell.size() - 1);
					boolean rule = ruledBetween(verticals, prev, g, baseline - size * 0.8f, baseline);
					if (rule || g.x() - prev.end() > 1.5f * size) {
						ruled |= rule;
						cells.add(cell);
						cell = new ArrayList<>();
					}
				}
				cell.add(g);
			}
			cells.add(cell);
			if (!ruled && cells.size() > 1 && inCell(verticals, r.get(0), baseline - size * 0.8f, baseline)) {
				ruled = true;
			}
			ruled |= cells.size() == 1 && inCell(verticals, r.get(0), baseline - size * 0.8f, baseline);
			if (!ruled) {
				lines.add(new Line(baseline, size, r, cells, false));
				continue;
			}
			// the column of each cell: how many of the table's vertical rules at this height stand left of it
			List<Float> xs = verticals.stream().filter(v -> v.y1() <= baseline && v.y2() >= baseline - size * 0.8f)
				.map(v -> (float) Math.round(v.x1())).distinct().sorted().toList();
			int[] columns = new int[cells.size()];
			for (int c = 0; c < cells.size(); c++) {
				float x = cells.get(c).get(0).x();
				columns[c] = Math.max(0, (int) xs.stream().filter(v -> v <= x + 0.5f).count() - 1);
			}
			float top = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).y();
			boolean above = lines.isEmpty() || rulings.stream().anyMatch(h -> !h.vertical() && h.y1() > top && h.y1() < baseline - size * 0.6f
					&& h.x1() <= r.get(0).x() && h.x2() >= r.get(r.size() - 1).end());
			lines.add(new Line(baseline, size, r, cells, true, columns, Math.max(1, xs.size() - 1), above));
		}
		return lines;
	}

	private static boolean ruledBetween(List<Ruling> verticals, Glyph a, Glyph b, float top, float bottom) {
		for (Ruling v : verticals) {
			if (v.x1() > a.x() + a.w() / 2 && v.x1() < b.x() + b.w() / 2 && v.y1() <= bottom && v.y2() >= top) {
				return true;
			}
		}
		return false;
	}

	/** Whether rulings stand on both sides of a glyph at its height: it sits in a table cell. */
	private static boolean inCell(List<Ruling> verticals, Glyph g, float top, float bottom) {
		boolean left = false;
		boolean right = false;
		for (Ruling v : verticals) {
			if (v.y1() <= bottom && v.y2() >= top) {
				left |= v.x1() <= g.x() + 0.5f;
				right |= v.x1() >= g.end() - 0.5f;
			}
		}
		return left && right;
	}

	/**
	 * Removes running headers, footers and page numbers by position: the first or last line of a page that
	 * stands apart from the text (or is a page number set off by dashes), in a band (rounded baseline) that
	 * holds such a line on at least half the pages, or shaped as a page number.
	 */
	private static void removeFurniture(List<List<Line>> pages, List<Float> heights) {
		Map<Integer, Integer> bands = new HashMap<>();
		List<List<Line>> candidates = new ArrayList<>();
		for (int p = 0; p < pages.size(); p++) {
			List<Line> lines = pages.get(p);
			List<Line> edge = new ArrayList<>();
			if (lines.size() >= 2) {
				float pitch = pitch(lines);
				float height = heights.get(p);
				Line first = lines.get(0);
				Line last = lines.get(lines.size() - 1);
				if (first.y() < height * 0.2f && (lines.get(1).y() - first.y() > 1.6f * pitch || decoratedPageNumber(first))) {
					edge.add(first);
				}
				if (last.y() > height * 0.8f && (last.y() - lines.get(lines.size() - 2).y() > 1.6f * pitch || decoratedPageNumber(last))) {
					edge.add(last);
				}
			}
			else if (lines.size() == 1) {
				edge.add(lines.get(0));
			}
			for (Line l : edge) {
				bands.merge(Math.round(l.y() / 6f), 1, Integer::sum);
			}
			candidates.add(edge);
		}
		int needed = Math.max(2, (pages.size() + 1) / 2);
		for (int p = 0; p < pages.size(); p++) {
			for (Line l : candidates.get(p)) {
				int band = Math.round(l.y() / 6f);
				int seen = bands.getOrDefault(band, 0) + bands.getOrDefault(band - 1, 0) + bands.getOrDefault(band + 1, 0);
				if (seen >= needed || PAGE_NUMBER.matcher(text(l.glyphs())).matches()) {
					pages.get(p).remove(l);
				}
			}
		}
	}

	/**
	 * Whether a line is a page number set off by dashes or words ({@code — 2 —}, {@code 第2页}), which text never
	 * is: such a line at the edge of a page is furniture even close under the text (a page whose last lines are
	 * the 印发 block).
	 */
	private static boolean decoratedPageNumber(Line line) {
		String text = text(line.glyphs());
		return PAGE_NUMBER.matcher(text).matches() && text.matches(".*[—\\-－–~第页/].*");
	}

	/** The usual distance between baselines on a page. */
	private static float pitch(List<Line> lines) {
		List<Float> gaps = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			float gap = lines.get(i).y() - lines.get(i - 1).y();
			if (gap > 0) {
				gaps.add(gap);
			}
		}
		return gaps.isEmpty() ? 12f : median(gaps);
	}

	private static ReadSource render(List<List<Line>> pages, Format format) {
		Lines out = new Lines();
		List<String> header = null;
		String[] pending = null;
		int pendingPage = 0;
		boolean fullSentenceEnd = false;
		for (int p = 0; p < pages.size(); p++) {
			Origin origin = Origin.page(p + 1);
			List<Line> ordered = columns(pages.get(p));
			float margin = ordered.stream().filter(l -> !l.tabular()).map(Line::x).min(Float::compare).orElse(0f);
			float gutter = gutter(pages.get(p));
			float edge = ordered.stream().filter(l -> !l.tabular()).map(Line::end).max(Float::compare).orElse(0f);
			for (Line line : ordered) {
				if (line.tabular()) {
					fullSentenceEnd = false;
					// a row's wrapped lines have no horizontal rule between them; a row broken by a page goes on at the
					// top of the next with its first column empty
					boolean firstColumnEmpty = line.columns().length > 0 && line.columns()[0] > 0;
					boolean continues = pending != null && line.width() == pending.length
							&& (pendingPage == p + 1 ? !line.ruleAbove() : firstColumnEmpty);
					if (!continues) {
						if (pending != null) {
							header = emit(out, pending, header, pendingPage);
						}
						pending = new String[line.width()];
						Arrays.fill(pending, "");
						pendingPage = p + 1;
					}
					for (int c = 0; c < line.cells().size(); c++) {
						int column = Math.min(line.columns()[c], pending.length - 1);
						pending[column] = pending[column] + text(line.cells().get(c));
					}
					continue;
				}
				if (pending != null) {
					emit(out, pending, header, pendingPage);
					pending = null;
					header = null;
					fullSentenceEnd = false;
				}
				boolean right = !Float.isNaN(gutter) && line.x() >= gutter;
				float left = right ? gutter : margin;
				boolean indented = line.x() - left > 1.5f * line.size();
				String text = text(line.glyphs());
				if (fullSentenceEnd && !indented && !HEADING.matcher(text).lookingAt()) {
					// a full line that happens to end a sentence, continued by an unindented line: one paragraph,
					// which layout could not tell from text alone
					out.appendToLast(text);
				}
				else {
					out.add((indented ? "\u3000\u3000" : "") + text, origin);
				}
				float rightEdge = right || Float.isNaN(gutter) ? edge : gutter;
				fullSentenceEnd = line.end() >= rightEdge - line.size() * 1.2f && SENTENCE_END.matcher(text).find();
			}
		}
		if (pending != null) {
			emit(out, pending, header, pendingPage);
		}
		return out.build(format);
	}

	/** Writes a table row, except a header row repeated at the top of a later page; {@return the table's header} */
	private static List<String> emit(Lines out, String[] row, List<String> header, int page) {
		List<String> cells = List.of(row);
		if (header != null && cells.equals(header)) {
			return header;
		}
		out.row(cells, Origin.page(page));
		return header == null ? cells : header;
	}

	/**
	 * Lines of a page set in two columns, left column first: when most lines of the page leave the same gap
	 * near the middle and none crosses it.
	 */
	private static List<Line> columns(List<Line> lines) {
		float gutter = gutter(lines);
		if (Float.isNaN(gutter)) {
			return lines;
		}
		List<Line> out = new ArrayList<>();
		List<Line> left = new ArrayList<>();
		List<Line> right = new ArrayList<>();
		for (Line l : lines) {
			boolean spans = l.glyphs().stream().anyMatch(g -> g.x() < gutter && g.end() > gutter);
			if (spans) {
				// a line across both columns (a title) closes the columns above it
				out.addAll(left);
				out.addAll(right);
				left.clear();
				right.clear();
				out.add(l);
				continue;
			}
			List<Glyph> l1 = l.glyphs().stream().filter(g -> g.x() < gutter).toList();
			List<Glyph> r1 = l.glyphs().stream().filter(g -> g.x() >= gutter).toList();
			if (!l1.isEmpty()) {
				left.add(new Line(l.y(), l.size(), l1, List.of(l1), false));
			}
			if (!r1.isEmpty()) {
				right.add(new Line(l.y(), l.size(), r1, List.of(r1), false));
			}
		}
		out.addAll(left);
		out.addAll(right);
		return out;
	}

	/**
	 * {@return the x of the gutter of a page set in two columns, or NaN}: the widest band in the middle of the
	 * text no glyph covers, at least a character wide, with text on both sides of it on a quarter of the lines
	 */
	private static float gutter(List<Line> lines) {
		if (lines.size() < 6 || lines.stream().anyMatch(Line::tabular)) {
			return Float.NaN;
		}
		float min = lines.stream().map(Line::x).min(Float::compare).orElse(0f);
		float max = lines.stream().map(Line::end).max(Float::compare).orElse(0f);
		int from = (int) (min + (max - min) * 0.3f);
		int to = (int) (min + (max - min) * 0.7f);
		// how many lines cover each x: a title or a running header may cross the gutter, a column's lines do not
		int[] covered = new int[Math.max(0, to - from + 1)];
		for (Line l : lines) {
			boolean[] mine = new boolean[covered.length];
			for (Glyph g : l.glyphs()) {
				for (int x = Math.max(from, (int) g.x()); x <= Math.min(to, (int) Math.ceil(g.end())); x++) {
					mine[x - from] = true;
				}
			}
			for (int i = 0; i < covered.length; i++) {
				covered[i] += mine[i] ? 1 : 0;
			}
		}
		int crossing = Math.max(1, lines.size() / 10);
		int bestStart = -1;
		int bestWidth = 0;
		for (int i = 0; i < covered.length; i++) {
			int j = i;
			while (j < covered.length && covered[j] <= crossing) {
				j++;
			}
			if (j - i > bestWidth) {
				bestWidth = j - i;
				bestStart = i;
			}
			i = j;
		}
		float size = median(lines.stream().map(Line::size).toList());
		if (bestStart < 0 || bestWidth < size) {
			return Float.NaN;
		}
		float gutter = from + bestStart + bestWidth / 2f;
		long left = lines.stream().filter(l -> l.x() < gutter).count();
		long right = lines.stream().filter(l -> l.end() > gutter).count();
		return left * 4 >= lines.size() && right * 4 >= lines.size() ? gutter : Float.NaN;
	}

	/** Glyph texts in order; a space only where a visible gap parts two Latin words or numbers. */
	static String text(List<Glyph> glyphs) {
		StringBuilder out = new StringBuilder();
		Glyph prev = null;
		for (Glyph g : glyphs) {
			if (prev != null && g.x() - prev.end() > 0.2f * g.size()) {
				out.append(' ');
			}
			out.append(g.text());
			prev = g;
		}
		return out.toString();
	}

	private static float median(List<Float> values) {
		List<Float> sorted = new ArrayList<>(values);
		sorted.sort(Float::compare);
		return sorted.get(sorted.size() / 2);
	}

}
