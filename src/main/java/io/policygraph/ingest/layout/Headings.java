package io.policygraph.ingest.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The numbering grammar of Chinese policy documents, from the outermost level in: 第X章, 一、, （一）,
 * 1. / 1、, （1）; plus 专栏 boxes and 附件 annexes.
 */
public final class Headings {

	/** Kinds of heading, in nesting order (a lower rank encloses a higher one). */
	public enum Kind {

		ANNEX(0), CHAPTER(1), SECTION(2), ITEM(3), SUBITEM(4), POINT(5), BOX(6);

		/** Nesting order: a lower rank encloses a higher one. */
		public final int rank;

		Kind(int rank) {
			this.rank = rank;
		}

	}

	/**
	 * A heading marker at the start of a paragraph.
	 *
	 * @param kind its level
	 * @param label the label as it should appear in a section path ({@code 二}, {@code （三）}, {@code 4})
	 * @param end index just after the marker in the paragraph text
	 */
	public record Marker(Kind kind, String label, int end) {
	}

	private static final String CN_NUM = "[一二三四五六七八九十百零〇]+";

	private static final Pattern CHAPTER = Pattern.compile("^第(" + CN_NUM + ")[章部分篇]+\\s*");

	private static final Pattern SECTION = Pattern.compile("^(" + CN_NUM + ")[、，,]\\s*");

	/** Articles of 若干措施 and regulations: {@code 第一条　降低经营主体准入门槛。} */
	private static final Pattern ARTICLE = Pattern.compile("^第(" + CN_NUM + ")条\\s*");

	private static final Pattern ITEM = Pattern.compile("^[（(](" + CN_NUM + ")[）)]\\s*");

	private static final Pattern SUBITEM = Pattern.compile("^(\\d{1,3})(?:[.、，,](?!\\d)|\\s+(?=\\D))\\s*");

	private static final Pattern POINT = Pattern.compile("^[（(](\\d{1,3})[）)]\\s*");

	/** Emergency-plan numbering: {@code 2.3.1 响应措施}, and a lone {@code 1 总则} heading line. */
	private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?)\\.?(?=[\\u4e00-\\u9fa5])");

	private static final Pattern NUMBERED_TITLE = Pattern.compile("^(\\d{1,2})(?=[\\u4e00-\\u9fa5]{2,16}$)");

	private static final Pattern BOX = Pattern.compile("^专栏\\s*(\\d{1,3})\\s*");

	private static final Pattern ANNEX = Pattern.compile("^附件\\s*(\\d{0,2})\\s*[:：]?\\s*(?=\\S|$)");

	private Headings() {
	}

	/** {@return whether the text is a whole numbered title line such as {@code 2组织指挥体系及职责分工}} */
	public static boolean isStandaloneTitle(CharSequence text) {
		return NUMBERED_TITLE.matcher(text).find() && !looksLikeQuantity(text.toString(), 1);
	}

	/** {@return whether a marker may start with the character}: a cheap test before a substring is cut for {@link #marker} */
	public static boolean mayStartMarker(char c) {
		return FIRST_CHARS.indexOf(c) >= 0;
	}

	public static boolean startsWithMarker(String text) {
		return marker(text) != null;
	}

	/** Every marker starts with one of these (digits are folded to ASCII before this runs). */
	private static final String FIRST_CHARS = "第一二三四五六七八九十百零〇（(专附0123456789";

	/** {@return the heading marker the text starts with, or {@code null}} */
	public static Marker marker(String text) {
		// most paragraphs start otherwise: answer them without running nine patterns
		if (text.isEmpty() || FIRST_CHARS.indexOf(text.charAt(0)) < 0) {
			return null;
		}
		Matcher m = CHAPTER.matcher(text);
		if (m.lookingAt()) {
			return new Marker(Kind.CHAPTER, "第" + m.group(1) + "章", m.end());
		}
		m = ARTICLE.matcher(text);
		if (m.lookingAt()) {
			return new Marker(Kind.SECTION, "第" + m.group(1) + "条", m.end());
		}
		m = SECTION.matcher(text);
		if (m.lookingAt() && m.group(1).length() <= 3) {
			return new Marker(Kind.SECTION, m.group(1), m.end());
		}
		m = ITEM.matcher(text);
		if (m.lookingAt()) {
			return new Marker(Kind.ITEM, "（" + m.group(1) + "）", m.end());
		}
		m = POINT.matcher(text);
		if (m.lookingAt()) {
			return new Marker(Kind.POINT, "(" + m.group(1) + ")", m.end());
		}
		m = BOX.matcher(text);
		if (m.lookingAt()) {
			return new Marker(Kind.BOX, "专栏" + m.group(1), m.end());
		}
		m = ANNEX.matcher(text);
		if (m.lookingAt() && (text.length() < 40 || m.group(1).length() > 0)) {
			return new Marker(Kind.ANNEX, "附件" + m.group(1), m.end());
		}
		m = DECIMAL.matcher(text);
		// "66.4亿元。" carried over a page break is an amount, not item 66.4; 2.4.11 has four digits, but its dots
		// make it no year
		if (m.lookingAt() && !looksLikeQuantity(text, m.end(), m.group(1).length() - m.group(1).replace(".", "").length() >= 2)) {
			int depth = m.group(1).split("\\.").length;
			return new Marker(depth == 2 ? Kind.ITEM : Kind.SUBITEM, m.group(1), m.end());
		}
		m = NUMBERED_TITLE.matcher(text);
		if (m.lookingAt() && !looksLikeQuantity(text, m.end())) {
			return new Marker(Kind.SECTION, m.group(1), m.end());
		}
		m = SUBITEM.matcher(text);
		if (m.lookingAt() && !looksLikeQuantity(text, m.end())) {
			return new Marker(Kind.SUBITEM, m.group(1), m.end());
		}
		return null;
	}

	/** "2025年…", "30%…", "10 万吨" start with a number but are not numbered items. */
	private static boolean looksLikeQuantity(String text, int end) {
		return looksLikeQuantity(text, end, false);
	}

	/**
	 * @param dotted whether the number is a marker of three parts ({@code 2.4.11}): its digits are no year's
	 */
	private static boolean looksLikeQuantity(String text, int end, boolean dotted) {
		if (end >= text.length()) {
			return true;
		}
		int digits = 0;
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
		}
		if (digits >= 4 && !dotted) {
			return true;
		}
		char next = text.charAt(end);
		return next == '年' || next == '月' || next == '日' || next == '%' || next == '万' || next == '亿'
				|| next == '元' || next == '个' || next == '家' || next == '项' || next == '倍';
	}

}
