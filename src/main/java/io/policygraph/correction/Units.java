package io.policygraph.correction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Units of one document found again by their anchors, and one unit cut into parts: the matching and the
 * arithmetic of {@code measure.split} and {@code measure.join}, kept free of the graph so that a table of cases
 * tests them ({@code UnitsTests}).
 */
final class Units {

	private Units() {
	}

	/**
	 * A unit as extraction wrote it.
	 *
	 * @param id its id
	 * @param ordinal its place in the document (1-based, extraction's order)
	 * @param path its section path
	 * @param text its text
	 * @param lineStart first line
	 * @param lineEnd last line
	 */
	record Unit(String id, int ordinal, String path, String text, int lineStart, int lineEnd) {
	}

	/**
	 * {@return the run of consecutive units of one section whose texts are the anchors' texts, in order; among
	 * several such runs the one whose first unit's lines are nearest to the first anchor's (the earlier on a tie);
	 * {@code null} when no run matches}
	 *
	 * @param units the document's units, in any order
	 * @param anchors one anchor per unit of the run, in document order
	 */
	static List<Unit> locateRun(List<Unit> units, List<Correction.Anchor> anchors) {
		List<Unit> ordered = units.stream().sorted(Comparator.comparingInt(Unit::ordinal)).toList();
		List<Unit> best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (int i = 0; i + anchors.size() <= ordered.size(); i++) {
			List<Unit> run = ordered.subList(i, i + anchors.size());
			if (!matches(run, anchors)) {
				continue;
			}
			Correction.Anchor a = anchors.get(0);
			int distance = Math.abs(run.get(0).lineStart() - a.lineStart()) + Math.abs(run.get(0).lineEnd() - a.lineEnd());
			if (distance < bestDistance) {
				best = List.copyOf(run);
				bestDistance = distance;
			}
		}
		return best;
	}

	private static boolean matches(List<Unit> run, List<Correction.Anchor> anchors) {
		Unit first = run.get(0);
		for (int k = 0; k < run.size(); k++) {
			Unit u = run.get(k);
			if (!u.text().equals(anchors.get(k).text()) || u.ordinal() != first.ordinal() + k || !u.path().equals(first.path())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * {@return the offsets at which each substring first occurs in the text, each searched after the one before}
	 *
	 * @throws CorrectionRejectedException (400, {@code splitBefore}) when one does not occur there
	 */
	static List<Integer> offsetsOf(String text, List<String> before) {
		List<Integer> offsets = new ArrayList<>();
		int from = 1;
		for (String s : before) {
			int at = s == null || s.isEmpty() ? -1 : text.indexOf(s, from);
			if (at < 0) {
				throw new CorrectionRejectedException(400, "splitBefore", "'" + s + "' does not occur in the unit's text after offset "
						+ (from - 1) + ": " + text);
			}
			offsets.add(at);
			from = at + 1;
		}
		return offsets;
	}

	/**
	 * A part of a split unit.
	 *
	 * @param index 1-based
	 * @param from first character in the unit's text
	 * @param to after its last character
	 * @param text the part's text, as written
	 * @param lineStart its first line
	 * @param lineEnd its last line
	 * @param lineOffsets where each of its physical lines starts in its text, or {@code null} when it stands on one
	 * @param lineNumbers the line starting at each of those offsets
	 */
	record Part(int index, int from, int to, String text, int lineStart, int lineEnd, List<Integer> lineOffsets,
			List<Integer> lineNumbers) {
	}

	/**
	 * Cuts a unit's text before each offset. A part's lines are narrowed to the lines its characters stand on
	 * where the unit knows them (a unit over several lines keeps where each starts); the first part keeps the
	 * unit's first line, the last its last (which may be the annotation's line, after the text).
	 *
	 * @param offsets where each part after the first starts: strictly ascending, inside the text
	 * @param lineOffsets offsets of the text at which a new physical line starts, or {@code null} for one line
	 * @param lineNumbers the line starting at each of those offsets
	 * @throws CorrectionRejectedException (400, {@code splitAt}) for offsets outside the text, not ascending, or
	 * leaving a part with nothing but blanks
	 */
	static List<Part> split(String text, List<Integer> offsets, int lineStart, int lineEnd, List<Integer> lineOffsets,
			List<Integer> lineNumbers) {
		if (offsets == null || offsets.isEmpty()) {
			throw new CorrectionRejectedException(400, "splitAt", "a split needs at least one offset (splitAt) or substring (splitBefore)");
		}
		List<Integer> cuts = new ArrayList<>();
		cuts.add(0);
		for (Integer o : offsets) {
			if (o == null || o <= cuts.get(cuts.size() - 1) || o >= text.length()) {
				throw new CorrectionRejectedException(400, "splitAt", "offsets must ascend strictly inside the unit's text (1.."
						+ (text.length() - 1) + "): " + offsets);
			}
			cuts.add(o);
		}
		cuts.add(text.length());
		List<Part> parts = new ArrayList<>();
		for (int i = 0; i + 1 < cuts.size(); i++) {
			int from = cuts.get(i);
			int to = cuts.get(i + 1);
			String part = text.substring(from, to);
			if (part.isBlank()) {
				throw new CorrectionRejectedException(400, "splitAt", "part " + (i + 1) + " would hold only blanks: " + offsets);
			}
			int first = i == 0 ? lineStart : lineAt(from, lineStart, lineOffsets, lineNumbers);
			int last = i + 2 == cuts.size() ? lineEnd : lineAt(to - 1, lineStart, lineOffsets, lineNumbers);
			List<Integer> offsetsIn = new ArrayList<>();
			List<Integer> numbersIn = new ArrayList<>();
			offsetsIn.add(0);
			numbersIn.add(lineAt(from, lineStart, lineOffsets, lineNumbers));
			for (int k = 0; lineOffsets != null && k < lineOffsets.size(); k++) {
				if (lineOffsets.get(k) > from && lineOffsets.get(k) < to) {
					offsetsIn.add(lineOffsets.get(k) - from);
					numbersIn.add(lineNumbers.get(k));
				}
			}
			boolean oneLine = offsetsIn.size() == 1;
			parts.add(new Part(i + 1, from, to, part, first, Math.max(first, last), oneLine ? null : offsetsIn,
					oneLine ? null : numbersIn));
		}
		return parts;
	}

	private static int lineAt(int offset, int lineStart, List<Integer> lineOffsets, List<Integer> lineNumbers) {
		if (lineOffsets == null || lineNumbers == null || lineOffsets.isEmpty()) {
			return lineStart;
		}
		int line = lineNumbers.get(0);
		for (int k = 0; k < lineOffsets.size() && lineOffsets.get(k) <= offset; k++) {
			line = lineNumbers.get(k);
		}
		return line;
	}

	/**
	 * A unit's text and where its lines start.
	 *
	 * @param text the text
	 * @param lineStart its first line
	 * @param lineOffsets offsets at which a new physical line starts, or {@code null} for one line
	 * @param lineNumbers the line starting at each offset
	 */
	record Lines(String text, int lineStart, List<Integer> lineOffsets, List<Integer> lineNumbers) {
	}

	/**
	 * Units joined: their texts one after the other, and where each physical line starts in the whole.
	 *
	 * @param text the joined text
	 * @param lineOffsets offsets at which a new physical line starts, or {@code null} when all stand on one line
	 * @param lineNumbers the line starting at each offset
	 */
	record Joined(String text, List<Integer> lineOffsets, List<Integer> lineNumbers) {
	}

	/** {@return the units' texts joined, with their line maps joined (a line that goes on in the next unit counted once)} */
	static Joined join(List<Lines> units) {
		StringBuilder text = new StringBuilder();
		List<Integer> offsets = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		for (Lines u : units) {
			List<Integer> o = u.lineOffsets() == null ? List.of(0) : u.lineOffsets();
			List<Integer> n = u.lineNumbers() == null ? List.of(u.lineStart()) : u.lineNumbers();
			for (int k = 0; k < o.size(); k++) {
				if (numbers.isEmpty() || !numbers.get(numbers.size() - 1).equals(n.get(k))) {
					offsets.add(text.length() + o.get(k));
					numbers.add(n.get(k));
				}
			}
			text.append(u.text());
		}
		boolean oneLine = offsets.size() == 1;
		return new Joined(text.toString(), oneLine ? null : offsets, oneLine ? null : numbers);
	}

}
