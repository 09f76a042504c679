package io.policygraph.ingest.format;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Word's automatic numbering as the reader sees it: POI gives a paragraph's list and level but not the
 * number Word shows, and without {@code 一、}, {@code （一）}, {@code 1.} the section tree of a policy is
 * lost. Counters run per abstract list in document order: a level counts up, the levels below it start
 * again, and a list instance with a start override starts its levels anew. The list may be set on the
 * paragraph or on its style (following {@code basedOn}).
 */
final class WordNumbering {

	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

	private final XWPFNumbering numbering;

	private final XWPFStyles styles;

	private final Map<BigInteger, int[]> counters = new HashMap<>();

	private final Set<BigInteger> started = new java.util.HashSet<>();

	WordNumbering(XWPFDocument document) {
		this.numbering = document.getNumbering();
		this.styles = document.getStyles();
	}

	/** {@return the number label of a paragraph ({@code 一、}, {@code （二）}, {@code 3.}), or empty} */
	String label(XWPFParagraph paragraph) {
		if (this.numbering == null) {
			return "";
		}
		CTNumPr numPr = numPr(paragraph);
		if (numPr == null || numPr.getNumId() == null) {
			return "";
		}
		BigInteger numId = numPr.getNumId().getVal();
		int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
		XWPFNum num = numId == null || numId.signum() == 0 ? null : this.numbering.getNum(numId);
		if (num == null || num.getCTNum().getAbstractNumId() == null) {
			return "";
		}
		BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
		XWPFAbstractNum abstractNum = this.numbering.getAbstractNum(abstractId);
		if (abstractNum == null || level < 0 || level > 8) {
			return "";
		}
		CTLvl[] levels = new CTLvl[9];
		for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
			int i = lvl.getIlvl().intValue();
			if (i >= 0 && i < 9) {
				levels[i] = lvl;
			}
		}
		if (levels[level] == null) {
			return "";
		}
		int[] count = this.counters.computeIfAbsent(abstractId, k -> new int[9]);
		if (this.started.add(numId)) {
			for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
				if (override.getStartOverride() != null) {
					int i = override.getIlvl().intValue();
					if (i >= 0 && i < 9) {
						count[i] = Math.max(0, override.getStartOverride().getVal().intValue() - 1);
					}
				}
			}
		}
		count[level] = count[level] == 0 ? start(levels[level]) : count[level] + 1;
		for (int deeper = level + 1; deeper < 9; deeper++) {
			count[deeper] = 0;
		}
		String format = format(levels[level]);
		if (format.equals("bullet") || format.equals("none") || levels[level].getLvlText() == null) {
			return "";
		}
		String text = levels[level].getLvlText().getVal();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
				int l = text.charAt(++i) - '1';
				if (l >= 0 && l < 9 && levels[l] != null) {
					int value = count[l] == 0 ? start(levels[l]) : count[l];
					out.append(render(value, levels[l].getIsLgl() != null ? "decimal" : format(levels[l])));
				}
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private CTNumPr numPr(XWPFParagraph paragraph) {
		CTPPr ppr = paragraph.getCTP().getPPr();
		if (ppr != null && ppr.getNumPr() != null) {
			return ppr.getNumPr();
		}
		String styleId = paragraph.getStyleID();
		for (int hops = 0; styleId != null && this.styles != null && hops < 10; hops++) {
			XWPFStyle style = this.styles.getStyle(styleId);
			if (style == null) {
				return null;
			}
			CTPPrGeneral general = style.getCTStyle().getPPr();
			if (general != null && general.getNumPr() != null) {
				return general.getNumPr();
			}
			styleId = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
		}
		return null;
	}

	private static int start(CTLvl lvl) {
		return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
	}

	private static String format(CTLvl lvl) {
		return lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
	}

	static String render(int n, String format) {
		return switch (format) {
			case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
					"taiwaneseCounting", "ideographDigital", "taiwaneseCountingThousand", "koreanCounting" -> chinese(n);
			case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n >= 1 && n <= 20
					? String.valueOf(CIRCLED.charAt(n - 1)) : Integer.toString(n);
			case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
			case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
			case "lowerLetter" -> letters(n, 'a');
			case "upperLetter" -> letters(n, 'A');
			case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
			case "upperRoman" -> roman(n);
			case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1)) : Integer.toString(n);
			default -> Integer.toString(n);
		};
	}

	/** 一 … 十, 十一, 二十, 一百零五: the way 公文 count. */
	static String chinese(int n) {
		if (n <= 0 || n >= 10000) {
			return Integer.toString(n);
		}
		if (n < 10) {
			return DIGITS[n];
		}
		if (n < 20) {
			return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
		}
		if (n < 100) {
			return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
		}
		if (n < 1000) {
			int rest = n % 100;
			return DIGITS[n / 100] + "百" + (rest == 0 ? "" : rest < 10 ? "零" + DIGITS[rest] : rest < 20 ? "一" + chinese(rest) : chinese(rest));
		}
		int rest = n % 1000;
		return DIGITS[n / 1000] + "千" + (rest == 0 ? "" : rest < 100 ? "零" + chinese(rest) : chinese(rest));
	}

	private static String fullWidth(String digits) {
		StringBuilder out = new StringBuilder();
		digits.chars().forEach(c -> out.append((char) (c - '0' + '０')));
		return out.toString();
	}

	private static String letters(int n, char base) {
		StringBuilder out = new StringBuilder();
		for (int v = n; v > 0; v = (v - 1) / 26) {
			out.insert(0, (char) (base + (v - 1) % 26));
		}
		return out.toString();
	}

	private static String roman(int n) {
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] marks = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder out = new StringBuilder();
		int v = n;
		for (int i = 0; i < values.length; i++) {
			while (v >= values[i]) {
				out.append(marks[i]);
				v -= values[i];
			}
		}
		return out.toString();
	}

}
