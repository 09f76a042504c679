package io.policygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rebuilds logical paragraphs from physical lines damaged by PDF extraction and page breaks.
 *
 * <p>A line is continued by the next non-blank line unless it ends a sentence or the next line starts a
 * numbered heading; continuation is joined with no separator, because page breaks fall in the middle
 * of words, agency names and even the keyword 责任单位. Stray page numbers and running headers are
 * dropped.
 */
final class Layout {

	/** Page numbers as PDF extraction leaves them: {@code 7}, {@code —4—}, {@code - 12 -}. */
	private static final Pattern PAGE_NUMBER = Pattern.compile("^[—\\-－–~]*\\s*\\d{1,3}\\s*[—\\-－–~]*$");

	/** Running headers of gazettes: {@code …济南市人民政府公报 (2022年第12/13期)}. */
	private static final Pattern RUNNING_HEADER = Pattern.compile(".*公报.{0,4}[（(]?\\d{4}年第[\\d/]+期[）)]?$");

	private Layout() {
	}

	static boolean isNoise(String folded) {
		return (folded.length() <= 12 && PAGE_NUMBER.matcher(folded).matches())
				|| (folded.contains("公报") && RUNNING_HEADER.matcher(folded).matches());
	}

	/**
	 * {@return the paragraphs of physical lines {@code from..to} (1-based, inclusive)}
	 */
	static List<Paragraph> paragraphs(SourceText source, int from, int to) {
		List<Paragraph> out = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		List<Integer> lines = new ArrayList<>();
		Map<String, Integer> repeats = repeatedShortLines(source, from, to);
		for (int n = from; n <= to; n++) {
			String line = source.folded(n);
			if (line.isEmpty() || isNoise(line) || repeats.getOrDefault(line, 0) >= 3) {
				continue;
			}
			boolean standalone = DocumentSplitter.isDateLine(line);
			if (text.length() > 0 && (standalone || endsStandalone(text) || !continues(text, line, source.raw(n)))) {
				out.add(build(text, lines));
				text.setLength(0);
				lines.clear();
			}
			for (int i = 0; i < line.length(); i++) {
				text.append(line.charAt(i));
				lines.add(n);
			}
		}
		if (text.length() > 0) {
			out.add(build(text, lines));
		}
		return out;
	}

	/**
	 * Short lines that recur many times in a range without ending a sentence are running headers or
	 * footers (publication names, "市政府办公厅文件"); headings do not repeat like that.
	 */
	private static Map<String, Integer> repeatedShortLines(SourceText source, int from, int to) {
		Map<String, Integer> counts = new HashMap<>();
		for (int n = from; n <= to; n++) {
			String line = source.folded(n);
			if (line.length() >= 8 && line.length() <= 40 && !Headings.startsWithMarker(line)
					&& !Chars.isSentenceEnd(line.charAt(line.length() - 1))) {
				counts.merge(line, 1, Integer::sum);
			}
		}
		return counts;
	}

	private static boolean endsStandalone(CharSequence paragraph) {
		return DocumentSplitter.isDateLine(paragraph.toString());
	}

	private static boolean continues(CharSequence paragraph, String next, String nextRaw) {
		if (openBrackets(paragraph) > 0 && openBrackets(paragraph) <= 2 && !Headings.startsWithMarker(next)) {
			// an annotation broken by a page break: 牵头单位： / 市生态环境局；…）. A heading on the next line
			// means the bracket was never closed, and must not swallow the measures after it.
			return true;
		}
		if (Headings.startsWithMarker(next) || next.indexOf('\t') >= 0 || isTableLike(paragraph)) {
			return false;
		}
		if (isShortHeading(paragraph) && INDENT.matcher(nextRaw).lookingAt()) {
			// 三、成员单位职责 / 　　市委宣传部：负责…: an indented line after a bare heading starts a paragraph
			return false;
		}
		char last = paragraph.charAt(paragraph.length() - 1);
		if (Chars.isSentenceEnd(last) || last == '：' || last == ':' || Headings.isStandaloneTitle(paragraph)) {
			return false;
		}
		// ASCII '.' is the full stop in some gazettes; a number like "2.5" continues.
		if (last == '.' && paragraph.length() > 1 && !Character.isDigit(paragraph.charAt(paragraph.length() - 2))) {
			return false;
		}
		if (Chars.isCloseBracket(last) && Annotations.endsWithAnnotation(paragraph)) {
			return false;
		}
		return true;
	}

	/** A paragraph's first-line indent: two ideographic or four plain spaces, or a tab. */
	private static final Pattern INDENT = Pattern.compile("\\u3000{1,}|\\s{2,}|\\t");

	/** A heading on a line of its own, short and without punctuation: {@code 2.2 成员单位职责}. */
	private static boolean isShortHeading(CharSequence paragraph) {
		Headings.Marker marker = paragraph.length() > 24 ? null : Headings.marker(paragraph.toString());
		if (marker == null) {
			return false;
		}
		for (int i = marker.end(); i < paragraph.length(); i++) {
			if ("，。；：、,;:".indexOf(paragraph.charAt(i)) >= 0) {
				return false;
			}
		}
		return true;
	}

	private static int openBrackets(CharSequence paragraph) {
		int depth = 0;
		int from = Math.max(0, paragraph.length() - 400);
		for (int i = from; i < paragraph.length(); i++) {
			char c = paragraph.charAt(i);
			if (Chars.isOpenBracket(c)) {
				depth++;
			}
			else if (Chars.isCloseBracket(c)) {
				depth = Math.max(0, depth - 1);
			}
		}
		return depth;
	}

	private static boolean isTableLike(CharSequence paragraph) {
		for (int i = 0; i < paragraph.length(); i++) {
			if (paragraph.charAt(i) == '\t') {
				return true;
			}
		}
		return false;
	}

	private static Paragraph build(StringBuilder text, List<Integer> lines) {
		int[] map = new int[lines.size()];
		for (int i = 0; i < map.length; i++) {
			map[i] = lines.get(i);
		}
		return new Paragraph(text.toString(), map);
	}

}
