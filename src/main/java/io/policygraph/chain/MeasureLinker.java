package io.policygraph.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises in a measure's text the chains and segments it supports (by the taxonomy's aliases), the
 * parks and projects it names, its quantitative targets and the money it gives. Pure Java.
 */
public final class MeasureLinker {

	private static final String CARRIER = "经济区|活力区|产业新城|新城|创新港|智造港|内陆港|产业园区|产业园|工业园区|工业园|科技园|科创园|创新园|物流园|产业基地|生产基地|示范基地|基地|片区|特色小镇|小镇|示范区|先导区|先行区|集聚区|聚集区|开发区|经开区|高新区|新区|组团|核心区|产业城|科学城|试验区|合作区|枢纽";

	/** A name ends in a carrier word; the name itself is the run of characters before it. */
	private static final Pattern PARK = Pattern.compile("([\\u4e00-\\u9fa5A-Za-z0-9（）()“”\"·]{2,24}?)(" + CARRIER + ")(?![\\u4e00-\\u9fa5]{0,1}(管委|管理))");

	private static final Pattern PROJECT = Pattern.compile("([\\u4e00-\\u9fa5A-Za-z0-9（）()“”\"·]{2,30}?)(项目|工程|转运站|转运中心|处理厂|处置中心|处理中心)");

	/** Words a name never starts with: verbs, prepositions, quantities, generic qualifiers. */
	private static final Pattern NAME_START_JUNK = Pattern.compile(
			"(以上|以下|达到|力争|比例|一批|促进|集聚发展|把握|跟踪问效|参照|借鉴|利用|充分利用|问效|占地|依托于|申报|认定|建设|打造|推进|支持|推动|围绕|加快|培育|建成|创建|争创|依托|发挥|用好|谋划|引进|实施|开展|完成|新建|续建|启动|推广|提升|加强|申报|争取|布局|做强|做优|壮大|深化|强化|积极|重点|以|在|于|和|与|及|等|的|对|向|为|将|把|由|按|从|到|、|，|。|；|：)");

	private static final Pattern GENERIC = Pattern.compile(
			"^(续建|新开工|开工|储备|谋划|园区型|中试|实训|零部件|数字经济|特色|产业|重点|各类|相关|一批|若干|省级|国家级|市级|区级|绿色|现代|专业|综合|示范|主要|主导|优势|各|本地|新型|大型|高端|重大|龙头|骨干|功能|这些|有关|上述|其他|一个|多个|\\d+个?|[一二三四五六七八九十两]+个?)+$");

	private static final Pattern PROJECT_TAIL = Pattern.compile("([一二三四五]期)?(项目|工程)?([（(][一二三四五]期[）)])?");

	/** A plan's portfolio as it states it: 总投资X亿元的N个重点项目; 续建/新开工/储备项目N个,总投资X亿元. */
	private static final Pattern PORTFOLIO = Pattern.compile(
			"(?:扎实)?推进总投资(?<total>\\d+(?:\\.\\d+)?)亿元的(?<count>\\d+)个重点项目"
					+ "|(?:计划[^,，。；;]{0,20}?)?(?<status>续建|新开工|[^,，。；;]{0,6}储备)项目(?<count2>\\d+)个[,，]总投资(?<total2>\\d+(?:\\.\\d+)?)亿元");

	/** Names made only of a qualifier and a field (省级技术创新项目, 智能制造试点示范项目) name a kind, not a thing. */
	private static final Pattern GENERIC_HEAD = Pattern.compile(
			"^(省级|市级|区级|国家级|各类|各级|大型|中小|优质|重点|重大|一批|多个|若干|相关|其他|全市|全省|全区|本区|本市|海外|外资|优先|制约|引进|合作|精准)"
					+ "|(试点示范|技术改造|技术创新|人才|招商|合作|产业|重点|示范|数据中心|算力|企业)$");

	private static final Pattern INVESTMENT = Pattern.compile("总?投资(约|超过|达)?(\\d+(?:\\.\\d+)?)亿元");

	private static final Pattern STATUS = Pattern.compile("(建成投用|建成投产|新开工|新建|续建|建成|开工|启动|储备|谋划)");

	private static final Pattern YEAR = Pattern.compile("(?:到|至|于|在)?(20\\d{2})年(?:年底|底|前|以前|上半年|下半年)?");

	private static final Pattern TARGET = Pattern.compile(
			"(不超过|达到|超过|突破|不低于|不少于|提高到|提升至|提升到|增长|下降|控制在|稳定在|保持在|力争|新增|累计|培育|创建|建成|打造|形成|实现)?(\\d+(?:\\.\\d+)?)(?:[—\\-－~～至](\\d+(?:\\.\\d+)?))?\\s*(%|个百分点|万亿元|亿元|万元|万吨/日|吨/日|万吨/年|万吨|吨|万亩|亩|万平方米|平方公里|万千瓦|千瓦|家|个|项|座|条|处|所|批|台|套|辆|架次|人次|万人次|万人|人|件|种|款|部|EFLOPS|P|标箱)(以上|左右|以内|以下)?");

	private static final Pattern AMOUNT = Pattern.compile(
			"(\\d+(?:\\.\\d+)?)(亿元|万元|元)(?:\\s*[/／](架次|公斤|千克|吨|平方米|个|台|辆|人|年|次|项|千瓦时|小时))?");

	private static final Pattern GRANT_WORD = Pattern.compile("不超过|最高|最多|上限|给予|奖励|补助|补贴|资助|支持|贴息|奖补|扶持");

	private static final Pattern THRESHOLD_WORD = Pattern.compile("(不低于|不少于|达到|以上|合同额|合同金额|收入|营收|投资额|原值|价格|售价|不高于)[^，,。；;]{0,4}$");

	private static final Pattern RATIO = Pattern.compile("(?:按(?:照)?[^，,。；;]{0,30}?的|不超过)(\\d+(?:\\.\\d+)?)%");

	private static final Pattern RATIO_LIST = Pattern.compile("([、和](\\d+(?:\\.\\d+)?)%)+");

	private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");

	private static final Pattern RATIO_FOLLOWS = Pattern.compile("^[^，,。；;]{0,12}(给予|补助|补贴|奖励|资助|支持|贴息|费率|比例)");

	private static final Pattern MONEY_TARGET_CONTEXT = Pattern.compile("(营收|营业收入|产值|规模|增加值|投资额|总投资|GDP|收入|交易额|销售额|税收|融资|基金规模|规上)[^，,。；;]{0,12}$");

	private final Dictionary chainTerms = new Dictionary();

	private final Dictionary parkNames = new Dictionary();

	public MeasureLinker(ChainTaxonomy taxonomy) {
		this(taxonomy, List.of());
	}

	/**
	 * @param taxonomy chains and segments to recognise
	 * @param knownParks names and aliases of zones and parks the reference data knows (起步区, 东丽经开区 …),
	 * recognised even where their name has no carrier word
	 */
	public MeasureLinker(ChainTaxonomy taxonomy, List<String> knownParks) {
		knownParks.forEach(n -> this.parkNames.add(n, n));
		for (ChainTaxonomy.Segment s : taxonomy.segments().values()) {
			this.chainTerms.add(s.name(), "s:" + s.id());
			s.aliases().forEach(a -> this.chainTerms.add(a, "s:" + s.id()));
		}
		for (ChainTaxonomy.Chain c : taxonomy.chains().values()) {
			this.chainTerms.add(c.name(), "c:" + c.id());
			c.aliases().forEach(a -> this.chainTerms.add(a, "c:" + c.id()));
		}
		this.taxonomy = taxonomy;
	}

	private final ChainTaxonomy taxonomy;

	public Links link(String text) {
		if (text == null || text.isEmpty()) {
			return Links.NONE;
		}
		return new Links(chains(text), parks(text), projects(text), portfolios(text), targets(text), funding(text));
	}

	List<Links.ChainMention> chains(String text) {
		List<Links.ChainMention> out = new ArrayList<>();
		for (Dictionary.Hit h : this.chainTerms.find(text)) {
			if (h.key().startsWith("s:")) {
				String segment = h.key().substring(2);
				out.add(new Links.ChainMention(h.surface(), h.start(), h.end(), this.taxonomy.segments().get(segment).chain(), segment));
			}
			else {
				out.add(new Links.ChainMention(h.surface(), h.start(), h.end(), h.key().substring(2), null));
			}
		}
		return out;
	}

	List<Links.ParkMention> parks(String text) {
		List<Links.ParkMention> out = new ArrayList<>();
		for (Dictionary.Hit h : this.parkNames.find(text)) {
			out.add(new Links.ParkMention(h.surface(), h.start(), h.end()));
		}
		Matcher m = PARK.matcher(text);
		while (m.find()) {
			Name name = name(m.group(1), m.group(2), m.start(1), false);
			if (name == null) {
				continue;
			}
			int start = name.start;
			int end = m.end();
			// a name the reference data knows wins over a longer or shorter guess at the same place
			if (out.stream().anyMatch(p -> p.start() < end && start < p.end())) {
				continue;
			}
			out.add(new Links.ParkMention(name.text, start, end));
		}
		out.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return out;
	}

	List<Links.ProjectMention> projects(String text) {
		List<Links.ProjectMention> out = new ArrayList<>();
		Matcher m = PROJECT.matcher(text);
		int from = 0;
		while (from < text.length() && m.find(from)) {
			int matchStart = m.start();
			int end = m.end();
			Name found = name(m.group(1), m.group(2), m.start(1), true);
			// 处理厂一期工程, 转运中心项目, 焚烧发电项目（二期）: the name runs on
			Matcher tail = PROJECT_TAIL.matcher(text);
			tail.region(end, text.length());
			if (tail.lookingAt()) {
				end = tail.end();
			}
			from = Math.max(end, matchStart + 1);
			if (found == null || insidePortfolio(text, found.start)) {
				continue;
			}
			String name = text.substring(found.start, end);
			String clause = clauseAround(text, matchStart, end);
			Matcher inv = INVESTMENT.matcher(commaClauseAround(text, matchStart, end));
			Double investment = inv.find() ? Double.valueOf(inv.group(2)) : null;
			Matcher st = STATUS.matcher(clause);
			String status = st.find() ? st.group(1) : null;
			Matcher y = YEAR.matcher(clause);
			Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
			out.add(new Links.ProjectMention(name, found.start, end, investment, status, year));
		}
		return out;
	}

	private static boolean insidePortfolio(String text, int at) {
		Matcher p = PORTFOLIO.matcher(text);
		while (p.find()) {
			if (at >= p.start() - 4 && at < p.end()) {
				return true;
			}
		}
		return false;
	}

	List<Links.PortfolioMention> portfolios(String text) {
		List<Links.PortfolioMention> out = new ArrayList<>();
		Matcher p = PORTFOLIO.matcher(text);
		while (p.find()) {
			String status = p.group("status") == null ? "总计" : p.group("status").replaceAll(".*储备", "储备");
			double total = Double.parseDouble(p.group("total") != null ? p.group("total") : p.group("total2"));
			int count = Integer.parseInt(p.group("count") != null ? p.group("count") : p.group("count2"));
			out.add(new Links.PortfolioMention(status, count, total, p.group(), p.start(), p.end()));
		}
		return out;
	}

	List<Links.TargetMention> targets(String text) {
		List<Links.TargetMention> out = new ArrayList<>();
		Matcher m = TARGET.matcher(text);
		while (m.find()) {
			String before = text.substring(Math.max(0, m.start() - 40), m.start());
			int clauseStart = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；')),
					Math.max(before.lastIndexOf('。'), before.lastIndexOf(',')));
			String lead = before.substring(clauseStart + 1);
			String unit = m.group(4);
			boolean yearOnly = m.group(2).length() == 4 && m.group(2).startsWith("20") && unit.equals("年");
			boolean money = unit.endsWith("元");
			if (yearOnly || lead.endsWith("第") || lead.matches(".*(不高于|含水率|厚度|毫米)$") || isStandard(text, m.end())
					|| (money && GRANT_WORD.matcher(lead).find())) {
				continue;
			}
			Matcher y = YEAR.matcher(text.substring(Math.max(0, m.start() - 60), m.start()));
			Integer year = null;
			while (y.find()) {
				year = Integer.valueOf(y.group(1));
			}
			String verb = m.group(1) == null ? "" : m.group(1);
			String qualifier = m.group(5) == null ? "" : m.group(5);
			if (year == null && verb.isEmpty() && qualifier.isEmpty()) {
				continue;
			}
			String comparator = switch (qualifier) {
				case "以上" -> ">=";
				case "左右" -> "~";
				case "以内", "以下" -> "<=";
				default -> switch (verb) {
					case "超过", "突破" -> ">";
					case "不低于", "不少于", "力争" -> ">=";
					case "控制在", "不超过" -> "<=";
					default -> "=";
				};
			};
			String metric = lead.replaceAll("^(到|至)?20\\d{2}年(年底|底|前)?", "").replaceAll("^[，,]", "").strip();
			out.add(new Links.TargetMention(metric, Double.parseDouble(m.group(2)), unit, comparator, year,
					text.substring(Math.max(0, m.start() - Math.min(lead.length(), 20)), m.end()), m.start(), m.end()));
		}
		return out;
	}

	private static boolean isStandard(String text, int end) {
		String after = text.substring(end, Math.min(text.length(), end + 4));
		return after.startsWith("的") && after.contains("标准");
	}

	List<Links.FundingMention> funding(String text) {
		List<Links.FundingMention> out = new ArrayList<>();
		Matcher m = AMOUNT.matcher(text);
		int listEnd = -1;
		while (m.find()) {
			String before = text.substring(clauseStart(text, m.start(), 16), m.start());
			boolean continuesList = m.start() - listEnd <= 1 && listEnd >= 0 && "、和及".indexOf(text.charAt(m.start() - 1)) >= 0;
			if (!continuesList && (!GRANT_WORD.matcher(before).find() || THRESHOLD_WORD.matcher(before).find()
					|| MONEY_TARGET_CONTEXT.matcher(before).find())) {
				continue;
			}
			double amount = Double.parseDouble(m.group(1));
			long factor = switch (m.group(2)) {
				case "亿元" -> 100_000_000L;
				case "万元" -> 10_000L;
				default -> 1L;
			};
			int from = Math.max(clauseStart(text, m.start(), 16), m.start() - 12);
			String surface = text.substring(from, m.end());
			if (m.group(3) != null) {
				out.add(new Links.FundingMention(null, m.group(1) + m.group(2) + "/" + m.group(3), surface, m.start(), m.end()));
			}
			else {
				out.add(new Links.FundingMention(Math.round(amount * factor), m.group(1) + m.group(2), surface, m.start(), m.end()));
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
			if (RATIO_FOLLOWS.matcher(after).find() || RATIO_FOLLOWS.matcher(tail).find() || span.contains("费用")
					|| span.contains("费率") || span.contains("比例") || span.contains("发生额")) {
				out.add(new Links.FundingMention(null, r.group(1) + "%", span, r.start(), r.end()));
				Matcher each = PERCENT.matcher(text.substring(r.end(), ratiosEnd));
				while (each.find()) {
					out.add(new Links.FundingMention(null, each.group(1) + "%", each.group(), r.end() + each.start(),
							r.end() + each.end()));
				}
			}
		}
		out.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return out;
	}

	private static int clauseStart(String text, int at, int max) {
		int s = at;
		while (s > 0 && at - s < max && "，,。；;：:".indexOf(text.charAt(s - 1)) < 0) {
			s--;
		}
		return s;
	}

	private record Name(String text, int start) {
	}

	/**
	 * Trims the run before a carrier word back to where the name begins: after the last verb, preposition
	 * or punctuation that still leaves a name of three characters or more; {@code null} for generic phrases.
	 */
	private static Name name(String run, String suffix, int runStart, boolean project) {
		List<Integer> cuts = new ArrayList<>();
		cuts.add(0);
		Matcher junk = NAME_START_JUNK.matcher(run);
		while (junk.find()) {
			cuts.add(junk.end());
		}
		if (run.endsWith("等") || run.endsWith("等重点") || run.endsWith("等重大")) {
			// 新能源汽车产业园区等重点项目: a reference to things named before, not a name
			return null;
		}
		for (int i = cuts.size() - 1; i >= 0; i--) {
			int cut = cuts.get(i);
			String head = run.substring(cut);
			while (!head.isEmpty() && "”“）、，\"".indexOf(head.charAt(0)) >= 0) {
				head = head.substring(1);
				cut++;
			}
			if (head.length() >= 2 && !GENERIC.matcher(head).matches() && !head.matches("^\\d.*")
					&& !(project && (head.length() < 4 || GENERIC_HEAD.matcher(head).find()))) {
				return new Name(head + suffix, runStart + cut);
			}
		}
		return null;
	}

	private static String commaClauseAround(String text, int start, int end) {
		int s = start;
		while (s > 0 && "。；;，,".indexOf(text.charAt(s - 1)) < 0) {
			s--;
		}
		int e = end;
		while (e < text.length() && "。；;，,".indexOf(text.charAt(e)) < 0) {
			e++;
		}
		return text.substring(s, e);
	}

	private static String clauseAround(String text, int start, int end) {
		int s = start;
		while (s > 0 && "。；;".indexOf(text.charAt(s - 1)) < 0) {
			s--;
		}
		int e = end;
		while (e < text.length() && "。；;".indexOf(text.charAt(e)) < 0) {
			e++;
		}
		return text.substring(s, e);
	}

}
