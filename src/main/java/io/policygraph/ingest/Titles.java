package io.policygraph.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads titles: what a 印发 notice promulgates, the kind of document a title names, and a form of a
 * title for comparison (dashes, brackets and spaces made uniform).
 */
final class Titles {

	private static final Pattern QUOTED = Pattern.compile("《([^》]+)》");

	private static final Pattern PROMULGATES = Pattern.compile("(?:关于)?印发(.+?)的通知$");

	/** Kinds, most specific first. */
	private static final List<String> KINDS = List.of("若干政策措施", "若干措施", "政策措施", "实施方案", "行动方案", "工作方案",
			"三年行动计划", "行动计划", "实施规划", "发展规划", "规划纲要", "规划", "实施意见", "指导意见", "意见", "应急预案", "预案",
			"工作机制", "实施细则", "管理办法", "办法", "细则", "决定", "通报", "通知", "方案", "计划", "措施");

	private Titles() {
	}

	/** {@return the title of what a notice promulgates, or {@code null} when it promulgates nothing} */
	static String promulgated(String noticeTitle) {
		Matcher q = QUOTED.matcher(noticeTitle);
		if (noticeTitle.contains("印发") && q.find()) {
			return q.group(1);
		}
		Matcher m = PROMULGATES.matcher(noticeTitle);
		return m.find() ? m.group(1) : null;
	}

	/** {@return the issuer written before 关于 / 印发 in a title, or {@code null}} */
	static String issuerPrefix(String title) {
		int at = title.indexOf("关于");
		if (at < 0) {
			at = title.indexOf("印发");
		}
		if (at >= 4) {
			String prefix = title.substring(0, at);
			if (prefix.matches(".*(人民政府|办公厅|办公室|局|委员会|厅|委|部|等[一二三四五六七八九十\\d]+部门)")) {
				return prefix;
			}
		}
		return null;
	}

	static String kind(String title) {
		String t = title.replaceAll("[（(][^）)]*[）)]$", "").replaceAll("[（(][^）)]*[）)]$", "");
		for (String kind : KINDS) {
			if (t.endsWith(kind)) {
				return kind;
			}
		}
		for (String kind : KINDS) {
			if (t.contains(kind)) {
				return kind;
			}
		}
		return null;
	}

	/** Titles of one document may differ in brackets, dashes and a trailing period in brackets. */
	static boolean sameDocument(String a, String b) {
		String x = normalise(a).replaceAll("\\([^)]*\\)", "");
		String y = normalise(b).replaceAll("\\([^)]*\\)", "");
		return x.contains(y) || y.contains(x);
	}

	static String normalise(String title) {
		return title.replaceAll("[\\s　]", "")
			.replace('（', '(')
			.replace('）', ')')
			.replaceAll("[—–－-]+", "-")
			.replace('“', '"')
			.replace('”', '"');
	}

}
