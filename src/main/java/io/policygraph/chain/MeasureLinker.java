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

	/** Carriers that name a place one can point at: a park, zone, town or district. */
	private static final String PLACE_CARRIER = "经济区|活力区|产业新城|新城(?!区)|创新港|智造港|内陆港|产业园区|产业园|工业园区|工业园|科技园区|科技园|科创园|创新园|物流园区|物流园|片区|特色小镇|小镇|开发区|经开区|高新区|新区|组团|核心区|产业城|科学城|科技城|大学城|航空城|汽车城|生物城|智造城|合作区|综合保税区|保税区";

	/**
	 * Carriers that are as often a title to be earned (示范区, 基地, 集聚区) as a place: after 打造, 创建, 争创 …
	 * they name an aim, not a park.
	 */
	private static final String TITLE_CARRIER = "产业基地|生产基地|示范基地|(?<!宅)基地|示范区|先导区|先行区|试验区|集聚区|聚集区";

	private static final String CARRIER = PLACE_CARRIER + "|" + TITLE_CARRIER;

	private static final Pattern TITLE = Pattern.compile("^(" + TITLE_CARRIER + ")$");

	/** A body named after its zone (上合示范区管委, 济南中央活力区发展促进中心) is an agency, not a park. */
	private static final String AGENCY_AFTER = "[\\u4e00-\\u9fa5]{0,2}(管委|管理|促进中心|办公室|办事处|工委)";

	private static final Pattern AGENCY_FOLLOWS = Pattern.compile("^" + AGENCY_AFTER);

	/** Characters of a name; a space too, as PDF text puts one around Latin and digits (MC 发动机, 商河 200MW). */
	private static final String NAME_CHAR = "[\\u4e00-\\u9fa5A-Za-z0-9（）()“”\"· ]";

	/** A name ends in a carrier word; the name itself is the run of characters before it. */
	private static final Pattern PARK = Pattern.compile("(" + NAME_CHAR + "{2,24}?)(" + CARRIER + ")(?!" + AGENCY_AFTER + ")");

	private static final String PROJECT_WORD = "项目|工程|转运站|转运中心|处理厂|处置中心|处理中心";

	private static final Pattern PROJECT = Pattern.compile("(" + NAME_CHAR + "{2,30}?)(" + PROJECT_WORD + ")");

	/** The words alone, to jump to where a {@link #PARK} or {@link #PROJECT} match can start. */
	private static final Pattern CARRIER_WORD = Pattern.compile(CARRIER);

	private static final Pattern PROJECT_WORD_ONLY = Pattern.compile(PROJECT_WORD);

	/**
	 * Words a name never starts with: verbs, prepositions, quantities, generic qualifiers. Conjunctions are
	 * not among them: 新能源汽车和数字经济产业园 is one name (see {@link #CONJUNCTION}).
	 */
	private static final Pattern NAME_START_JUNK = Pattern.compile(
			"(以上|以下|达到|力争|比例|一批|促进|集聚发展|把握|跟踪问效|参照|借鉴|利用|充分利用|问效|占地|依托于|申报|认定|建设(?!集团|银行|公司|投资|有限|股份)|打造|推进|支持|推动|围绕|加快|培育|建成投用|建成投产|建成|投用|创建|争创|依托|发挥|用好|谋划|引进|实施|开展|完成|优化|已|借助|录入|关于|参与|探索|抓好|建立|设立|成立|吸引|坚持|确立|结合|做好|认真|鼓励|联合|筹建|建好|拥有|入选|入驻|纳入|抓住|打通|开通|完善|统筹|立足|助推|制定|扩大|包括|肩负|确定|构建|形成|引导|共建|落实|聚焦|对接|融入|带动|首批|首个|首家|唯一|现有|改扩建|新建|改建|扩建|续建|启动|适时|推广|提升|加强|争取|布局|做强|做优|壮大|深化|强化|积极|重点|位于|以|在|至|对(?!外)|(?<![基鉴属关至处终善])于|等|的|向|为|将|把|(?<![自理经缘])由|按|从|到|[一二三四五六七八九十两]+(?:个|家|批|处|座|项|类|大)|个|、|，|。|；|：)");

	/** Verbs a name may end with: 生产线建设项目, 产业园建设项目 are names, 建设 is not where they start. */
	private static final Pattern NAME_VERB = Pattern.compile("建设|改造|提升|推广");

	/** A heading's number before a name: （二）, (3). */
	private static final Pattern NUMBERING = Pattern.compile("\\s*[（(][一二三四五六七八九十\\d]{1,3}[）)]");

	/** Joins two names only where the part before it is a whole name (…核心区和…, …中心与…). */
	private static final Pattern CONJUNCTION = Pattern.compile("以及|和|与|及|或");

	/** How a whole name, park, facility or body ends. */
	private static final Pattern COMPLETE_NAME = Pattern.compile(
			"(" + CARRIER + "|枢纽|中心|平台|工厂|企业|公司|集团|院所|高校|机构|孵化器|载体|实验室|园区|项目|工程|[园站厂场城港区县市局谷村岛湾”])([（(][^）)]*[）)])?$");

	/** What a facility or a thing built is called at its end (listed as a project: …智算中心、…重点实验室等重点项目). */
	private static final Pattern FACILITY_END = Pattern.compile(
			"(" + CARRIER + "|中心|实验室|集群|工程|项目|厂|站|平台|园|基地|港|城|馆|院)$");

	/** A count or 等 before a name makes it a kind: 11 个绿色农业示范区, 2—3家省级工业园区, A、B等产业集群. */
	private static final Pattern QUANTIFIED = Pattern.compile(
			"((\\d+\\s*(个|家|批|处|座|项|类)|[一二三四五六七八九十两几多数]+\\s*(个|家|批|处|座|项|类|大)|一批|若干|各类|各级|各)(省级|市级|县级|国家级|及|以上)*|等)\\s*$");

	/** Counted with a description between: 建设3至5个创新活跃、特色突出的未来产业园区. */
	private static final Pattern COUNTED_KIND = Pattern.compile("(\\d+|[一二三四五六七八九十两几多数])\\s*个[^，,。；;]{0,16}的\\s*$");

	/** A layout slogan: “两核三组团”, 三大组团. */
	private static final Pattern NUMBERED = Pattern.compile("^[一二两三四五六七八九十]+(大|个|核|区|带|轴|心)");

	/** A short quoted slogan before a title carrier names a pilot, not a place: “无废”示范区. */
	private static final Pattern SLOGAN = Pattern.compile("^[“\"][^”\"]{1,6}[”\"]$");

	/** The verb that governs a name, the last one before it in its clause. */
	private static final Pattern GOVERNING = Pattern.compile(
			"建设为|建设成|建成为|打造成|打造|创建|争创|创成|形成|培育|成为|申报|申建|争取|(?<![特别其或就但正即还也总要凡])是|建设|推进|推动|加快|依托|支持|围绕|发展|集聚|实施|布局|规划|建成|完成|位于|构建|以(?![上下及来后前])");

	/** Governing verbs of an aim: 打造…先导区, 创建…示范区, 是…的核心产业示范区. */
	private static final Pattern ASPIRATION = Pattern.compile("建设为|建设成|建成为|打造成|打造|创建|争创|创成|形成|构建|培育|成为|申报|申建|争取|是");

	/** A rank or class before a park word names a class of parks: 省级生态工业园区, 各类产业园区. */
	private static final Pattern RANKED = Pattern.compile("^(省级|市级|区级|县级|国家级|各类|各级|全市|全省|全区|相关|其他)");

	/** Carrier-less names a list gives as parks: 以桑梓智能岛、桑梓店制造园等一批特色园区为载体. */
	private static final Pattern PLACE_END = Pattern.compile("[园岛谷港城湾镇]$");

	private static final Pattern CARRIER_END = Pattern.compile("(" + CARRIER + ")$");

	/** A list closed by 等 and what it lists: 以A、B等专业载体为依托; A、B等重点项目. */
	private static final Pattern LIST_CLOSE = Pattern.compile("等[^，,。；;：:、等对的为在于将把由按从到和与及]{0,8}?(载体|园区|项目)");

	/** A known zone's name ending in a carrier (起步区) stands alone; a bare place alias (西海岸) begins a name. */
	private static final Pattern ZONE_END = Pattern.compile("(区|园|港|城|镇|基地|组团)$");

	/** What follows the last item of a list of projects: 加快A项目、B项目建设. */
	private static final Pattern ITEM_FOLLOWS = Pattern.compile("(建设|开工|投产|竣工|落地)");

	/** A city or district in brackets after a name: 中国航天科技园（济南）. */
	private static final Pattern BRACKETED_PLACE = Pattern.compile("[（(][\\u4e00-\\u9fa5]{2,5}[）)](?=[、，,。；;和及等]|$)");

	/**
	 * How far a project's sentence reaches for its status and year either side: bounds the work on text
	 * without sentence ends (a table flattened into one paragraph).
	 */
	private static final int SENTENCE_SPAN = 300;

	/** How far back a list of names may begin: longer runs without a comma are no list of names. */
	private static final int LIST_SPAN = 160;

	/** A park going into production is a project: 加快…制造基地投产达效. */
	private static final Pattern STARTS_UP = Pattern.compile("^(投产|达产|达效|开工|竣工|投用)");

	private static final Pattern GENERIC = Pattern.compile(
			"^(续建|新开工|开工|储备|谋划|园区型|中试|实训|零部件|数字经济|特色|产业|重点|各类|相关|一批|若干|省级|国家级|市级|区级|绿色|现代|专业|综合|示范|主要|主导|优势|各|本地|新型|大型|高端|重大|龙头|骨干|功能|这些|有关|上述|其他|一个|多个|\\d+个?|[一二三四五六七八九十两]+个?)+$");

	private static final Pattern PROJECT_TAIL = Pattern.compile("([一二三四五]期)?(项目|工程)?([（(][一二三四五]期[）)])?");

	/** A phase alone names the phase of the facility just named: 适时启动二期项目. */
	private static final Pattern PHASE = Pattern.compile("^[一二三四五六七八九十]期$");

	/** Where a name in running text says where the thing is: 莱芜区…, 济南市（长清马山）…, 市厨余…. */
	private static final Pattern PLACE_PREFIX = Pattern.compile(
			"^(市(?![政场级])|[\\u4e00-\\u9fa5]{1,6}?(?<![园社小城地山景片厂矿校辖专滩湖库港省全我本各])(省|市|区|县|镇|乡|街道)(?![村域场级属直镇街内外政民]))");

	/**
	 * What else makes a name in running text a proper name: who builds it (…有限公司…), Latin letters, a phase.
	 * Quotes do not: in running text “…”工程 is mostly a programme (“名企名牌名家”工程).
	 */
	private static final Pattern PROPER = Pattern.compile("公司|集团|[A-Za-z]|[一二三四五六七八九十]期");

	/** A plan's portfolio as it states it: 总投资X亿元的N个重点项目; 续建/新开工/储备项目N个,总投资X亿元. */
	private static final Pattern PORTFOLIO = Pattern.compile(
			"(?:扎实)?推进总投资(?<total>\\d+(?:\\.\\d+)?)\\s*亿元的(?<count>\\d+)个重点项目"
					+ "|(?:计划[^,，。；;]{0,20}?)?(?<status>续建|新开工|[^,，。；;]{0,6}储备)项目(?<count2>\\d+)个[,，]总投资(?<total2>\\d+(?:\\.\\d+)?)\\s*亿元");

	/** Names made only of a qualifier and a field (省级技术创新项目, 智能制造试点示范项目) name a kind, not a thing. */
	private static final Pattern GENERIC_HEAD = Pattern.compile(
			"^(省级|市级|区级|国家级|各类|各级|大型|中小|优质|重点|重大|一批|多个|若干|相关|其他|全市|全省|全区|本区|本市|海外|外资|优先|制约|引进|合作|精准)"
					+ "|(试点示范|技术改造|技术创新|人才|招商|招商引资|合作|产业|重点|重大|科研|示范|数据中心|算力|企业)$");

	private static final Pattern INVESTMENT = Pattern.compile("总?投资(约|超过|达)?(\\d+(?:\\.\\d+)?)亿元");

	private static final Pattern STATUS = Pattern.compile("(建成投用|建成投产|新开工|新建|续建|建成|开工|启动|储备|谋划)");

	private static final Pattern YEAR = Pattern.compile("(?:到|至|于|在)?(20\\d{2})年(?:年底|底|前|以前|上半年|下半年)?");

	/**
	 * A number is read from its first digit only (not from inside 12345 or 1.5), so a long run of digits is scanned
	 * once rather than once per digit.
	 */
	private static final String NUMBER_START = "(?<!\\d)(?<!\\d\\.)";

	/**
	 * Words that put a number right after them as a goal. Longer forms first: the alternation takes the first that
	 * fits, so 达到 must win over 达 and 超过 over 超.
	 */
	private static final String TARGET_VERB = "不超过|达到|超过|突破|不低于|不少于|提高到|提高至|提升至|提升到|增长到|增长至|增加到|增加至|下降到|下降至|降低到|降低至|减少到|减少至|缩短到|缩短至|增长|下降|降低|减少|提高|提升|增加|缩短|降至|增至|控制在|稳定在|保持在|力争|新增|累计|培育|创建|建成|建设|新建|新设|认定|引进|招引|覆盖|完成|打造|形成|实现|达|超";

	/** A target's unit: a measure word or physical unit, optionally scaled by 万, 亿 or 万亿 (万辆, 亿件, 万标箱). */
	private static final String TARGET_UNIT = "%|个百分点|EFLOPS|P|(?:万亿|亿|万)?(?:元|吨/日|吨/年|吨|亩|平方米|立方米|平方公里|公里|千瓦时|千瓦|家|个|项|座|条|处|所|批|台|套|辆|架次|人次|人|件|种|款|部|列|组|标箱|户)";

	private static final Pattern TARGET = Pattern.compile("(" + TARGET_VERB + ")?" + NUMBER_START + "(\\d+(?:\\.\\d+)?)(?:\\s*[—\\-－~～至](\\d+(?:\\.\\d+)?))?\\s*("
			+ TARGET_UNIT + ")(以上|左右|以内|以下)?");

	/**
	 * A verb opening the clause that governs a number further on: 建成规范化物流园区25个, 新设智能快递箱1000组,
	 * 培育打造5家智慧园区、10家智慧立体仓储基地. Matched against the clause before the number.
	 */
	private static final Pattern LEAD_VERB = Pattern.compile(
			// only near the clause's start (主城区建成…): deeper in, the word is a noun (在…城市建设上, 按照企业建设总投入的);
			// nor after 对/按/在, which open a grant's condition or a framing phrase
			"^(?![对按在])[^，,；;。]{0,4}?(建成|建设|新建|新设|新增|培育|打造|创建|认定|招引|引进|提升|累计|完成|实现|选择|争创|达到)");

	/** A year that sets when a target is due; not a base year (较2020年), a status date (截至2017年) nor an edition (2021年版). */
	private static final Pattern TARGET_YEAR = Pattern.compile("(?<![较比至止])(20\\d{2})\\s?年(?![版度])");

	/** A time span counted in 个 (3个月, 5个工作日): a deadline, never a count to reach. */
	private static final Pattern SPAN_FOLLOWS = Pattern.compile("^(月|工作日|小时|季度)");

	/** A count of the plan's own tasks (抓好6项重点工作), not an outcome to reach. */
	private static final Pattern TASKS_FOLLOW = Pattern.compile("^(重点工作|工作|任务|措施|举措|行动)");

	/** A capacity that describes the kind of thing counted (年产10万辆以上…企业3家), not a goal itself. */
	private static final Pattern CAPACITY_LEAD = Pattern.compile("(?<!\\d)(年产|年产能|年产值|年销售额|年营收|年营业收入|年主营业务收入)$");

	/** How far back a governing year (到2027年，…) may stand in the same paragraph. */
	private static final int YEAR_SPAN = 200;

	private static final Pattern AMOUNT = Pattern.compile(
			NUMBER_START + "(\\d+(?:\\.\\d+)?)(亿元|万元|元)(?:\\s*[/／](架次|公斤|千克|吨|平方米|个|台|辆|人|年|次|项|千瓦时|小时))?");

	private static final Pattern GRANT_WORD = Pattern.compile("不超过|最高|最多|上限|给予|奖励|补助|补贴|资助|支持|贴息|奖补|扶持");

	private static final Pattern THRESHOLD_WORD = Pattern.compile("(不低于|不少于|达到|以上|合同额|合同金额|收入|营收|投资额|原值|价格|售价|不高于)[^，,。；;]{0,4}$");

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
	private static final Pattern GRANT_FOLLOWS = Pattern.compile("^(?!以[上下内])(?:的标准)?[^，,。；;]{0,8}?(给予|补贴|补助|奖励|资助|奖补|贴息)");

	/** A per-unit amount led by 每 and its unit: 每吨补贴50元, 按每千瓦时0.1元给予补贴 (not 每家, 每项, 每年: those cap a grant). */
	private static final Pattern PER_UNIT = Pattern.compile("每(吨|公斤|千克|平方米|辆|台|架次|千瓦时|千瓦|人次|人|小时)[^，,。；;\\d]{0,6}$");

	/**
	 * An interest subsidy paid up to the loan prime rate: 给予不超过同期贷款市场报价利率（LPR）的贴息 (older texts: 按同期
	 * 贷款基准利率给予贴息). A share of the rate (按LPR的50%贴息) is a ratio, found by {@link #RATIO}.
	 */
	private static final Pattern RATE_CAP = Pattern.compile("(?:给予|按照?)[^，,。；;]{0,24}?(贷款市场报价利率|LPR|贷款基准利率)(?:\\s*[（(]LPR[）)])?");

	/**
	 * The subsidy a rate cap belongs to, in the same clause: not a loan's own rate (按照不高于LPR的利率发放贷款，给予贴息)
	 * nor a share of the rate (…LPR的50%).
	 */
	private static final Pattern SUBSIDY_FOLLOWS = Pattern.compile("^(?!的?\\s*\\d|的?[一二三四五六七八九十])[^，,。；;]{0,30}?(贴息|补贴|补助)");

	private static final Pattern RATIO_LIST = Pattern.compile("([、和](\\d+(?:\\.\\d+)?)%)+");

	private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");

	/** The grant a ratio is the share of, right after it (…30%的一次性资金扶持, …50%给予奖补). */
	private static final Pattern RATIO_FOLLOWS = Pattern.compile("^[^，,。；;]{0,12}(给予|补助|补贴|奖励|资助|支持|扶持|奖补|贴息|费率|比例)");

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
		List<Links.ParkMention> parks = parks(text);
		return new Links(chains(text), parks, projects(text, parks), portfolios(text), targets(text), funding(text));
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
		List<Links.ParkMention> known = new ArrayList<>();
		for (Dictionary.Hit h : this.parkNames.find(text)) {
			if (!follows(AGENCY_FOLLOWS, text, h.end())) {
				known.add(new Links.ParkMention(h.surface(), h.start(), h.end()));
			}
		}
		List<Links.ParkMention> guesses = new ArrayList<>();
		Matcher m = PARK.matcher(text);
		Matcher carrier = CARRIER_WORD.matcher(text);
		int genericStart = -1;
		int genericEnd = -1;
		for (int from = 0; findNamed(m, carrier, from, 24, text.length()); from = m.end()) {
			Links.ParkMention guess = guessedPark(text, m);
			if (guess != null && guess.start() == genericEnd) {
				// 综合保税区国际物流园: a generic carrier word begins the next name
				guess = new Links.ParkMention(text.substring(genericStart, guess.end()), genericStart, guess.end());
			}
			if (guess != null) {
				guesses.add(guess);
				continue;
			}
			int s = m.start(1) + nameStart(m.group(1), false);
			if (GENERIC.matcher(text.substring(s, m.start(2)).strip()).matches()) {
				genericStart = s;
				genericEnd = m.end();
			}
		}
		List<Links.ParkMention> out = new ArrayList<>();
		for (Links.ParkMention g : guesses) {
			Links.ParkMention k = overlapping(known, g.start(), g.end());
			if (k == null) {
				if (balanced(g.name())) {
					out.add(g);
				}
			}
			else if (k.end() < g.end() && ZONE_END.matcher(k.name()).find()) {
				// 起步区崔寨组团, 起步区（绿色建筑国际产业园）: the zone the reference data knows, then a park in it
				Links.ParkMention rest = parkAfterZone(text, k.end(), g.end());
				if (rest != null) {
					out.add(rest);
				}
			}
			else if (k.start() >= g.start() && k.end() < g.end() || placeBeforeAlias(text, g, k)) {
				// 西海岸汽车生产基地: a bare place alias begins a longer name; 深圳高新区: a short alias ends one
				known.remove(k);
				out.add(g);
			}
		}
		out.addAll(known);
		for (Links.ParkMention listed : listedParks(text)) {
			if (overlapping(out, listed.start(), listed.end()) == null) {
				out.add(listed);
			}
		}
		out.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return out;
	}

	/** 深圳高新区: a city's name before a short alias (高新区) makes another city's zone. */
	private static boolean placeBeforeAlias(String text, Links.ParkMention guess, Links.ParkMention alias) {
		if (alias.start() <= guess.start() || alias.end() != guess.end()) {
			return false;
		}
		String before = text.substring(guess.start(), alias.start());
		return alias.name().length() <= 3 && before.matches("[\\u4e00-\\u9fa5]{2,3}")
				&& !CONJUNCTION.matcher(before).find();
	}

	private static Links.ParkMention guessedPark(String text, Matcher m) {
		String carrier = m.group(2);
		Name name = name(text, m.group(1), m.start(1), false);
		if (name == null) {
			return null;
		}
		String head = text.substring(name.start(), m.start(2)).strip();
		if (head.matches("^\\d.*") || RANKED.matcher(head).find() || NUMBERED.matcher(head).find()
				|| COUNTED_KIND.matcher(text.substring(clauseStart(text, name.start(), 40), name.start())).find()) {
			return null;
		}
		boolean quoted = name.start() > 0 && text.charAt(name.start() - 1) == '“' && text.startsWith("”", m.end());
		if (TITLE.matcher(carrier).matches() && (aspired(text, name.start()) || SLOGAN.matcher(head).matches() || quoted
				|| head.length() <= 2)) {
			// 打造…先导区, “无废”示范区, 推进“千兆城市示范区”建设: a title to earn or a pilot, not a place;
			// 设立总部基地, 建立运营基地: a two-character field names a kind of base
			return null;
		}
		int start = shortListStart(text, name.start(), head);
		int end = m.end();
		Matcher place = BRACKETED_PLACE.matcher(text);
		place.region(end, text.length());
		if (place.lookingAt()) {
			// 中国航天科技园（济南）: the city in brackets is part of the name
			end = place.end();
		}
		// 雷萨…产学研融合基地中心: a centre named after its base is the base's own name
		if (text.startsWith("中心", end) && (end + 2 == text.length() || "、，,。；;等和及".indexOf(text.charAt(end + 2)) >= 0)) {
			end += 2;
		}
		return new Links.ParkMention(text.substring(start, end), start, end);
	}

	/** 孙耿、太平组团: short names sharing one carrier are one name as written. */
	private static int shortListStart(String text, int start, String head) {
		if (head.length() > 3 || start == 0 || text.charAt(start - 1) != '、') {
			return start;
		}
		String piece = pieceBefore(text, start - 1);
		if (piece.length() < 2 || piece.length() > 3 || !piece.matches("[\\u4e00-\\u9fa5]+")
				|| COMPLETE_NAME.matcher(piece).find()) {
			return start;
		}
		return start - 1 - piece.length();
	}

	/**
	 * {@code m.find(from)} for a pattern of a name of 2 to {@code maxName} characters followed by a word that
	 * {@code word} finds, without trying every position: a match starts at most {@code maxName} characters
	 * before the first occurrence of the word, so the search starts there. Measure texts are mostly prose
	 * with a carrier word here and there; trying the lazy name at every character was the linker's main cost.
	 */
	private static boolean findNamed(Matcher m, Matcher word, int from, int maxName, int length) {
		if (from + 2 > length || !word.find(from + 2)) {
			return false;
		}
		return m.find(Math.max(from, word.start() - maxName));
	}

	/** The park named after a zone's name, or {@code null} where what follows is the zone's own title. */
	private static Links.ParkMention parkAfterZone(String text, int from, int end) {
		int start = from;
		while (start < end && "（(“\" ".indexOf(text.charAt(start)) >= 0) {
			start++;
		}
		Matcher m = PARK.matcher(text);
		m.region(start, end);
		if (!m.matches()) {
			return null;
		}
		String head = m.group(1).strip();
		if (TITLE.matcher(m.group(2)).matches() || head.length() < 2 || GENERIC.matcher(head).matches()) {
			// 起步区“无废”示范区: the zone as a pilot, not a second place
			return null;
		}
		return new Links.ParkMention(text.substring(start, end), start, end);
	}

	/** Items of a list the text itself calls parks or carriers (以A、B等一批特色园区为载体), and clusters it calls projects. */
	private static List<Links.ParkMention> listedParks(String text) {
		List<Links.ParkMention> out = new ArrayList<>();
		Matcher c = LIST_CLOSE.matcher(text);
		while (c.find()) {
			boolean projects = c.group(1).equals("项目");
			if (c.group(1).equals("园区") && !text.startsWith("为", c.end())) {
				// 开展国别合作园、创新创业园等园区建设 lists kinds of park; 以…等特色园区为载体 names them
				continue;
			}
			for (int[] item : listItems(text, c.start())) {
				String name = text.substring(item[0], item[1]);
				// names ending in a carrier word are the pattern's to judge; the list vouches for the others
				boolean listed = projects ? name.endsWith("集群") : PLACE_END.matcher(name).find() && name.length() >= 3;
				if (listed && !CARRIER_END.matcher(name).find()) {
					out.add(new Links.ParkMention(name, item[0], item[1]));
				}
			}
		}
		return out;
	}

	/**
	 * The items of a list closed by {@code 等} at {@code at}: from the clause's verb on, split at 、; none where
	 * an item is no name (punctuation inside, a generic word).
	 */
	private static List<int[]> listItems(String text, int at) {
		int s = clauseStart(text, at, LIST_SPAN);
		List<int[]> items = new ArrayList<>();
		int from = s;
		for (int i = s; i <= at; i++) {
			if (i == at || text.charAt(i) == '、') {
				int start = from;
				if (items.isEmpty()) {
					start = from + nameStart(text.substring(from, i), false);
				}
				int end = i;
				while (start < end && "“”\" ".indexOf(text.charAt(start)) >= 0) {
					start++;
				}
				while (end > start && "“”\" ".indexOf(text.charAt(end - 1)) >= 0) {
					end--;
				}
				String item = text.substring(start, end);
				if (item.length() < 2 || !item.matches(NAME_CHAR + "+") || GENERIC.matcher(item).matches()) {
					return List.of();
				}
				items.add(new int[] { start, end });
				from = i + 1;
			}
		}
		return items;
	}

	private static <T> T overlapping(List<T> mentions, int start, int end) {
		for (T t : mentions) {
			int[] span = span(t);
			if (span[0] < end && start < span[1]) {
				return t;
			}
		}
		return null;
	}

	private static int[] span(Object mention) {
		if (mention instanceof Links.ParkMention p) {
			return new int[] { p.start(), p.end() };
		}
		Links.ProjectMention p = (Links.ProjectMention) mention;
		return new int[] { p.start(), p.end() };
	}

	/** Whether the verb governing a name at {@code at} states an aim (打造, 创建 …) rather than a place. */
	private static boolean aspired(String text, int at) {
		Matcher g = GOVERNING.matcher(text.substring(clauseStart(text, at, 80), at));
		String last = null;
		while (g.find()) {
			last = g.group();
		}
		return last != null && ASPIRATION.matcher(last).matches();
	}

	List<Links.ProjectMention> projects(String text) {
		return projects(text, parks(text));
	}

	/** @param parks the parks named in the text, of which those going into production are projects too */
	private List<Links.ProjectMention> projects(String text, List<Links.ParkMention> parks) {
		List<int[]> portfolios = portfolioSpans(text);
		List<Links.ProjectMention> out = listedProjects(text, portfolios);
		Matcher m = PROJECT.matcher(text);
		Matcher word = PROJECT_WORD_ONLY.matcher(text);
		int from = 0;
		while (from < text.length() && findNamed(m, word, from, 30, text.length())) {
			int matchStart = m.start();
			int end = m.end();
			Name found = name(text, m.group(1), m.start(1), true);
			// 处理厂一期工程, 转运中心项目, 焚烧发电项目（二期）: the name runs on
			Matcher tail = PROJECT_TAIL.matcher(text);
			tail.region(end, text.length());
			if (tail.lookingAt()) {
				end = tail.end();
			}
			from = Math.max(end, matchStart + 1);
			if (found == null || insidePortfolio(portfolios, found.start()) || overlapping(out, found.start(), end) != null) {
				continue;
			}
			String head = text.substring(found.start(), m.start(2)).replace(" ", "");
			int start = found.start();
			if (!balanced(head)) {
				continue;
			}
			int itemStart = listedStart(text, start, end);
			if (itemStart >= 0) {
				if (head.length() < 4 || GENERIC.matcher(head).matches()) {
					continue;
				}
				start = itemStart;
			}
			else if (!PHASE.matcher(head).matches() && (head.length() < 4 || head.matches("^\\d.*")
					|| GENERIC_HEAD.matcher(head).find() || !proper(head))) {
				continue;
			}
			out.add(project(text, start, end, matchStart));
		}
		// 加快…制造基地投产达效: a park going into production is a project
		for (Links.ParkMention p : parks) {
			if (follows(STARTS_UP, text, p.end()) && overlapping(out, p.start(), p.end()) == null) {
				out.add(project(text, p.start(), p.end(), p.start()));
			}
		}
		out.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return out;
	}

	/** Whether a name in running text is a proper name: a place and more than a kind (天桥区招商引资项目 is a kind). */
	private boolean proper(String head) {
		Matcher place = PLACE_PREFIX.matcher(head);
		if (place.lookingAt()) {
			String rest = head.substring(place.end());
			return rest.length() >= 2 && !GENERIC_HEAD.matcher(rest).find();
		}
		return PROPER.matcher(head).find() || !this.parkNames.find(head).isEmpty();
	}

	/**
	 * Where a name begins as an item of an enumeration of names (…研发中心、国药手术机器人项目、…), where it
	 * needs no place or owner to count as named; -1 where it is none. It ends where an item ends, and an item
	 * next to it is a name too (培育国家级、省级…示范项目 lists ranks, 开发…航线、推出…项目 clauses).
	 */
	private static int listedStart(String text, int start, int end) {
		char after = end == text.length() ? '。' : text.charAt(end);
		if ("、，,。；;和及".indexOf(after) < 0 && !follows(ITEM_FOLLOWS, text, end)) {
			return -1;
		}
		int s = listStart(text, start);
		char before = s == 0 ? '。' : text.charAt(s - 1);
		if (s < start && "；;：:。".indexOf(before) < 0) {
			// pieces joined into one name begin an item group (after ；), not the middle of a list of kinds
			s = start;
			before = text.charAt(s - 1);
		}
		if ("、；;".indexOf(before) >= 0 && FACILITY_END.matcher(pieceBefore(text, s - 1)).find()) {
			return s;
		}
		if (after == '、') {
			int e = end + 1;
			while (e < text.length() && "、，,。；;：:".indexOf(text.charAt(e)) < 0) {
				e++;
			}
			return FACILITY_END.matcher(text.substring(end + 1, e)).find() ? s : -1;
		}
		return -1;
	}

	/** The list item that ends at the 、 at {@code at}, from its clause's verb on. */
	private static String pieceBefore(String text, int at) {
		int s = at;
		while (s > 0 && "、，,。；;：:".indexOf(text.charAt(s - 1)) < 0) {
			s--;
		}
		String piece = text.substring(s, at);
		return piece.substring(nameStart(piece, false)).strip();
	}

	private static boolean balanced(String s) {
		return s.chars().filter(c -> c == '“').count() == s.chars().filter(c -> c == '”').count()
				&& s.chars().filter(c -> c == '（' || c == '(').count() == s.chars().filter(c -> c == '）' || c == ')').count();
	}

	/**
	 * Where a listed name begins: back over 、 while the piece before is no whole name
	 * (劲牛生物血清、培养基和微生物菌剂生产研发项目 is one item).
	 */
	private static int listStart(String text, int start) {
		while (start > 0 && text.charAt(start - 1) == '、') {
			int s = start - 1;
			while (s > 0 && "、，,。；;：:".indexOf(text.charAt(s - 1)) < 0) {
				s--;
			}
			String piece = text.substring(s, start - 1);
			if (piece.length() < 2 || piece.length() > 12 || !piece.matches("[\\u4e00-\\u9fa5A-Za-z0-9]+")
					|| COMPLETE_NAME.matcher(piece).find() || NAME_START_JUNK.matcher(piece).find()) {
				break;
			}
			start = s;
		}
		return start;
	}

	/**
	 * Projects a list names: each item where the items are facilities (A智算中心、B智算中心等算力项目), the whole
	 * list where they are partners (科大讯飞、商汤科技、中科信控等重点合作项目).
	 */
	private List<Links.ProjectMention> listedProjects(String text, List<int[]> portfolios) {
		List<Links.ProjectMention> out = new ArrayList<>();
		Matcher c = LIST_CLOSE.matcher(text);
		while (c.find()) {
			if (!c.group(1).equals("项目") || insidePortfolio(portfolios, c.start())) {
				continue;
			}
			List<int[]> items = listItems(text, c.start());
			if (items.isEmpty()) {
				continue;
			}
			long facilities = items.stream().filter(i -> FACILITY_END.matcher(text.substring(i[0], i[1])).find()).count();
			if (facilities == items.size()) {
				items.forEach(i -> out.add(project(text, i[0], i[1], i[0])));
			}
			else if (facilities == 0 && items.size() >= 2 && c.group().contains("合作")
					&& items.stream().noneMatch(i -> isChainTerm(text.substring(i[0], i[1])))) {
				// partners name the projects together; fields (新能源、生物医药等项目), products (医疗影像设备、
				// 可穿戴设备等优质项目) only a kind of project
				out.add(project(text, items.get(0)[0], c.end(), c.start()));
			}
		}
		return out;
	}

	private boolean isChainTerm(String s) {
		List<Dictionary.Hit> hits = this.chainTerms.find(s);
		return !hits.isEmpty() && hits.get(0).start() == 0 && hits.get(0).end() == s.length();
	}

	private static Links.ProjectMention project(String text, int start, int end, int matchStart) {
		String clause = clauseAround(text, matchStart, end);
		Matcher inv = INVESTMENT.matcher(commaClauseAround(text, matchStart, end));
		Double investment = inv.find() ? Double.valueOf(inv.group(2)) : null;
		Matcher st = STATUS.matcher(clause);
		String status = st.find() ? st.group(1) : null;
		Matcher y = YEAR.matcher(clause);
		Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
		return new Links.ProjectMention(text.substring(start, end), start, end, investment, status, year);
	}

	/** Where the text states portfolios; found once per text, as a text may hold many project words. */
	private static List<int[]> portfolioSpans(String text) {
		List<int[]> spans = new ArrayList<>();
		Matcher p = PORTFOLIO.matcher(text);
		while (p.find()) {
			spans.add(new int[] { p.start() - 4, p.end() });
		}
		return spans;
	}

	private static boolean insidePortfolio(List<int[]> portfolios, int at) {
		return portfolios.stream().anyMatch(s -> at >= s[0] && at < s[1]);
	}

	/** Whether {@code pattern} matches the text at {@code at}, without copying the rest of the text. */
	private static boolean follows(Pattern pattern, String text, int at) {
		Matcher m = pattern.matcher(text);
		m.region(at, text.length());
		return m.lookingAt();
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
		int listEnd = -1;
		while (m.find()) {
			String before = text.substring(Math.max(0, m.start() - 40), m.start());
			String lead = before.substring(leadStart(before));
			String unit = m.group(4);
			boolean money = unit.endsWith("元");
			if (lead.endsWith("第") || lead.matches(".*(不高于|含水率|厚度|毫米)$") || isStandard(text, m.end())
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
			String comparator = switch (qualifier) {
				case "以上" -> ">=";
				case "左右" -> "~";
				case "以内", "以下" -> "<=";
				default -> m.group(3) != null ? ">=" : switch (verb) {
					case "超过", "突破", "超" -> ">";
					case "不低于", "不少于", "力争" -> ">=";
					case "控制在", "不超过" -> "<=";
					default -> "=";
				};
			};
			String metric = lead.replaceAll("^(到|至)?20\\d{2}年(年底|底|前)?", "").replaceAll("^[，,]", "").strip();
			if (metric.isEmpty()) {
				// 建设300个先进级智能工厂: what is counted follows the number
				metric = objectAfter(text, m.end());
			}
			out.add(new Links.TargetMention(metric, Double.parseDouble(m.group(2)), unit, comparator, year,
					text.substring(Math.max(0, m.start() - Math.min(lead.length(), 20)), m.end()), m.start(), m.end()));
			listEnd = m.end();
		}
		return out;
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

	List<Links.FundingMention> funding(String text) {
		List<Links.FundingMention> out = new ArrayList<>();
		Matcher m = AMOUNT.matcher(text);
		int listEnd = -1;
		while (m.find()) {
			String before = text.substring(clauseStart(text, m.start(), 16), m.start());
			boolean continuesList = m.start() - listEnd <= 1 && listEnd >= 0 && "、和及".indexOf(text.charAt(m.start() - 1)) >= 0;
			if (!continuesList && !paidAtRate(text, m, before) && (!GRANT_WORD.matcher(before).find()
					|| THRESHOLD_WORD.matcher(before).find() || MONEY_TARGET_CONTEXT.matcher(before).find())) {
				continue;
			}
			Matcher perUnit = PER_UNIT.matcher(before);
			String unit = m.group(3) != null ? m.group(3) : perUnit.find() ? perUnit.group(1) : null;
			double amount = Double.parseDouble(m.group(1));
			long factor = switch (m.group(2)) {
				case "亿元" -> 100_000_000L;
				case "万元" -> 10_000L;
				default -> 1L;
			};
			int from = Math.max(clauseStart(text, m.start(), 16), m.start() - 12);
			String surface = text.substring(from, m.end());
			if (unit != null) {
				out.add(new Links.FundingMention(null, m.group(1) + m.group(2) + "/" + unit, surface, m.start(), m.end()));
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
		Matcher c = RATE_CAP.matcher(text);
		while (c.find()) {
			if (follows(SUBSIDY_FOLLOWS, text, c.end())) {
				String basis = c.group(1).equals("贷款基准利率") ? "基准利率" : "LPR";
				out.add(new Links.FundingMention(null, basis, c.group(), c.start(), c.end()));
			}
		}
		out.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return out;
	}

	/**
	 * A per-unit rate with its grant after it: 按照400元/架次给予补贴, 按每千瓦时0.1元给予补贴; not a price condition
	 * (不高于30元/公斤的加氢站, 每吨售价不高于3000元的给予补贴).
	 */
	private static boolean paidAtRate(String text, Matcher amount, String before) {
		boolean rate = amount.group(3) != null ? RATE_LEAD.matcher(before).find() : PER_UNIT.matcher(before).find();
		return rate && !THRESHOLD_WORD.matcher(before).find() && follows(GRANT_FOLLOWS, text, amount.end());
	}

	private static int clauseStart(String text, int at, int max) {
		int s = at;
		while (s > 0 && at - s < max && "，,。；;：:".indexOf(text.charAt(s - 1)) < 0) {
			s--;
		}
		return s;
	}

	private record Name(int start) {
	}

	/**
	 * Trims the run before a carrier or project word back to where the name begins: after the last verb,
	 * preposition or punctuation, and after a conjunction that closes a whole name; {@code null} for generic
	 * phrases and for kinds (counted, or closing a list with 等).
	 */
	private static Name name(String text, String run, int runStart, boolean project) {
		if (run.endsWith("等") || run.endsWith("等重点") || run.endsWith("等重大")) {
			// 新能源汽车产业园区等重点项目: a reference to things named before, not a name
			return null;
		}
		int cut = nameStart(run, project);
		Matcher conj = CONJUNCTION.matcher(run);
		int from = cut;
		while (conj.find(from)) {
			String before = run.substring(cut, conj.start()).strip();
			// a verb (探索与…) or a whole name (…核心区和…) before it: the name begins after it
			if (before.length() <= 2 || COMPLETE_NAME.matcher(before).find()) {
				cut = conj.end();
			}
			from = conj.end();
		}
		Matcher numbering = NUMBERING.matcher(run);
		numbering.region(cut, run.length());
		if (numbering.lookingAt()) {
			// （二）临空经济核心区: the heading's number is no part of the name
			cut = numbering.end();
		}
		String head = run.substring(cut);
		while (!head.isEmpty() && ("”）、，\" ".indexOf(head.charAt(0)) >= 0
				|| head.charAt(0) == '“' && head.indexOf('”') < 0)) {
			head = head.substring(1);
			cut++;
		}
		int start = runStart + cut;
		if (head.strip().length() < 2 || GENERIC.matcher(head.strip()).matches()
				|| QUANTIFIED.matcher(text.substring(Math.max(0, start - 8), start)).find()) {
			return null;
		}
		return new Name(start);
	}

	/** Where a name begins in a run: after its last verb, preposition or punctuation. */
	private static int nameStart(String run, boolean project) {
		Matcher junk = NAME_START_JUNK.matcher(run);
		int start = 0;
		while (junk.find()) {
			// 生产线建设项目: a verb right before the suffix is part of the name
			if (project && junk.end() == run.length() && NAME_VERB.matcher(junk.group()).matches()) {
				break;
			}
			start = junk.end();
			if (junk.end() - junk.start() == 1 && run.length() - start == 1) {
				// 向阳片区: a one-character preposition that leaves a one-character name is part of it
				start = junk.start();
			}
		}
		return start;
	}

	private static String commaClauseAround(String text, int start, int end) {
		int s = start;
		while (s > 0 && start - s < SENTENCE_SPAN && "。；;，,".indexOf(text.charAt(s - 1)) < 0) {
			s--;
		}
		int e = end;
		while (e < text.length() && e - end < SENTENCE_SPAN && "。；;，,".indexOf(text.charAt(e)) < 0) {
			e++;
		}
		return text.substring(s, e);
	}

	private static String clauseAround(String text, int start, int end) {
		int s = start;
		while (s > 0 && start - s < SENTENCE_SPAN && "。；;".indexOf(text.charAt(s - 1)) < 0) {
			s--;
		}
		int e = end;
		while (e < text.length() && e - end < SENTENCE_SPAN && "。；;".indexOf(text.charAt(e)) < 0) {
			e++;
		}
		return text.substring(s, e);
	}

}
