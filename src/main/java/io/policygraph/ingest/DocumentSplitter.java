package io.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.policygraph.ingest.layout.Headings;
import io.policygraph.ingest.layout.Layout;
import io.policygraph.ingest.text.Chars;
import io.policygraph.ingest.text.SourceText;

/**
 * Finds where documents begin and end in a file that may hold several: notice + plan pairs, documents
 * with no blank line between them, a gazette's table of contents that repeats the titles, and headers
 * printed twice.
 */
final class DocumentSplitter {

	/**
	 * Where a document lies in the file.
	 *
	 * @param start first physical line (the issuer or title)
	 * @param titleEnd last line of the title block
	 * @param end last physical line
	 * @param titleLines the title as written, lines joined
	 * @param notice whether it starts with a covering notice (关于印发…的通知)
	 * @param flags data-quality notes
	 */
	record Span(int start, int titleEnd, int end, String titleLines, boolean notice, List<String> flags) {
	}

	static final Pattern DOC_NO_IN_TITLE = Pattern.compile("[(（]([\\u4e00-\\u9fa5]{1,12}[〔\\[［(（]\\d{4}[〕\\]］)）]\\d{1,4}号)[)）]$");

	static final Pattern DOC_NO = Pattern.compile("[\\u4e00-\\u9fa5]{1,12}[〔\\[［(（]\\d{4}[〕\\]］)）]\\d{1,4}号");

	private static final Pattern DOC_NO_LINE = Pattern.compile("^[(（]?" + DOC_NO.pattern() + "[)）]?$");

	private static final Pattern NOTICE_TITLE = Pattern.compile(
			"^[^。，,；;：:《“]{0,40}(关于|印发).{2,}(的通知|的实施意见|的指导意见|的意见|的决定|的通报|的批复|的函)$");

	/** The kinds of document a bare title ends with. */
	private static final List<String> TITLE_KINDS = List.of("方案", "计划", "规划", "意见", "措施", "机制", "办法", "细则", "预案",
			"纲要", "政策", "清单", "行动");

	private static final Pattern BARE_TITLE = Pattern
		.compile("^[^。，,；;：:、]{4,80}(" + String.join("|", TITLE_KINDS) + ")([（(][^）)]{1,20}[）)])?$");

	/** The last characters of {@link #TITLE_KINDS}. */
	private static final String TITLE_KIND_ENDS = TITLE_KINDS.stream()
		.map(k -> k.substring(k.length() - 1))
		.distinct()
		.collect(Collectors.joining());

	private static final Pattern ISSUER_LINE = Pattern.compile("^[^。，,；;：:]{2,60}(人民政府|办公厅|办公室|局|委员会|厅|委|部门)$");

	private static final Pattern TOC_ENTRY = Pattern.compile(".*[(（]\\d{1,3}[)）]$");

	private static final Pattern DATE_LINE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");

	private DocumentSplitter() {
	}

	private static boolean endsLikeNoticeTitle(CharSequence s) {
		int n = s.length();
		if (n < 4) {
			return false;
		}
		char last = s.charAt(n - 1);
		return last == '知' || last == '见' || last == '定' || last == '报' || last == '复' || last == '函';
	}

	// The split tries these patterns on every line of a file, and a line of running text is long: each test first
	// looks at the one character every match ends with, so that running text is turned away before a pattern
	// backtracks over it.

	/** {@return whether a folded line is a 文号 on its own, {@code 济政字〔2022〕73号}} */
	static boolean isDocNoLine(String line) {
		if (line.isEmpty()) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		return (last == '号' || last == ')' || last == '）') && DOC_NO_LINE.matcher(line).matches();
	}

	private static boolean isBareTitle(String line) {
		if (line.isEmpty()) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		return (last == ')' || last == '）' || TITLE_KIND_ENDS.indexOf(last) >= 0) && BARE_TITLE.matcher(line).matches();
	}

	/** {@return whether a line is an entry of a table of contents, ending in its page: {@code 一、总体要求（3）}} */
	private static boolean isTocLine(String line) {
		if (line.isEmpty() || line.length() >= 60) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		return (last == ')' || last == '）') && TOC_ENTRY.matcher(line).matches();
	}

	static boolean isDateLine(String folded) {
		return Layout.isDateLine(folded);
	}

	static List<Span> split(SourceText source) {
		List<int[]> starts = new ArrayList<>();
		int n = source.lineCount();
		int lastStart = -1;
		int contentSinceStart = 0;
		boolean sinceDate = false;
		for (int i = 1; i <= n; i++) {
			String line = source.folded(i);
			if (line.isEmpty()) {
				continue;
			}
			int titleEnd = noticeTitleEnd(source, i);
			if (titleEnd > 0 && !isTocEntry(source, titleEnd)) {
				int start = withIssuerAbove(source, i);
				starts.add(new int[] { start, titleEnd, 1 });
				lastStart = start;
				contentSinceStart = 0;
				sinceDate = false;
				i = titleEnd;
				continue;
			}
			if (isDocNoLine(line) && !recentlyStarted(lastStart, i)) {
				int start = withIssuerAbove(source, i);
				if (start < i) {
					starts.add(new int[] { start, i - 1, 1 });
					lastStart = start;
					contentSinceStart = 0;
					sinceDate = false;
					continue;
				}
			}
			if (isBareTitle(line) && !Headings.startsWithMarker(line) && precededByBreak(source, i)
					&& (lastStart < 0 || contentSinceStart >= 3) && !sinceDate && !isTocEntry(source, i)) {
				starts.add(new int[] { i, i, 0 });
				lastStart = i;
				contentSinceStart = 0;
				continue;
			}
			if (DATE_LINE.matcher(line).matches()) {
				sinceDate = true;
				continue;
			}
			if (line.length() > 40 || Headings.startsWithMarker(line)) {
				contentSinceStart++;
				sinceDate = false;
			}
		}
		List<Span> spans = new ArrayList<>();
		if (starts.isEmpty()) {
			int first = firstNonBlank(source, 1, n);
			spans.add(new Span(first, first, lastNonBlank(source, 1, n), source.folded(first), false,
					new ArrayList<>(List.of("no-header"))));
			return spans;
		}
		for (int k = 0; k < starts.size(); k++) {
			int[] s = starts.get(k);
			int limit = k + 1 < starts.size() ? starts.get(k + 1)[0] - 1 : n;
			int end = endOf(source, s[1], limit);
			String title = joinLines(source, s[0], s[1]);
			Span span = new Span(s[0], s[1], end, title, s[2] == 1, new ArrayList<>());
			if (!spans.isEmpty() && isFrontMatter(source, spans.get(spans.size() - 1))) {
				spans.remove(spans.size() - 1);
			}
			if (!spans.isEmpty() && sameTitle(spans.get(spans.size() - 1), span)
					&& substantive(source, spans.get(spans.size() - 1)) < 25) {
				// the header was printed twice; the second copy carries the document
				spans.remove(spans.size() - 1);
				span.flags().add("duplicated-header");
			}
			spans.add(span);
		}
		if (spans.size() > 1 && isFrontMatter(source, spans.get(spans.size() - 1))) {
			spans.remove(spans.size() - 1);
		}
		return spans;
	}

	/** {@return the last line of a notice title starting at {@code i} (up to 3 lines), or 0} */
	private static int noticeTitleEnd(SourceText source, int i) {
		String first = source.folded(i);
		if (first.length() > 160 || isDateLine(first)) {
			return 0;
		}
		StringBuilder joined = new StringBuilder();
		int taken = 0;
		for (int k = i; k <= source.lineCount() && taken < 3; k++) {
			String line = source.folded(k);
			if (line.isEmpty()) {
				// blank-interleaved layouts wrap a title over "line, blank, line"
				if (k + 1 <= source.lineCount() && !source.folded(k + 1).isEmpty() && taken > 0) {
					continue;
				}
				break;
			}
			if (k > i && (Headings.startsWithMarker(line) || isDocNoLine(line) || isDateLine(line))) {
				break;
			}
			joined.append(line);
			taken++;
			if (joined.length() > 160) {
				break;
			}
			if (endsLikeNoticeTitle(joined) && NOTICE_TITLE.matcher(joined).matches()) {
				return k;
			}
			char last = line.charAt(line.length() - 1);
			if (Chars.isSentenceEnd(last) || last == '.' || line.endsWith("：") || line.endsWith(":")) {
				break;
			}
		}
		return 0;
	}

	private static boolean isTocEntry(SourceText source, int titleEnd) {
		for (int k = titleEnd; k <= Math.min(titleEnd + 3, source.lineCount()); k++) {
			String line = source.folded(k);
			if (isTocLine(line)) {
				return true;
			}
		}
		return false;
	}

	private static boolean recentlyStarted(int lastStart, int i) {
		return lastStart > 0 && i - lastStart <= 8;
	}

	private static int withIssuerAbove(SourceText source, int i) {
		int above = i - 1;
		while (above >= 1 && source.folded(above).isEmpty() && i - above <= 2) {
			above--;
		}
		if (above >= 1 && ISSUER_LINE.matcher(source.folded(above)).matches() && source.folded(above).length() <= 40
				&& !isDateLine(source.folded(above))) {
			return above;
		}
		return i;
	}

	private static boolean precededByBreak(SourceText source, int i) {
		int k = i - 1;
		while (k >= 1 && source.folded(k).isEmpty()) {
			k--;
		}
		if (k < 1) {
			return true;
		}
		String prev = source.folded(k);
		char last = prev.charAt(prev.length() - 1);
		return Chars.isSentenceEnd(last) || last == '.' || Chars.isCloseBracket(last) || last == '日';
	}

	/** A document ends at its 印发 stamp when it has one; what follows before the next is back matter. */
	private static int endOf(SourceText source, int from, int limit) {
		for (int k = from; k <= limit; k++) {
			if (Layout.END_STAMP.matcher(source.folded(k)).matches()) {
				return k;
			}
		}
		return lastNonBlank(source, from, limit);
	}

	/** A table of contents or a cover: no running text, or page references and no date. */
	private static boolean isFrontMatter(SourceText source, Span span) {
		int chars = 0;
		boolean tocEntry = false;
		boolean dated = false;
		boolean structured = false;
		for (int k = span.start(); k <= span.end(); k++) {
			String line = source.folded(k);
			tocEntry |= isTocLine(line);
			dated |= isDateLine(line);
			if (k > span.titleEnd()) {
				chars += line.length();
				structured |= Headings.startsWithMarker(line) && !tocEntry;
			}
		}
		return (chars < 80 && !structured) || (tocEntry && !dated && substantive(source, span) < 3);
	}

	/** Lines that read as running text (long, or ending a sentence): a table of contents has none. */
	private static int substantive(SourceText source, Span span) {
		int count = 0;
		for (int k = span.titleEnd() + 1; k <= span.end(); k++) {
			String line = source.folded(k);
			if (line.length() > 40 || (!line.isEmpty() && (Chars.isSentenceEnd(line.charAt(line.length() - 1))
					|| line.endsWith(".")))) {
				count++;
			}
		}
		return count;
	}

	private static boolean sameTitle(Span a, Span b) {
		return Titles.normalise(a.titleLines()).equals(Titles.normalise(b.titleLines()));
	}

	static String joinLines(SourceText source, int from, int to) {
		StringBuilder sb = new StringBuilder();
		for (int k = from; k <= to; k++) {
			sb.append(source.folded(k));
		}
		return sb.toString();
	}

	static int firstNonBlank(SourceText source, int from, int to) {
		for (int k = from; k <= to; k++) {
			if (!source.folded(k).isEmpty()) {
				return k;
			}
		}
		return from;
	}

	static int lastNonBlank(SourceText source, int from, int to) {
		for (int k = to; k >= from; k--) {
			if (!source.folded(k).isEmpty()) {
				return k;
			}
		}
		return from;
	}

}
