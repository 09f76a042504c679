package io.policygraph.support;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.Lexicon;

/**
 * Quantitative targets: a number with a unit that a target verb (达到, 新增, 不低于), a range, a qualifier (以上,
 * 左右) or a due year makes a goal: 到2026年，…新增30万立方米以上; 建成社区食堂120个.
 */
final class TargetFinder implements Finder {

	/** Target verbs with the comparison each states (target-verbs.tsv). */
	private static final Map<String, String> VERB_COMPARATOR = comparators("support/target-verbs.tsv");

	/** Qualifiers after the unit with the comparison each states (target-qualifiers.tsv). */
	private static final Map<String, String> QUALIFIER_COMPARATOR = comparators("support/target-qualifiers.tsv");

	/** A target's unit: a measure word or physical unit, optionally scaled by 万, 亿 or 万亿 (万辆, 亿件, 万标箱). */
	private static final String TARGET_UNIT = Lexicon.anyOf(Lexicon.entries("support/target-units.tsv", "kind", "plain")) + "|(?:"
			+ Lexicon.anyOf(Lexicon.entries("support/target-units.tsv", "kind", "scale")) + ")?(?:"
			+ Lexicon.anyOf(Lexicon.entries("support/target-units.tsv", "kind", "scalable")) + ")";

	private static final Pattern TARGET = Pattern.compile("(" + Lexicon.anyOf("support/target-verbs.tsv") + ")?" + Clauses.NUMBER_START
			+ "(\\d+(?:\\.\\d+)?)(?:\\s*[—\\-－~～至](\\d+(?:\\.\\d+)?))?\\s*(" + TARGET_UNIT + ")("
			+ Lexicon.anyOf("support/target-qualifiers.tsv") + ")?");

	/**
	 * A verb opening the clause that governs a number further on: 建成规范化物流园区25个, 新设智能快递箱1000组,
	 * 培育打造5家智慧园区、10家智慧立体仓储基地. Matched against the clause before the number.
	 */
	private static final Pattern LEAD_VERB = Pattern.compile(
			// only near the clause's start (主城区建成…): deeper in, the word is a noun (在…城市建设上, 按照企业建设总投入的);
			// nor after 对/按/在, which open a grant's condition or a framing phrase
			"^(?![对按在])[^，,；;。]{0,4}?(" + Lexicon.anyOf("support/target-clause-verbs.txt") + ")");

	/** A year that sets when a target is due; not a base year (较2020年), a status date (截至2017年) nor an edition (2021年版). */
	private static final Pattern TARGET_YEAR = Pattern.compile("(?<![较比至止])(20\\d{2})\\s?年(?![版度])");

	/** A specification ends the clause before the number: 含水率不高于60%, 厚度…毫米. */
	private static final Pattern SPEC_LEAD = Pattern
		.compile("(" + Lexicon.anyOf(Lexicon.entries("support/not-targets.tsv", "role", "spec-before")) + ")$");

	/** A time span counted in 个 (3个月, 5个工作日): a deadline, never a count to reach. */
	private static final Pattern SPAN_FOLLOWS = Pattern
		.compile("^(" + Lexicon.anyOf(Lexicon.entries("support/not-targets.tsv", "role", "span-after")) + ")");

	/** A count of the plan's own tasks (抓好6项重点工作), not an outcome to reach. */
	private static final Pattern TASKS_FOLLOW = Pattern
		.compile("^(" + Lexicon.anyOf(Lexicon.entries("support/not-targets.tsv", "role", "tasks-after")) + ")");

	/** A capacity that describes the kind of thing counted (年产10万辆以上…企业3家), not a goal itself. */
	private static final Pattern CAPACITY_LEAD = Pattern
		.compile("(?<!\\d)(" + Lexicon.anyOf(Lexicon.entries("support/not-targets.tsv", "role", "capacity-before")) + ")$");

	/** Money after a grant word is funding ({@link FundingFinder}), not a target. */
	private static final Pattern GRANT_WORD = Pattern
		.compile(Lexicon.anyOf(Lexicon.entries("support/grant-words.tsv", "where", "before-amount")));

	/** How far back a governing year (到2027年，…) may stand in the same paragraph. */
	private static final int YEAR_SPAN = 200;

	@Override
	public void find(String text, Found found) {
		Matcher m = TARGET.matcher(text);
		int listEnd = -1;
		while (m.find()) {
			String before = text.substring(Math.max(0, m.start() - 40), m.start());
			String lead = before.substring(leadStart(before));
			String unit = m.group(4);
			boolean money = unit.endsWith("元");
			if (lead.endsWith("第") || SPEC_LEAD.matcher(lead).find() || isStandard(text, m.end())
					|| (money && GRANT_WORD.matcher(lead).find()) || qualifiesNoun(text, m, lead)) {
				continue;
			}
			// 到2025年，新建…2处；…；装修垃圾处理场2处: the year governs its whole sentence
			Integer year = dueYear(text, m.start(), YEAR_SPAN, "。\n");
			String verb = m.group(1) == null ? "" : m.group(1);
			String qualifier = m.group(5) == null ? "" : m.group(5);
			// a range (2—3家) or a verb opening the clause (建成…25个) marks a goal as surely as one right before it
			boolean governed = m.group(3) != null || LEAD_VERB.matcher(lead).find() || continuesList(text, listEnd, m.start());
			if (year == null && verb.isEmpty() && qualifier.isEmpty() && !governed) {
				continue;
			}
			if (year == null) {
				// 到2027年，…；…达到78%: the plan's year heads the paragraph, farther back than the clause
				year = dueYear(text, m.start(), YEAR_SPAN, "\n");
			}
			String comparator = !qualifier.isEmpty() ? QUALIFIER_COMPARATOR.get(qualifier)
					: m.group(3) != null ? ">=" : VERB_COMPARATOR.getOrDefault(verb, "=");
			String metric = lead.replaceAll("^(到|至)?20\\d{2}年(年底|底|前)?", "").replaceAll("^[，,]", "").strip();
			if (metric.isEmpty()) {
				// 建设300个先进级智能工厂: what is counted follows the number
				metric = objectAfter(text, m.end());
			}
			found.targets.add(new Links.TargetMention(metric, Double.parseDouble(m.group(2)), unit, comparator, year,
					text.substring(Math.max(0, m.start() - Math.min(lead.length(), 20)), m.end()), m.start(), m.end()));
			listEnd = m.end();
		}
	}

	private static Map<String, String> comparators(String file) {
		Map<String, String> out = new HashMap<>();
		Lexicon.entries(file).forEach(e -> out.put(e.word(), e.get("comparator")));
		return Map.copyOf(out);
	}

	/** The noun phrase right after a counted number, up to the next punctuation, at most 30 characters. */
	private static String objectAfter(String text, int at) {
		int e = at;
		while (e < text.length() && e - at < 30 && "，,；;。：:、（(\n".indexOf(text.charAt(e)) < 0) {
			e++;
		}
		return text.substring(at, e).strip();
	}

	/** 分别达到300亿元、1000亿元和450亿元: a number listed right after a target is one too. */
	private static boolean continuesList(String text, int listEnd, int start) {
		return listEnd >= 0 && start - listEnd == 1 && "、和及与".indexOf(text.charAt(listEnd)) >= 0;
	}

	/** Where the clause before a number begins: after the last comma, semicolon, colon or full stop, full- or half-width. */
	private static int leadStart(String before) {
		int at = -1;
		for (char c : "，,；;。：:\n".toCharArray()) {
			at = Math.max(at, before.lastIndexOf(c));
		}
		return at + 1;
	}

	/**
	 * A number that says which things are counted rather than how many to reach: 超1亿件的品牌企业,
	 * 年产10万辆以上新能源整车企业, 30万千瓦及以上机组, 3个月内, 抓好6项重点工作.
	 */
	private static boolean qualifiesNoun(String text, Matcher m, String lead) {
		String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
		// 30万千瓦及以上机组: a class of things, not an amount
		boolean classOf = after.length() == 4 && after.startsWith("及以") && Character.isIdeographic(after.charAt(3));
		return after.startsWith("的") || classOf || (m.group(4).equals("个") && SPAN_FOLLOWS.matcher(after).find())
				|| (m.group(4).matches("项|个") && TASKS_FOLLOW.matcher(after).find())
				|| (CAPACITY_LEAD.matcher(lead).find() && !after.isEmpty() && Character.isIdeographic(after.charAt(0)));
	}

	/** The last due year within {@code span} characters before {@code at}, not reaching back past any of {@code stops}. */
	private static Integer dueYear(String text, int at, int span, String stops) {
		int from = at;
		while (from > 0 && at - from < span && stops.indexOf(text.charAt(from - 1)) < 0) {
			from--;
		}
		Matcher y = TARGET_YEAR.matcher(text.substring(from, at));
		Integer year = null;
		while (y.find()) {
			year = Integer.valueOf(y.group(1));
		}
		return year;
	}

	private static boolean isStandard(String text, int end) {
		String after = text.substring(end, Math.min(text.length(), end + 4));
		return after.startsWith("的") && after.contains("标准");
	}

}
