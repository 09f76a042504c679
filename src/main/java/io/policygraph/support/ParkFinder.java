package io.policygraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.Lexicon;

/**
 * Parks, zones, bases and clusters: the zones the reference data knows (起步区, 东丽经开区), names ending in a
 * carrier word (京东数字经济产业园), and the carrier-less items of a list the text calls parks
 * (以桑梓智能岛、桑梓店制造园等一批特色园区为载体).
 */
final class ParkFinder implements Finder {

	private static final Pattern TITLE = Pattern.compile("^(" + Carriers.TITLE + ")$");

	/** A body named after its zone (上合示范区管委, 济南中央活力区发展促进中心) is an agency, not a park. */
	private static final String AGENCY_AFTER = "[\\u4e00-\\u9fa5]{0,2}(" + Lexicon.anyOf("support/agency-endings.txt") + ")";

	private static final Pattern AGENCY_FOLLOWS = Pattern.compile("^" + AGENCY_AFTER);

	/** A name ends in a carrier word; the name itself is the run of characters before it. */
	static final Pattern PARK = Pattern
		.compile("(" + Names.NAME_CHAR + "{2,24}?)(" + Carriers.ANY + ")(?!" + AGENCY_AFTER + ")");

	/** The words alone, to jump to where a {@link #PARK} match can start. */
	private static final Pattern CARRIER_WORD = Pattern.compile(Carriers.ANY);

	/** Counted with a description between: 建设3至5个创新活跃、特色突出的未来产业园区. */
	private static final Pattern COUNTED_KIND = Pattern.compile("(\\d+|[一二三四五六七八九十两几多数])\\s*个[^，,。；;]{0,16}的\\s*$");

	/** A layout slogan: “两核三组团”, 三大组团. */
	private static final Pattern NUMBERED = Pattern.compile("^[一二两三四五六七八九十]+(大|个|核|区|带|轴|心)");

	/** A short quoted slogan before a title carrier names a pilot, not a place: “无废”示范区. */
	private static final Pattern SLOGAN = Pattern.compile("^[“\"][^”\"]{1,6}[”\"]$");

	/** The verb that governs a name, the last one before it in its clause. */
	private static final Pattern GOVERNING = Pattern.compile(Lexicon.anyOf("support/governing-verbs.tsv"));

	/** Governing verbs of an aim: 打造…先导区, 创建…示范区, 是…的核心产业示范区. */
	private static final Pattern ASPIRATION = Pattern
		.compile(Lexicon.anyOf(Lexicon.entries("support/governing-verbs.tsv", "aim", "yes")));

	/** A rank or class before a park word names a class of parks: 省级生态工业园区, 各类产业园区. */
	private static final Pattern RANKED = Pattern.compile("^(" + Lexicon.anyOf("support/park-classes.txt") + ")");

	/** Carrier-less names a list gives as parks: 以桑梓智能岛、桑梓店制造园等一批特色园区为载体. */
	private static final Pattern PLACE_END = Pattern.compile("(" + Lexicon.anyOf("support/place-ends.txt") + ")$");

	private static final Pattern CARRIER_END = Pattern.compile("(" + Carriers.ANY + ")$");

	/** A known zone's name ending in a carrier (起步区) stands alone; a bare place alias (西海岸) begins a name. */
	private static final Pattern ZONE_END = Pattern.compile("(" + Lexicon.anyOf("support/zone-ends.txt") + ")$");

	/** A city or district in brackets after a name: 中国航天科技园（济南）. */
	private static final Pattern BRACKETED_PLACE = Pattern.compile("[（(][\\u4e00-\\u9fa5]{2,5}[）)](?=[、，,。；;和及等]|$)");

	private final TermTrie known;

	/** @param known names and aliases of the zones and parks the reference data knows */
	ParkFinder(TermTrie known) {
		this.known = known;
	}

	@Override
	public void find(String text, Found found) {
		List<Links.ParkMention> known = new ArrayList<>();
		for (TermTrie.Hit h : this.known.find(text)) {
			if (!Clauses.follows(AGENCY_FOLLOWS, text, h.end())) {
				known.add(new Links.ParkMention(h.surface(), h.start(), h.end()));
			}
		}
		List<Links.ParkMention> guesses = new ArrayList<>();
		Matcher m = PARK.matcher(text);
		Matcher carrier = CARRIER_WORD.matcher(text);
		int genericStart = -1;
		int genericEnd = -1;
		for (int from = 0; Names.findNamed(m, carrier, from, 24, text.length()); from = m.end()) {
			Links.ParkMention guess = guessedPark(text, m);
			if (guess != null && guess.start() == genericEnd) {
				// 综合保税区国际物流园: a generic carrier word begins the next name
				guess = new Links.ParkMention(text.substring(genericStart, guess.end()), genericStart, guess.end());
			}
			if (guess != null) {
				guesses.add(guess);
				continue;
			}
			int s = m.start(1) + Names.nameStart(m.group(1), false);
			if (Names.GENERIC.matcher(text.substring(s, m.start(2)).strip()).matches()) {
				genericStart = s;
				genericEnd = m.end();
			}
		}
		List<Links.ParkMention> out = found.parks;
		for (Links.ParkMention g : guesses) {
			Links.ParkMention k = overlapping(known, g.start(), g.end());
			if (k == null) {
				if (Names.balanced(g.name())) {
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
	}

	static Links.ParkMention overlapping(List<Links.ParkMention> mentions, int start, int end) {
		for (Links.ParkMention p : mentions) {
			if (p.start() < end && start < p.end()) {
				return p;
			}
		}
		return null;
	}

	/** 深圳高新区: a city's name before a short alias (高新区) makes another city's zone. */
	private static boolean placeBeforeAlias(String text, Links.ParkMention guess, Links.ParkMention alias) {
		if (alias.start() <= guess.start() || alias.end() != guess.end()) {
			return false;
		}
		String before = text.substring(guess.start(), alias.start());
		return alias.name().length() <= 3 && before.matches("[\\u4e00-\\u9fa5]{2,3}")
				&& !Names.CONJUNCTION.matcher(before).find();
	}

	private static Links.ParkMention guessedPark(String text, Matcher m) {
		String carrier = m.group(2);
		Names.Name name = Names.name(text, m.group(1), m.start(1), false);
		if (name == null) {
			return null;
		}
		String head = text.substring(name.start(), m.start(2)).strip();
		if (head.matches("^\\d.*") || RANKED.matcher(head).find() || NUMBERED.matcher(head).find()
				|| COUNTED_KIND.matcher(text.substring(Clauses.clauseStart(text, name.start(), 40), name.start())).find()) {
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
		String piece = Names.pieceBefore(text, start - 1);
		if (piece.length() < 2 || piece.length() > 3 || !piece.matches("[\\u4e00-\\u9fa5]+")
				|| Names.COMPLETE_NAME.matcher(piece).find()) {
			return start;
		}
		return start - 1 - piece.length();
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
		if (TITLE.matcher(m.group(2)).matches() || head.length() < 2 || Names.GENERIC.matcher(head).matches()) {
			// 起步区“无废”示范区: the zone as a pilot, not a second place
			return null;
		}
		return new Links.ParkMention(text.substring(start, end), start, end);
	}

	/** Items of a list the text itself calls parks or carriers (以A、B等一批特色园区为载体), and clusters it calls projects. */
	private static List<Links.ParkMention> listedParks(String text) {
		List<Links.ParkMention> out = new ArrayList<>();
		Matcher c = Names.LIST_CLOSE.matcher(text);
		while (c.find()) {
			boolean projects = c.group(1).equals("项目");
			if (c.group(1).equals("园区") && !text.startsWith("为", c.end())) {
				// 开展国别合作园、创新创业园等园区建设 lists kinds of park; 以…等特色园区为载体 names them
				continue;
			}
			for (int[] item : Names.listItems(text, c.start())) {
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

	/** Whether the verb governing a name at {@code at} states an aim (打造, 创建 …) rather than a place. */
	private static boolean aspired(String text, int at) {
		Matcher g = GOVERNING.matcher(text.substring(Clauses.clauseStart(text, at, 80), at));
		String last = null;
		while (g.find()) {
			last = g.group();
		}
		return last != null && ASPIRATION.matcher(last).matches();
	}

}
