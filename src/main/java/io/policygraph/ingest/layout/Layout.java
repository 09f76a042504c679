package io.policygraph.ingest.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.lexicon.RoleWords;
import io.policygraph.ingest.text.Brackets;
import io.policygraph.ingest.text.Chars;
import io.policygraph.ingest.text.SourceText;

/**
 * Layout repair: from a document's physical lines to its blocks (the document model of {@link Block}).
 *
 * <p>A line is continued by the next non-blank line unless it ends a sentence or the next line starts a
 * numbered heading; continuation is joined with no separator, because page breaks fall in the middle of
 * words, agency names and even the keyword 责任单位. Stray page numbers and running headers are dropped.
 * Task tables are cut from the physical lines first ({@link Tables}); the paragraphs around them are then
 * typed as headings, labelled fields, signatures or running text. Layout knows the vocabulary (what a role
 * label or a body's name looks like) but not the grammar that reads responsibility from the blocks.
 */
public final class Layout {

	/** Page numbers as PDF extraction leaves them: {@code 7}, {@code —4—}, {@code - 12 -}. */
	private static final Pattern PAGE_NUMBER = Pattern.compile("^[—\\-－–~]*\\s*\\d{1,3}\\s*[—\\-－–~]*$");

	/** Running headers of gazettes: {@code …济南市人民政府公报 (2022年第12/13期)}. */
	private static final Pattern RUNNING_HEADER = Pattern.compile(".*公报.{0,4}[（(]?\\d{4}年第[\\d/]+期[）)]?$");

	private static final Pattern ADDRESSEE = Pattern.compile(".*(各|政府|部门|单位|有关|委员会|办公室|局)[^。]*[:：]$");

	private static final Pattern DATE_LINE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");

	/** The stamp that closes a gazette document: {@code （2022年9月30日印发）}. */
	public static final Pattern END_STAMP = Pattern.compile("^[(（]\\d{4}年\\d{1,2}月\\d{1,2}日印发[)）]$");

	/** A paragraph's first-line indent: two ideographic or four plain spaces, or a tab. */
	private static final Pattern INDENT = Pattern.compile("\\u3000{1,}|\\s{2,}|\\t");

	/** How many characters longer than a bare heading the next line must be to show the heading did not wrap. */
	private static final int WRAP_SLACK = 4;

	/** A labelled field that names no body, on a line of its own: {@code 牵头领导：省政府分管领导同志}. */
	private static final Pattern OTHER_FIELD = Pattern.compile("^" + RoleWords.LABEL_OPEN + "(" + Lexicon.anyOf("field-labels.tsv") + ")" + RoleWords.LABEL_CLOSE);

	/** Words of a bracket written as prose or with a duty phrase: the bracket closes a measure. */
	private static final Pattern ANNOTATION_VERB = Pattern.compile(
			Lexicon.anyOf("prose-verbs.tsv") + "|" + Lexicon.anyOf(Lexicon.entries("duty-phrases.tsv", "uses", "clause")));

	private Layout() {
	}

	/** {@return whether a folded line is page furniture: a page number or a gazette's running header} */
	public static boolean isNoise(String folded) {
		return (folded.length() <= 12 && PAGE_NUMBER.matcher(folded).matches())
				|| (folded.contains("公报") && RUNNING_HEADER.matcher(folded).matches());
	}

	/** {@return whether a folded line is a date line of a signature, or a gazette's end stamp} */
	public static boolean isDateLine(String folded) {
		if (folded.length() > 20 || folded.length() < 8 || folded.indexOf('年') < 0) {
			return false;
		}
		return DATE_LINE.matcher(folded).matches() || END_STAMP.matcher(folded).matches();
	}

	/**
	 * {@return the line of the addressee ({@code 各区人民政府，市政府各部门：}) among the first lines after a
	 * title, or -1}
	 */
	public static int addressee(SourceText source, int afterTitle, int end) {
		int seen = 0;
		for (int k = afterTitle; k <= end && seen < 8; k++) {
			String line = source.folded(k);
			if (line.isEmpty()) {
				continue;
			}
			seen++;
			if (isAddressee(line)) {
				return k;
			}
		}
		return -1;
	}

	/**
	 * {@return whether a folded line is an addressee line ({@code 各市（州）人民政府、省级有关部门（单位）：})} A numbered
	 * item, a sentence, a bracket left open at the line's end ({@code 2.…(牵头单位:X;数据提供单位:} wrapped by the page)
	 * or a role label ({@code 牵头单位：} over its bodies) is none, though it too ends in a colon.
	 */
	public static boolean isAddressee(String folded) {
		return folded.length() < 80 && ADDRESSEE.matcher(folded).matches() && folded.indexOf('。') < 0
				&& !Headings.startsWithMarker(folded) && Brackets.balanced(folded) && RoleWords.label(folded) == null;
	}

	/** {@return the addressee line as a block} */
	public static Block addresseeBlock(SourceText source, int line) {
		String text = source.folded(line);
		int[] lines = new int[text.length()];
		java.util.Arrays.fill(lines, line);
		return new Block.Addressee(new Text(text, lines));
	}

	/** {@return the blocks of physical lines {@code from..to} (1-based, inclusive), in document order} */
	public static List<Block> blocks(SourceText source, int from, int to) {
		List<Block> out = new ArrayList<>();
		int cursor = from;
		for (Tables.Table t : tables(source, from, to)) {
			typed(paragraphs(source, cursor, t.headerLine() - 1), out);
			out.addAll(t.rows());
			cursor = t.lastLine() + 1;
		}
		typed(paragraphs(source, cursor, to), out);
		return out;
	}

	/** The task tables of both shapes (a row a line, a cell a line), in order and never overlapping. */
	private static List<Tables.Table> tables(SourceText source, int from, int to) {
		List<Tables.Table> all = new ArrayList<>(Tables.find(source, from, to));
		all.addAll(CellPerLineTables.find(source, from, to));
		all.sort((a, b) -> Integer.compare(a.headerLine(), b.headerLine()));
		List<Tables.Table> out = new ArrayList<>();
		for (Tables.Table t : all) {
			if (out.isEmpty() || t.headerLine() > out.get(out.size() - 1).lastLine()) {
				out.add(t);
			}
		}
		return out;
	}

	private static void typed(List<Text> paragraphs, List<Block> out) {
		for (Text p : paragraphs) {
			String text = p.text();
			Headings.Marker marker = Headings.marker(text);
			String label;
			if (marker != null) {
				out.add(new Block.Heading(marker, p));
			}
			else if (isDateLine(text)) {
				out.add(new Block.Signature(p));
			}
			else if ((label = RoleWords.label(text)) != null) {
				out.add(new Block.FieldLine(label, p));
			}
			else if ((label = otherField(text)) != null) {
				out.add(new Block.FieldLine(label, p));
			}
			else {
				out.add(new Block.Paragraph(p));
			}
		}
	}

	private static String otherField(String text) {
		// a described field (工作成果：…) may run to a paragraph; a whole page is no field
		if (text.length() > 400) {
			return null;
		}
		Matcher m = OTHER_FIELD.matcher(text);
		return m.lookingAt() ? m.group(1) : null;
	}

	/** {@return the paragraphs of physical lines {@code from..to} (1-based, inclusive)} */
	static List<Text> paragraphs(SourceText source, int from, int to) {
		List<Text> out = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		// the physical line of each character of text, in an array reused from paragraph to paragraph
		int[] lineOf = new int[256];
		Map<String, Integer> repeats = repeatedShortLines(source, from, to);
		boolean tabbed = false;
		boolean gap = false;
		for (int n = from; n <= to; n++) {
			String line = source.folded(n);
			if (line.isEmpty() || isNoise(line) || repeats.getOrDefault(line, 0) >= 3) {
				gap |= line.isEmpty();
				continue;
			}
			boolean standalone = isDateLine(line);
			if (text.length() > 0 && (standalone || endsStandalone(text) || labelAfterField(text, gap, line)
					|| !continues(text, tabbed, line, source.raw(n)))) {
				out.add(new Text(text.toString(), Arrays.copyOf(lineOf, text.length())));
				text.setLength(0);
				tabbed = false;
			}
			gap = false;
			tabbed |= line.indexOf('\t') >= 0;
			int at = text.length();
			text.append(line);
			if (text.length() > lineOf.length) {
				lineOf = Arrays.copyOf(lineOf, Math.max(2 * lineOf.length, text.length()));
			}
			Arrays.fill(lineOf, at, text.length(), n);
		}
		if (text.length() > 0) {
			out.add(new Text(text.toString(), Arrays.copyOf(lineOf, text.length())));
		}
		return out;
	}

	/**
	 * Running headers and footers (publication names, "市政府办公厅文件"): short lines that recur at least three
	 * times, each time at a page break, that is within a few lines of a page number or a form feed. Position,
	 * not repetition alone, decides: a task-division plan repeats {@code 牵头单位：县发展改革局} or a task's title
	 * many times, in the body of its pages, and those lines carry content.
	 */
	private static Map<String, Integer> repeatedShortLines(SourceText source, int from, int to) {
		Map<String, Integer> counts = new HashMap<>();
		int lastBreak = Integer.MIN_VALUE / 2;
		List<Integer> pending = new ArrayList<>();
		for (int n = from; n <= to; n++) {
			String line = source.folded(n);
			if (isPageBreak(source, n)) {
				lastBreak = n;
				// the lines just before a page number are the page's footer
				for (int k : pending) {
					if (n - k <= PAGE_EDGE) {
						counts.merge(source.folded(k), 1, Integer::sum);
					}
				}
				pending.clear();
				continue;
			}
			if (line.length() >= 8 && line.length() <= 40 && !Headings.startsWithMarker(line)
					&& !Chars.isSentenceEnd(line.charAt(line.length() - 1)) && RoleWords.label(line) == null) {
				if (n - lastBreak <= PAGE_EDGE) {
					counts.merge(line, 1, Integer::sum);
				}
				else {
					pending.add(n);
				}
			}
			if (pending.size() > PAGE_EDGE) {
				pending.remove(0);
			}
		}
		return counts;
	}

	/** How many physical lines from a page break a running header or footer may stand. */
	private static final int PAGE_EDGE = 3;

	private static boolean isPageBreak(SourceText source, int n) {
		String raw = source.raw(n);
		String folded = source.folded(n);
		return raw.indexOf('\f') >= 0 || (!folded.isEmpty() && folded.length() <= 12 && PAGE_NUMBER.matcher(folded).matches());
	}

	/** The longest line that {@link #isShortTitle} asks about: a marker and a title of a few words. */
	private static final int SHORT_TITLE_LINE = 14;

	/** A title of two to eight characters, without punctuation: 职责分工, 组织领导. */
	private static final Pattern SHORT_TITLE = Pattern.compile("[\\u4e00-\\u9fa5]{2,8}");

	/**
	 * {@return whether the text is a numbered title of a few words ({@code （一）职责分工})} A line this short is no
	 * line of a paragraph wrapped at the page's width, so the paragraph below it starts on the next line.
	 */
	private static boolean isShortTitle(String text) {
		Headings.Marker marker = Headings.marker(text);
		return marker != null && SHORT_TITLE.matcher(text.substring(marker.end()).strip()).matches();
	}

	/** No role label alone on its line is longer: 【牵头责任单位】： */
	private static final int BARE_LABEL = 16;

	/** A short label and its colon opening a line: {@code 人：}, {@code 联系电话：}. */
	private static final Pattern SHORT_LABEL = Pattern.compile("^[\\u4e00-\\u9fa5]{1,6}[:：]");

	/**
	 * {@return whether a labelled field ends at a blank line because another label opens the next line}
	 * ({@code 责任单位：A、B} / blank / {@code 人：…主要负责同志}): a field's list does not run on into the next field
	 */
	private static boolean labelAfterField(CharSequence paragraph, boolean gap, String next) {
		return gap && SHORT_LABEL.matcher(next).lookingAt() && RoleWords.label(paragraph.toString()) != null;
	}

	/**
	 * {@return whether the paragraph ends inside a run of role fields written in its last sentence}
	 * ({@code …机制。牵头单位：省数据局；}): its last character separates fields, and a role keyword stands after its
	 * last full stop
	 */
	private static final int FIELD_RUN_TAIL = 200;

	private static boolean fieldRunGoesOn(CharSequence paragraph) {
		char last = paragraph.charAt(paragraph.length() - 1);
		if (last != '；' && last != ';') {
			return false;
		}
		// only the paragraph's end is looked at, so that layout stays linear on a long run of fields
		String s = paragraph.subSequence(Math.max(0, paragraph.length() - FIELD_RUN_TAIL), paragraph.length()).toString();
		int stop = Math.max(s.lastIndexOf('。'), s.lastIndexOf('.'));
		String tail = s.substring(stop + 1);
		return RoleWords.nextKeyword(tail, 0) != null && Brackets.openAtEnd(tail, 0) <= 0;
	}

	/** {@return whether the paragraph ends with a role keyword and its colon ({@code …;责任单位:})} */
	private static boolean endsWithRoleLabel(CharSequence paragraph) {
		int from = Math.max(0, paragraph.length() - 24);
		for (RoleWords.Keyword k = RoleWords.nextKeyword(paragraph, from); k != null;
				k = RoleWords.nextKeyword(paragraph, k.end())) {
			// after a full stop or a field's separator: 提出如下任务分工: introduces what follows, it labels nothing
			if (k.end() >= paragraph.length() && (k.start() == 0 || "。；;，,.".indexOf(paragraph.charAt(k.start() - 1)) >= 0)) {
				return true;
			}
		}
		return false;
	}

	private static boolean endsStandalone(CharSequence paragraph) {
		return paragraph.length() <= 20 && isDateLine(paragraph.toString());
	}

	/**
	 * A page note in brackets at the end of a line ({@code page-notes.txt}): 汇编-15篇(第11/20页), the title of a page
	 * cut from a long document, which the next line does not continue.
	 */
	private static final Pattern PAGE_NOTE = Pattern.compile("[(（](?:" + String.join("|", Lexicon.words("page-notes.txt")
		.stream()
		.map(w -> Pattern.quote(w).replace("N", "\\E\\d{1,4}\\Q").replace("M", "\\E\\d{1,4}\\Q"))
		.toList()) + ")[)）]$");

	private static boolean continues(CharSequence paragraph, boolean tabbed, String next, String nextRaw) {
		// only the line's end is looked at, so that layout stays linear on a long paragraph
		if (paragraph.length() > 0 && Chars.isCloseBracket(paragraph.charAt(paragraph.length() - 1))
				&& PAGE_NOTE.matcher(paragraph.subSequence(Math.max(0, paragraph.length() - 24), paragraph.length()))
					.find()) {
			return false;
		}
		int open = Brackets.openAtEnd(paragraph, paragraph.length() - 400);
		if (open > 0 && open <= 2 && !Headings.startsWithMarker(next)) {
			// an annotation broken by a page break: 牵头单位： / 市生态环境局；…）. A heading on the next line
			// means the bracket was never closed, and must not swallow the measures after it.
			return true;
		}
		if (Headings.startsWithMarker(next) || next.indexOf('\t') >= 0 || tabbed) {
			return false;
		}
		if (RoleWords.label(next) != null) {
			// 牵头领导：王健 / 牵头单位：省发展改革委: a labelled field starts a line of its own, unless the line before
			// stopped inside a run of fields: …机制。牵头单位：省数据局； / 配合单位：省财政厅 (a page's width broke it)
			return fieldRunGoesOn(paragraph);
		}
		if (otherField(next) != null) {
			return false;
		}
		if (isShortHeading(paragraph) && INDENT.matcher(nextRaw).lookingAt()) {
			// 三、成员单位职责 / 　　市委宣传部：负责…: an indented line after a bare heading starts a paragraph
			return false;
		}
		if ((isShortHeading(paragraph) || isShortTopicsHeading(paragraph))
				&& next.length() >= paragraph.length() + WRAP_SLACK && isSectionHeading(paragraph)) {
			// 四、生活物品保障 / 功能区域管委会负责…: a heading wrapped by the page fills its line, so a section or
			// item heading (四、, （二）, 6.2.7) that stops well short of the next line ended there, indented or not
			// (a numbered item, 1、…项目 / 由X牵头…, is one measure with the lines under it)
			return false;
		}
		char last = paragraph.charAt(paragraph.length() - 1);
		if (paragraph.length() <= SHORT_TITLE_LINE && isShortTitle(paragraph.toString())) {
			// （一）职责分工 / 县卫生健康局负责…: a numbered title of a few words, with no stop, is a line of its own
			return false;
		}
		if (paragraph.length() <= BARE_LABEL && RoleWords.isBareLabel(paragraph.toString())) {
			// 牵头单位： / 县住建局: a label alone on its line names the bodies of the next
			return true;
		}
		if ((last == '：' || last == ':') && endsWithRoleLabel(paragraph)) {
			// …隐性债务。牵头单位:省财政厅;责任单位: / 省发改委、…: the label names the bodies the page put below it
			return true;
		}
		if (Chars.isSentenceEnd(last) || last == '：' || last == ':' || Headings.isStandaloneTitle(paragraph)) {
			return false;
		}
		// ASCII '.' is the full stop in some gazettes; a number like "2.5" continues.
		if (last == '.' && paragraph.length() > 1 && !Character.isDigit(paragraph.charAt(paragraph.length() - 2))) {
			return false;
		}
		return !(Chars.isCloseBracket(last) && endsWithAnnotation(paragraph));
	}

	/**
	 * Whether the paragraph ends with a bracket that closes a measure: one holding a role label, a verb
	 * of responsibility, or a list of bodies' names ({@code （市科委、中关村管委会）}).
	 */
	private static boolean endsWithAnnotation(CharSequence paragraph) {
		int open = Brackets.lastGroupStart(paragraph, 600);
		if (open < 0) {
			return false;
		}
		String content = paragraph.subSequence(open + 1, paragraph.length() - 1).toString().strip();
		if (content.isEmpty() || content.indexOf('。') >= 0) {
			return false;
		}
		if (open > 0 && Chars.isCloseQuote(paragraph.charAt(open - 1)) && RoleWords.nextKeyword(content, 0) == null) {
			// “三馆”(图书馆、文化馆、博物馆): a quoted term explained, ending a line the page broke
			return false;
		}
		if (RoleWords.nextKeyword(content, 0) != null) {
			return true;
		}
		if (ANNOTATION_VERB.matcher(content).find()) {
			return true;
		}
		List<String> items = Brackets.splitTopLevel(content, '、', '，', ',');
		return items.size() >= 2 && items.stream().allMatch(BodyNames::isBodyName);
	}

	/** {@return whether the paragraph opens with a section's or an item's marker: 第二章, 四、, （二）, 6.2.7 (not 1、 or （1）)} */
	private static boolean isSectionHeading(CharSequence paragraph) {
		Headings.Marker marker = Headings.marker(paragraph.toString());
		return marker != null && (marker.kind().rank <= Headings.Kind.ITEM.rank || marker.label().indexOf('.') > 0);
	}

	/** A heading on a line of its own, short and without punctuation: {@code 2.2 成员单位职责}. */
	/**
	 * {@return whether the paragraph is a short heading whose title names several topics parted by 、 and holds no
	 * other mark} ({@code 6.2 应急调查、监测和治理}): a title, not a sentence the page broke.
	 */
	private static boolean isShortTopicsHeading(CharSequence paragraph) {
		Headings.Marker marker = paragraph.length() > 24 ? null : Headings.marker(paragraph.toString());
		if (marker == null) {
			return false;
		}
		boolean topics = false;
		for (int i = marker.end(); i < paragraph.length(); i++) {
			char c = paragraph.charAt(i);
			if ("，。；：,;:".indexOf(c) >= 0) {
				return false;
			}
			topics |= c == '、';
		}
		return topics;
	}

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

}
