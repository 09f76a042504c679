package io.policygraph.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.Lexicon;

/**
 * Money a measure gives: amounts after a grant word (最高奖励50万元), rates paid per unit (按照400元/架次给予补贴),
 * ratios of a base (给予不超过设备购置费用20%的一次性补助) and interest subsidies up to a loan rate (按LPR给予贴息).
 */
final class FundingFinder implements Finder {

	/** Money units with their value in yuan (money-units.tsv). */
	private static final Map<String, Long> YUAN = yuan();

	private static final Pattern AMOUNT = Pattern.compile(Clauses.NUMBER_START + "(\\d+(?:\\.\\d+)?)("
			+ Lexicon.anyOf("support/money-units.tsv") + ")(?:\\s*[/／]("
			+ Lexicon.anyOf(Lexicon.entries("support/rate-units.tsv", "role", "after-slash")) + "))?");

	private static final Pattern GRANT_WORD = Pattern.compile(grantWords("before-amount"));

	private static final Pattern THRESHOLD_WORD = Pattern
		.compile("(" + Lexicon.anyOf("support/threshold-words.txt") + ")[^，,。；;]{0,4}$");

	/**
	 * A share of a base: 按…的30%; 不超过30%; 不超过实际支付费用30% (the base between, with no 的). The base holds no
	 * number, so a ratio never reaches across another amount or a list (不超过500万元、…).
	 */
	private static final Pattern RATIO = Pattern.compile("(?:按(?:照)?[^，,。；;]{0,30}?的|不超过[^，,。；;、：:\\d%]{0,20}?)(\\d+(?:\\.\\d+)?)%");

	/**
	 * A rate the grant is paid at, introduced by 按 and followed by the grant: 按照400元/架次给予补贴, 按10元/公斤的标准给予
	 * 运营补贴. The grant word comes after the amount, so the usual look-back for one finds nothing.
	 */
	private static final Pattern RATE_LEAD = Pattern.compile("按(?:照)?$");

	/** The grant right after a rate, in its clause; a rate bounded by 以上, 以下 is a condition (按20元/吨以下的价格收购的). */
	private static final Pattern GRANT_FOLLOWS = Pattern
		.compile("^(?!以[上下内])(?:的标准)?[^，,。；;]{0,8}?(" + grantWords("after-rate") + ")");

	/** A per-unit amount led by 每 and its unit: 每吨补贴50元, 按每千瓦时0.1元给予补贴 (not 每家, 每项, 每年: those cap a grant). */
	private static final Pattern PER_UNIT = Pattern
		.compile("每(" + Lexicon.anyOf(Lexicon.entries("support/rate-units.tsv", "role", "after-per")) + ")[^，,。；;\\d]{0,6}$");

	/** Loan rates with the basis recorded for each (loan-rates.tsv). */
	private static final Map<String, String> LOAN_RATE_BASIS = basis();

	/**
	 * An interest subsidy paid up to the loan prime rate: 给予不超过同期贷款市场报价利率（LPR）的贴息 (older texts: 按同期
	 * 贷款基准利率给予贴息). A share of the rate (按LPR的50%贴息) is a ratio, found by {@link #RATIO}.
	 */
	private static final Pattern RATE_CAP = Pattern.compile("(?:给予|按照?)[^，,。；;]{0,24}?(" + Lexicon.anyOf("support/loan-rates.tsv")
			+ ")(?:\\s*[（(]LPR[）)])?");

	/**
	 * The subsidy a rate cap belongs to, in the same clause: not a loan's own rate (按照不高于LPR的利率发放贷款，给予贴息)
	 * nor a share of the rate (…LPR的50%).
	 */
	private static final Pattern SUBSIDY_FOLLOWS = Pattern
		.compile("^(?!的?\\s*\\d|的?[一二三四五六七八九十])[^，,。；;]{0,30}?(" + grantWords("after-rate-cap") + ")");

	private static final Pattern RATIO_LIST = Pattern.compile("([、和](\\d+(?:\\.\\d+)?)%)+");

	private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");

	/** The grant a ratio is the share of, right after it (…30%的一次性资金扶持, …50%给予奖补). */
	private static final Pattern RATIO_FOLLOWS = Pattern.compile("^[^，,。；;]{0,12}(" + grantWords("after-ratio") + ")");

	/** What a ratio is a share of that makes it a grant without a grant word after it (…设备购置费用20%). */
	private static final List<String> RATIO_BASES = Lexicon.words("support/ratio-bases.txt");

	private static final Pattern MONEY_TARGET_CONTEXT = Pattern
		.compile("(" + Lexicon.anyOf("support/money-target-words.txt") + ")[^，,。；;]{0,12}$");

	@Override
	public void find(String text, Found found) {
		List<Links.FundingMention> out = found.funding;
		Matcher m = AMOUNT.matcher(text);
		int listEnd = -1;
		while (m.find()) {
			String before = text.substring(Clauses.clauseStart(text, m.start(), 16), m.start());
			boolean continuesList = m.start() - listEnd <= 1 && listEnd >= 0 && "、和及".indexOf(text.charAt(m.start() - 1)) >= 0;
			if (!continuesList && !paidAtRate(text, m, before) && (!GRANT_WORD.matcher(before).find()
					|| THRESHOLD_WORD.matcher(before).find() || MONEY_TARGET_CONTEXT.matcher(before).find())) {
				continue;
			}
			Matcher perUnit = PER_UNIT.matcher(before);
			String unit = m.group(3) != null ? m.group(3) : perUnit.find() ? perUnit.group(1) : null;
			double amount = Double.parseDouble(m.group(1));
			int from = Math.max(Clauses.clauseStart(text, m.start(), 16), m.start() - 12);
			String surface = text.substring(from, m.end());
			if (unit != null) {
				out.add(new Links.FundingMention(null, m.group(1) + m.group(2) + "/" + unit, surface, m.start(), m.end()));
			}
			else {
				out.add(new Links.FundingMention(Math.round(amount * YUAN.get(m.group(2))), m.group(1) + m.group(2), surface,
						m.start(), m.end()));
			}
			listEnd = m.end();
		}
		Matcher r = RATIO.matcher(text);
		while (r.find()) {
			String after = text.substring(r.end(), Math.min(text.length(), r.end() + 16));
			String span = text.substring(r.start(), r.end());
			Matcher more = RATIO_LIST.matcher(text);
			more.region(r.end(), text.length());
			int ratiosEnd = more.lookingAt() ? more.end() : r.end();
			String tail = text.substring(ratiosEnd, Math.min(text.length(), ratiosEnd + 16));
			if (RATIO_FOLLOWS.matcher(after).find() || RATIO_FOLLOWS.matcher(tail).find()
					|| RATIO_BASES.stream().anyMatch(span::contains)) {
				out.add(new Links.FundingMention(null, r.group(1) + "%", span, r.start(), r.end()));
				Matcher each = PERCENT.matcher(text.substring(r.end(), ratiosEnd));
				while (each.find()) {
					out.add(new Links.FundingMention(null, each.group(1) + "%", each.group(), r.end() + each.start(),
							r.end() + each.end()));
				}
			}
		}
		Matcher c = RATE_CAP.matcher(text);
		while (c.find()) {
			if (Clauses.follows(SUBSIDY_FOLLOWS, text, c.end())) {
				out.add(new Links.FundingMention(null, LOAN_RATE_BASIS.get(c.group(1)), c.group(), c.start(), c.end()));
			}
		}
		out.sort((a, b) -> Integer.compare(a.start(), b.start()));
	}

	/**
	 * A per-unit rate with its grant after it: 按照400元/架次给予补贴, 按每千瓦时0.1元给予补贴; not a price condition
	 * (不高于30元/公斤的加氢站, 每吨售价不高于3000元的给予补贴).
	 */
	private static boolean paidAtRate(String text, Matcher amount, String before) {
		boolean rate = amount.group(3) != null ? RATE_LEAD.matcher(before).find() : PER_UNIT.matcher(before).find();
		return rate && !THRESHOLD_WORD.matcher(before).find() && Clauses.follows(GRANT_FOLLOWS, text, amount.end());
	}

	private static String grantWords(String where) {
		return Lexicon.anyOf(Lexicon.entries("support/grant-words.tsv", "where", where));
	}

	private static Map<String, Long> yuan() {
		Map<String, Long> out = new HashMap<>();
		Lexicon.entries("support/money-units.tsv").forEach(e -> out.put(e.word(), Long.valueOf(e.get("yuan"))));
		return Map.copyOf(out);
	}

	private static Map<String, String> basis() {
		Map<String, String> out = new HashMap<>();
		Lexicon.entries("support/loan-rates.tsv").forEach(e -> out.put(e.word(), e.get("basis")));
		return Map.copyOf(out);
	}

}
