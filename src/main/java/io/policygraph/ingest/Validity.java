package io.policygraph.ingest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.text.Chars;
import io.policygraph.ingest.text.GuardedPattern;

/**
 * When a document is in force, as the document itself says it, and how that was found. The forms are tried
 * in this order, the first that gives an end date wins:
 * <ol>
 * <li>{@code explicit}: 有效期至2026年12月31日, 有效期3年 counted from 自2025年1月1日起施行 or 自印发之日起 (the issue date);</li>
 * <li>{@code period}: a plan period in the title, {@code （2022—2025年）}, {@code (2024-2026年)}, {@code 到2025年};</li>
 * <li>{@code five-year-plan}: a five-year plan named in the title, 十四五 = 2021–2025;</li>
 * <li>{@code period} / {@code five-year-plan} again, in the text: the first period, plan name or 到2025年 outside
 * a cited title (《…（2021-2035年）》 is another document's period);</li>
 * <li>{@code issue-date}: no end, in force from the day it was signed;</li>
 * <li>{@code none}: nothing said.</li>
 * </ol>
 * The first day is the explicit one, else the issue date, else the first day of the period ({@code 到2025年} has none). The words are in
 * {@code lexicon/validity.tsv}.
 *
 * @param from first day in force, or {@code null}
 * @param to last day in force, or {@code null}
 * @param source how {@code to} was found, or {@code from} when there is no end: explicit, period, five-year-plan,
 * issue-date or none
 */
public record Validity(LocalDate from, LocalDate to, String source) {

	public static final String EXPLICIT = "explicit";

	public static final String PERIOD = "period";

	public static final String FIVE_YEAR_PLAN = "five-year-plan";

	public static final String ISSUE_DATE = "issue-date";

	public static final String NONE = "none";

	private static final String FILE = "validity.tsv";

	// each pattern is looked for in the whole text of a document, where it is mostly absent: guarded by the
	// characters it begins with, so that it is tried only where it can match

	private static final GuardedPattern VALID_UNTIL = new GuardedPattern(
			Pattern.compile("(?:" + words("valid-until") + ")(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})日)?"), starts("valid-until"));

	private static final GuardedPattern VALID_YEARS = new GuardedPattern(
			Pattern.compile("(?:" + words("valid-years") + ")([1-9一二三四五六七八九十])年"), starts("valid-years"));

	private static final GuardedPattern IN_FORCE_FROM = new GuardedPattern(
			Pattern.compile("自(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:" + words("in-force-from") + ")"), "自");

	private static final GuardedPattern FROM_ISSUE = new GuardedPattern(Pattern.compile(words("from-issue")), starts("from-issue"));

	/** A period, a plan's end year or a five-year plan's name: one pattern, so that the first in the text wins. */
	private static final GuardedPattern PLAN = new GuardedPattern(
			Pattern.compile("(?<a>\\d{4})年?\\s*(?:" + words("range-dash") + ")\\s*(?<b>\\d{4})\\s*年"
					+ "|(?:" + words("by-year") + ")\\s*(?<c>\\d{4})\\s*年(?!\\d)|(?<name>" + words("five-year-plan") + ")"),
			"0123456789" + starts("by-year") + starts("five-year-plan"));

	/** A plan longer than this is a vision (2021—2035年), not the document's own period. */
	private static final int LONGEST_PERIOD_YEARS = 15;

	private static String words(String kind) {
		return Lexicon.anyOf(Lexicon.entries(FILE, "kind", kind));
	}

	private static String starts(String kind) {
		return Lexicon.firstChars(Lexicon.entries(FILE, "kind", kind));
	}

	/**
	 * {@return when the document is in force}
	 * @param title its title, or {@code null}
	 * @param text its text
	 * @param issuedOn the day it was signed, or {@code null}
	 */
	public static Validity of(String title, CharSequence text, LocalDate issuedOn) {
		String body = fold(text);
		LocalDate from = explicitFrom(body, issuedOn);
		LocalDate to = explicitTo(body, from);
		if (to != null) {
			return new Validity(from, to, EXPLICIT);
		}
		LocalDate start = from != null ? from : issuedOn;
		Validity plan = title == null ? null : plan(fold(title), start, false);
		if (plan == null) {
			plan = plan(body, start, true);
		}
		if (plan != null) {
			return plan;
		}
		if (from != null) {
			return new Validity(from, null, EXPLICIT);
		}
		return issuedOn != null ? new Validity(issuedOn, null, ISSUE_DATE) : new Validity(null, null, NONE);
	}

	/**
	 * {@return this validity read again for a title or issue date given by the uploader}: an explicit end stays; a
	 * period in the new title comes before one read from the text.
	 */
	public Validity withMetadata(String title, LocalDate issuedOn) {
		if (EXPLICIT.equals(this.source) && this.to != null) {
			return this;
		}
		LocalDate start = EXPLICIT.equals(this.source) ? this.from : issuedOn;
		Validity plan = title == null ? null : plan(fold(title), start, false);
		if (plan != null) {
			return plan;
		}
		if (this.to != null) {
			return new Validity(start != null ? start : this.from, this.to, this.source);
		}
		return start != null ? new Validity(start, null, EXPLICIT.equals(this.source) ? EXPLICIT : ISSUE_DATE) : this;
	}

	private static LocalDate explicitFrom(String text, LocalDate issuedOn) {
		GuardedPattern.Scan m = IN_FORCE_FROM.scan(text);
		if (m.find()) {
			return date(m.group(1), m.group(2), m.group(3));
		}
		return FROM_ISSUE.foundIn(text) ? issuedOn : null;
	}

	private static LocalDate explicitTo(String text, LocalDate from) {
		GuardedPattern.Scan m = VALID_UNTIL.scan(text);
		if (m.find()) {
			LocalDate month = date(m.group(1), m.group(2), "1");
			if (month != null) {
				return m.group(3) != null ? date(m.group(1), m.group(2), m.group(3)) : month.withDayOfMonth(month.lengthOfMonth());
			}
		}
		m = VALID_YEARS.scan(text);
		if (from != null && m.find()) {
			int chinese = "一二三四五六七八九十".indexOf(m.group(1));
			return from.plusYears(chinese >= 0 ? chinese + 1 : Integer.parseInt(m.group(1))).minusDays(1);
		}
		return null;
	}

	/** The first plan period in {@code text}; in running text, none inside a cited title 《…》. */
	private static Validity plan(String text, LocalDate start, boolean skipCited) {
		for (GuardedPattern.Scan scan = PLAN.scan(text); scan.find();) {
			Matcher m = scan.match();
			if (skipCited && insideCitation(text, m.start())) {
				continue;
			}
			Integer first;
			int last;
			String source;
			if (m.group("name") != null) {
				Lexicon.Entry e = Lexicon.entries(FILE, "kind", "five-year-plan").stream()
					.filter(x -> x.word().equals(m.group("name")))
					.findFirst()
					.orElseThrow();
				first = Integer.parseInt(e.get("from"));
				last = Integer.parseInt(e.get("to"));
				source = FIVE_YEAR_PLAN;
			}
			else if (m.group("c") != null) {
				// 到2025年 says when a plan ends, not when it began
				last = Integer.parseInt(m.group("c"));
				first = null;
				source = PERIOD;
			}
			else {
				first = Integer.parseInt(m.group("a"));
				last = Integer.parseInt(m.group("b"));
				source = PERIOD;
			}
			if ((first != null && (last < first || last - first > LONGEST_PERIOD_YEARS)) || (start != null && last < start.getYear())) {
				continue;
			}
			return new Validity(start != null || first == null ? start : LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), source);
		}
		return null;
	}

	private static boolean insideCitation(String text, int at) {
		int open = text.lastIndexOf('《', at);
		return open >= 0 && text.lastIndexOf('》', at) < open;
	}

	private static String fold(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			out.append(Chars.fold(text.charAt(i)));
		}
		return out.toString();
	}

	private static LocalDate date(String y, String m, String d) {
		try {
			return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
