package io.policygraph.support;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.Lexicon;

/**
 * Named projects and facilities: a name ending in a project word that has a place or owner
 * (江北区生活垃圾转运站, 中铁建设集团有限公司总部项目) or stands in an enumeration of names; the facilities
 * of a list closed by 等…项目; a park going into production. Runs after {@link ParkFinder} and
 * {@link PortfolioFinder}: a project word inside a stated portfolio names no project.
 */
final class ProjectFinder implements Finder {

	private static final String PROJECT_WORD = Lexicon.anyOf("support/project-words.txt");

	private static final Pattern PROJECT = Pattern.compile("(" + Names.NAME_CHAR + "{2,30}?)(" + PROJECT_WORD + ")");

	/** The words alone, to jump to where a {@link #PROJECT} match can start. */
	private static final Pattern PROJECT_WORD_ONLY = Pattern.compile(PROJECT_WORD);

	/** What follows the last item of a list of projects: 加快A项目、B项目建设. */
	private static final Pattern ITEM_FOLLOWS = Pattern
		.compile("(" + Lexicon.anyOf(Lexicon.entries("support/project-progress.tsv", "role", "after-item")) + ")");

	/** A park going into production is a project: 加快…制造基地投产达效. */
	private static final Pattern STARTS_UP = Pattern
		.compile("^(" + Lexicon.anyOf(Lexicon.entries("support/project-progress.tsv", "role", "starts-up")) + ")");

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

	/** Names made only of a qualifier and a field (省级技术创新项目, 智能制造试点示范项目) name a kind, not a thing. */
	private static final Pattern GENERIC_HEAD = Pattern
		.compile("^(" + Lexicon.anyOf(Lexicon.entries("support/kind-heads.tsv", "position", "start")) + ")|("
				+ Lexicon.anyOf(Lexicon.entries("support/kind-heads.tsv", "position", "end")) + ")$");

	private static final Pattern INVESTMENT = Pattern.compile("总?投资(约|超过|达)?(\\d+(?:\\.\\d+)?)亿元");

	private static final Pattern STATUS = Pattern.compile("(" + Lexicon.anyOf("support/project-statuses.txt") + ")");

	private static final Pattern YEAR = Pattern.compile("(?:到|至|于|在)?(20\\d{2})年(?:年底|底|前|以前|上半年|下半年)?");

	private final TermTrie knownParks;

	private final Predicate<String> chainTerm;

	/**
	 * @param knownParks the zones and parks the reference data knows: a name holding one is a proper name
	 * @param chainTerm whether a string is wholly a chain's or segment's name (a list of fields names no projects)
	 */
	ProjectFinder(TermTrie knownParks, Predicate<String> chainTerm) {
		this.knownParks = knownParks;
		this.chainTerm = chainTerm;
	}

	@Override
	public void find(String text, Found found) {
		List<Links.PortfolioMention> portfolios = found.portfolios;
		List<Links.ProjectMention> out = found.projects;
		listedProjects(text, portfolios, out);
		Matcher m = PROJECT.matcher(text);
		Matcher word = PROJECT_WORD_ONLY.matcher(text);
		int from = 0;
		while (from < text.length() && Names.findNamed(m, word, from, 30, text.length())) {
			int matchStart = m.start();
			int end = m.end();
			Names.Name name = Names.name(text, m.group(1), m.start(1), true);
			// 处理厂一期工程, 转运中心项目, 焚烧发电项目（二期）: the name runs on
			Matcher tail = PROJECT_TAIL.matcher(text);
			tail.region(end, text.length());
			if (tail.lookingAt()) {
				end = tail.end();
			}
			from = Math.max(end, matchStart + 1);
			if (name == null || insidePortfolio(portfolios, name.start()) || overlapping(out, name.start(), end) != null) {
				continue;
			}
			String head = text.substring(name.start(), m.start(2)).replace(" ", "");
			int start = name.start();
			if (!Names.balanced(head)) {
				continue;
			}
			int itemStart = listedStart(text, start, end);
			if (itemStart >= 0) {
				if (head.length() < 4 || Names.GENERIC.matcher(head).matches()) {
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
		for (Links.ParkMention p : found.parks) {
			if (Clauses.follows(STARTS_UP, text, p.end()) && overlapping(out, p.start(), p.end()) == null) {
				out.add(project(text, p.start(), p.end(), p.start()));
			}
		}
		out.sort((a, b) -> Integer.compare(a.start(), b.start()));
	}

	/** Whether a name in running text is a proper name: a place and more than a kind (天桥区招商引资项目 is a kind). */
	private boolean proper(String head) {
		Matcher place = PLACE_PREFIX.matcher(head);
		if (place.lookingAt()) {
			String rest = head.substring(place.end());
			return rest.length() >= 2 && !GENERIC_HEAD.matcher(rest).find();
		}
		return PROPER.matcher(head).find() || !this.knownParks.find(head).isEmpty();
	}

	/**
	 * Projects a list names: each item where the items are facilities (A智算中心、B智算中心等算力项目), the whole
	 * list where they are partners (科大讯飞、商汤科技、中科信控等重点合作项目).
	 */
	private void listedProjects(String text, List<Links.PortfolioMention> portfolios, List<Links.ProjectMention> out) {
		Matcher c = Names.LIST_CLOSE.matcher(text);
		while (c.find()) {
			if (!c.group(1).equals("项目") || insidePortfolio(portfolios, c.start())) {
				continue;
			}
			List<int[]> items = Names.listItems(text, c.start());
			if (items.isEmpty()) {
				continue;
			}
			long facilities = items.stream().filter(i -> Names.FACILITY_END.matcher(text.substring(i[0], i[1])).find()).count();
			if (facilities == items.size()) {
				items.forEach(i -> out.add(project(text, i[0], i[1], i[0])));
			}
			else if (facilities == 0 && items.size() >= 2 && c.group().contains("合作")
					&& items.stream().noneMatch(i -> this.chainTerm.test(text.substring(i[0], i[1])))) {
				// partners name the projects together; fields (新能源、生物医药等项目), products (医疗影像设备、
				// 可穿戴设备等优质项目) only a kind of project
				out.add(project(text, items.get(0)[0], c.end(), c.start()));
			}
		}
	}

	/**
	 * Where a name begins as an item of an enumeration of names (…研发中心、国药手术机器人项目、…), where it
	 * needs no place or owner to count as named; -1 where it is none. It ends where an item ends, and an item
	 * next to it is a name too (培育国家级、省级…示范项目 lists ranks, 开发…航线、推出…项目 clauses).
	 */
	private static int listedStart(String text, int start, int end) {
		char after = end == text.length() ? '。' : text.charAt(end);
		if ("、，,。；;和及".indexOf(after) < 0 && !Clauses.follows(ITEM_FOLLOWS, text, end)) {
			return -1;
		}
		int s = Names.listStart(text, start);
		char before = s == 0 ? '。' : text.charAt(s - 1);
		if (s < start && "；;：:。".indexOf(before) < 0) {
			// pieces joined into one name begin an item group (after ；), not the middle of a list of kinds
			s = start;
			before = text.charAt(s - 1);
		}
		if ("、；;".indexOf(before) >= 0 && Names.FACILITY_END.matcher(Names.pieceBefore(text, s - 1)).find()) {
			return s;
		}
		if (after == '、') {
			int e = end + 1;
			while (e < text.length() && "、，,。；;：:".indexOf(text.charAt(e)) < 0) {
				e++;
			}
			return Names.FACILITY_END.matcher(text.substring(end + 1, e)).find() ? s : -1;
		}
		return -1;
	}

	private static Links.ProjectMention project(String text, int start, int end, int matchStart) {
		String clause = Clauses.clauseAround(text, matchStart, end);
		Matcher inv = INVESTMENT.matcher(Clauses.commaClauseAround(text, matchStart, end));
		Double investment = inv.find() ? Double.valueOf(inv.group(2)) : null;
		Matcher st = STATUS.matcher(clause);
		String status = st.find() ? st.group(1) : null;
		Matcher y = YEAR.matcher(clause);
		Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
		return new Links.ProjectMention(text.substring(start, end), start, end, investment, status, year);
	}

	/** Whether {@code at} falls in a stated portfolio, or in the four characters before one (扎实推进…). */
	private static boolean insidePortfolio(List<Links.PortfolioMention> portfolios, int at) {
		return portfolios.stream().anyMatch(p -> at >= p.start() - 4 && at < p.end());
	}

	private static Links.ProjectMention overlapping(List<Links.ProjectMention> mentions, int start, int end) {
		for (Links.ProjectMention p : mentions) {
			if (p.start() < end && start < p.end()) {
				return p;
			}
		}
		return null;
	}

}
