package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.text.Brackets;
import io.policygraph.ingest.text.Chars;

/**
 * Splits a written list of bodies into surface forms: at bracket depth 0 only, on {@code 、，,}; keeps
 * collectives whole ({@code 各区、市政府}, {@code 市政府有关部门、单位}, {@code 代管镇、街道的功能区管理机构}) and
 * reads items that share a part written once as {@link SharedHeads} says;
 * splits {@code A及B} / {@code A和B} when both sides are bodies; strips {@code 等…} tails (an open list) and
 * {@code 按职责分工负责}.
 */
final class AgencyLists {

	/**
	 * A list as written.
	 *
	 * @param surfaces the bodies, in written order, without lead marks
	 * @param openList whether the list ended in 等
	 * @param marked the bodies the list itself marks as lead: {@code 市经信局（牵头）、市发改委}
	 */
	record Parsed(List<String> surfaces, boolean openList, Set<String> marked) {
	}

	/** A town or township named by its own name: 凤城镇, 敖江镇, 十万山瑶族乡. */
	private static final Pattern NAMED_TOWN = Pattern.compile("(?!各|代管|相关|有关|其他|其它)[\\u4e00-\\u9fa5]{2,6}[镇乡]");

	/** Typographic marks before a name (★区发改委): a table's own emphasis, not part of the name. */
	private static final String MARK_CHARS = "★☆●○◆◇■□▲△※";

	/** The class that closes an open list ({@code open-list-heads.txt}): 部门, 单位, 组织和队伍. */
	private static final String OPEN_HEAD = "(" + Lexicon.anyOf("open-list-heads.txt") + ")((和|及)("
			+ Lexicon.anyOf("open-list-heads.txt") + "))?";

	private static final Pattern OPEN_TAIL = Pattern.compile(
			"等([\\d一二三四五六七八九十两]+个)?(有关|相关|其他|其它)?(职能|行业主管|重点经济|业务主管)?(" + OPEN_HEAD + ")?(、单位)?$"
					// 等市级行政执法部门, 等群众性救援组织和队伍
					+ "|等[\\u4e00-\\u9fa5]{1,10}?" + OPEN_HEAD + "$");

	/** A duty phrase trailing a list ({@code duty-phrases.tsv}, use {@code list}): cut before names are read. */
	private static final Pattern DUTY_SUFFIX = Pattern
		.compile("(" + Lexicon.anyOf(Lexicon.entries("duty-phrases.tsv", "uses", "list")) + ")$");

	/** A trailing bracket that describes the body rather than naming it: 评审工作组（由…组成…）. */
	private static final Pattern DESCRIPTION = Pattern.compile(
			"[（(](?=[^）)]*(由|组成|设在|负责|牵头))[^）)]{6,}[）)]$|[（(][^）)]{16,}[）)]$|[（(](以下简称|以下称|简称|下称)[^）)]{1,16}[）)]$");

	/**
	 * No body's name, even with a descriptive bracket after it, runs this long; a longer piece is prose
	 * or garbage and is dropped before any pattern looks at it.
	 */
	static final int MAX_SURFACE = 120;

	/** The last characters of the duty phrases of lists. */
	private static final String DUTY_LAST = Lexicon.words("duty-phrases.tsv", "uses", "list")
		.stream()
		.map(w -> String.valueOf(w.charAt(w.length() - 1)))
		.distinct()
		.reduce("", String::concat);

	/** The levels a name written right after another may start with: not 各, which goes on naming a collective. */
	private static final Pattern RUN_TOGETHER_LEVEL = Pattern.compile(Lexicon.words("level-prefixes.txt")
		.stream()
		.filter(w -> !w.equals("各"))
		.map(Pattern::quote)
		.reduce((a, b) -> a + "|" + b)
		.orElseThrow());

	/** How a branch's name ends ({@code branch-endings.txt}): 市生态环境局市中分局 is one body. */
	private static final List<String> BRANCHES = Lexicon.words("branch-endings.txt");

	/** The first characters of {@link #RUN_TOGETHER_LEVEL}: most positions of a piece start no level. */
	private static final String LEVEL_FIRSTS = Lexicon.words("level-prefixes.txt")
		.stream()
		.filter(w -> !w.equals("各"))
		.map(w -> w.substring(0, 1))
		.distinct()
		.reduce("", String::concat);

	/** The shortest name that may stand first in a run of names: 县财政局, not 县委 of 县委县政府督查室. */
	private static final int MIN_RUN_TOGETHER = 4;

	private static final Pattern SUFFIX_WORD = Pattern.compile("^(单位|部门|机构|单位等)$");

	/** Bare kinds of places ({@code place-kinds.txt}): 镇, 街道, 开发区. */
	private static final Set<String> PLACE_KINDS = Set.copyOf(Lexicon.words("place-kinds.txt"));

	private AgencyLists() {
	}

	static Parsed parse(String list) {
		String s = withoutDuty(trimEnd(list.strip()));
		List<String> tokens = splitTopLevel(s);
		tokens = mergeFragments(tokens);
		boolean open = false;
		List<String> surfaces = new ArrayList<>();
		Set<String> marked = new HashSet<>();
		for (String token : tokens) {
			if (token.length() > MAX_SURFACE) {
				continue;
			}
			String t = withoutMarks(token.strip());
			t = withoutDuty(t);
			Matcher tail = t.indexOf('等') >= 0 ? OPEN_TAIL.matcher(t) : null;
			if (tail != null && tail.find()) {
				open = true;
				t = t.substring(0, tail.start());
			}
			int mark = LeadMark.start(t.strip());
			boolean lead = mark >= 0;
			if (lead) {
				t = t.strip().substring(0, mark);
			}
			if (!t.isEmpty() && Chars.isCloseBracket(t.charAt(t.length() - 1))) {
				t = DESCRIPTION.matcher(t).replaceFirst("");
			}
			if (t.isBlank()) {
				continue;
			}
			List<String> pieces = new ArrayList<>();
			for (String side : splitConjunction(t.strip())) {
				pieces.addAll(splitRunTogether(side));
			}
			List<String> names = new ArrayList<>();
			for (String name : pieces) {
				// 省农业厅等省直有关部门和各市人民政府: the open tail shows once the two sides are apart
				Matcher inner = name.indexOf('等') > 0 ? OPEN_TAIL.matcher(name) : null;
				if (inner != null && inner.find() && inner.start() > 0) {
					open = true;
					name = name.substring(0, inner.start());
				}
				names.add(name);
			}
			surfaces.addAll(names);
			if (lead) {
				marked.addAll(names);
			}
		}
		return new Parsed(surfaces, open, marked);
	}

	private static String withoutMarks(String token) {
		int i = 0;
		while (i < token.length() && MARK_CHARS.indexOf(token.charAt(i)) >= 0) {
			i++;
		}
		return token.substring(i);
	}

	/** The list without the punctuation and spaces that close it. */
	private static String trimEnd(String s) {
		int end = s.length();
		while (end > 0 && ("。.；;，,、".indexOf(s.charAt(end - 1)) >= 0 || Character.isWhitespace(s.charAt(end - 1)))) {
			end--;
		}
		return s.substring(0, end);
	}

	/** The list without a duty phrase closing it; only a list whose last character ends one is matched. */
	private static String withoutDuty(String s) {
		if (s.isEmpty() || DUTY_LAST.indexOf(s.charAt(s.length() - 1)) < 0) {
			return s;
		}
		return DUTY_SUFFIX.matcher(s).replaceFirst("");
	}

	/**
	 * {@return whether every item of the list reads as a body (strictly), or is a named place whose head a body
	 * after it carries ({@code 江阴市、宜兴市政府}), and there is at least one}
	 */
	static boolean allBodies(Parsed parsed) {
		List<String> items = parsed.surfaces();
		if (items.isEmpty()) {
			return false;
		}
		for (int i = 0; i < items.size(); i++) {
			if (!BodyNames.isBodyName(items.get(i)) && !SharedHeads.sharesHeadAfter(items, i)) {
				return false;
			}
		}
		return true;
	}

	static List<String> splitTopLevel(String s) {
		return Brackets.splitTopLevel(s, '、', '，', ',', '/');
	}

	static List<String> splitTopLevel(String s, char... separators) {
		return Brackets.splitTopLevel(s, separators);
	}

	/**
	 * Rejoins pieces a naive split tore out of one name: a bare suffix word ({@code 单位}) goes back to
	 * the name before it; a piece that is no body on its own ({@code 各区}, {@code 代管镇}) goes forward to
	 * the next one.
	 */
	private static List<String> mergeFragments(List<String> tokens) {
		List<String> out = new ArrayList<>();
		String pending = null;
		for (int k = 0; k < tokens.size(); k++) {
			String token = tokens.get(k).strip();
			if (pending != null && namedOfOtherKind(pending, token)) {
				// 古林镇、石碶街道: towns named one after another, then a named place of another kind, stand alone
				out.addAll(headless(pending));
				pending = null;
			}
			if (pending != null) {
				token = pending + "、" + token;
				pending = null;
			}
			if (SUFFIX_WORD.matcher(token).matches() && !out.isEmpty()) {
				out.set(out.size() - 1, out.get(out.size() - 1) + "、" + token);
				continue;
			}
			if (!out.isEmpty() && continuesCollective(out.get(out.size() - 1), token)) {
				out.set(out.size() - 1, out.get(out.size() - 1) + "、" + token);
				continue;
			}
			if (!out.isEmpty() && SharedHeads.ownedByPrevious(out.get(out.size() - 1), token)) {
				out.set(out.size() - 1, out.get(out.size() - 1) + "、" + token);
				continue;
			}
			if (!BodyNames.isBodyNameLenient(stripOpenTail(token)) && isFragment(token)
					&& SharedHeads.waitsForHead(token, k + 1 < tokens.size() ? tokens.get(k + 1) : null)) {
				pending = token;
				continue;
			}
			out.add(token);
		}
		if (pending != null) {
			out.addAll(headless(pending));
		}
		return out;
	}

	/**
	 * {@return the pieces that waited for a head the list never gives} Towns named one after another with no
	 * head after them ({@code 凤城镇、敖江镇}) stand for their governments one by one; other pieces stay one
	 * collective ({@code 各区、市}).
	 */
	private static List<String> headless(String pending) {
		List<String> pieces = Brackets.splitTopLevel(pending, '、');
		return pieces.size() > 1 && pieces.stream().allMatch(p -> NAMED_TOWN.matcher(p.strip()).matches()) ? pieces
				: List.of(pending);
	}

	/**
	 * {@return whether {@code pending} names towns only and {@code token} a place of another kind by its own name}
	 * ({@code place-kinds.txt}: 石碶街道, 望春工业园区 after 古林镇): no head after the town is written once for both,
	 * since a town's head (镇人民政府) is not a subdistrict's; each stands for its own government.
	 */
	private static boolean namedOfOtherKind(String pending, String token) {
		List<String> towns = Brackets.splitTopLevel(pending, '、');
		if (!towns.stream().allMatch(p -> NAMED_TOWN.matcher(p.strip()).matches())) {
			return false;
		}
		String t = token.strip();
		int note = t.isEmpty() || !Chars.isCloseBracket(t.charAt(t.length() - 1)) ? -1 : Brackets.lastGroupStart(t, t.length() + 1);
		// 望春街道(列第一位者为牵头单位): the rule written after the last name is no part of it
		t = note > 0 ? t.substring(0, note).strip() : t;
		for (String kind : PLACE_KINDS) {
			int name = t.length() - kind.length();
			// the name before the kind is one a town could bear (NAMED_TOWN: not 各, 代管, 有关 …)
			if (t.endsWith(kind) && name >= 2 && kind.indexOf('镇') < 0 && kind.indexOf('乡') < 0
					&& NAMED_TOWN.matcher(t.substring(0, name) + "镇").matches()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * {@return whether a bare kind of place goes on naming the places of the collective before it} In
	 * {@code 各开发区、镇(街道)} the 各 covers both kinds; a named place or a body after 、 stands alone.
	 */
	private static boolean continuesCollective(String previous, String token) {
		return previous.startsWith("各") && isPlaceKind(previous.substring(1)) && isPlaceKind(token);
	}

	/** A kind of place, alone or with an alternative kind in brackets after it: 镇, 镇(街道), 乡（镇）. */
	private static boolean isPlaceKind(String s) {
		boolean any = false;
		StringBuilder part = new StringBuilder();
		for (int i = 0; i <= s.length(); i++) {
			char c = i < s.length() ? s.charAt(i) : '(';
			if (Chars.isOpenBracket(c) || Chars.isCloseBracket(c)) {
				if (!part.isEmpty()) {
					if (!PLACE_KINDS.contains(part.toString())) {
						return false;
					}
					any = true;
					part.setLength(0);
				}
			}
			else {
				part.append(c);
			}
		}
		return any;
	}

	/** Short pieces that name a place or a level, waiting for the noun that follows. */
	private static boolean isFragment(String token) {
		return token.length() <= 12 && (token.startsWith("各") || token.startsWith("代管") || token.endsWith("镇")
				|| token.endsWith("区") || token.endsWith("县") || token.endsWith("市") || token.contains("及"))
				// 各区县（市）人民政府和代管镇、街道的功能区管理机构: a body, then the start of a collective
				|| token.length() <= 30 && (token.contains("和") || token.contains("及")) && (token.endsWith("镇") || token.endsWith("乡"));
	}

	private static String stripOpenTail(String token) {
		if (token.indexOf('等') < 0) {
			return token;
		}
		Matcher tail = OPEN_TAIL.matcher(token);
		return tail.find() ? token.substring(0, tail.start()) : token;
	}

	/**
	 * {@return the names a piece holds written one after another} Folding drops the spaces between Chinese words,
	 * so {@code 省教育厅 省体育局} arrives as one piece: it is two bodies when it parts, at a level that starts a
	 * name ({@code level-prefixes.txt}), into names that each end as a body, the first at least four characters
	 * long, so that a joint office ({@code 县委县政府督查室}), a collective ({@code 县政府各部门}) and a branch
	 * ({@code 市生态环境局市中分局}, {@code branch-endings.txt}) stay whole.
	 */
	private static List<String> splitRunTogether(String token) {
		if (token.length() < 2 * MIN_RUN_TOGETHER || BRANCHES.stream().anyMatch(token::endsWith)) {
			return List.of(token);
		}
		List<String> out = new ArrayList<>();
		return partsRunTogether(token, 0, out, new boolean[token.length()]) && out.size() > 1 ? out : List.of(token);
	}

	/** Parts {@code token} from {@code from} on into names; a start that failed once is not tried again. */
	private static boolean partsRunTogether(String token, int from, List<String> out, boolean[] failed) {
		if (failed[from]) {
			return false;
		}
		for (int i = from + MIN_RUN_TOGETHER; i <= token.length() - 2; i++) {
			if (LEVEL_FIRSTS.indexOf(token.charAt(i)) < 0) {
				continue;
			}
			String left = token.substring(from, i);
			if (RUN_TOGETHER_LEVEL.matcher(token).region(i, token.length()).lookingAt() && Brackets.balanced(left)
					&& BodyNames.isBodyName(left)) {
				out.add(left);
				if (partsRunTogether(token, i, out, failed)) {
					return true;
				}
				out.removeLast();
			}
		}
		if (BodyNames.isBodyName(token.substring(from))) {
			out.add(token.substring(from));
			return true;
		}
		failed[from] = true;
		return false;
	}

	/** {@code 各区县政府及代管镇、街道的功能区管理机构} names two collectives. */
	private static List<String> splitConjunction(String token) {
		if (token.indexOf('及') < 0 && token.indexOf('和') < 0 && token.indexOf('与') < 0) {
			return List.of(token);
		}
		int[] depth = Brackets.depths(token);
		for (int i = 1; i < token.length() - 1; i++) {
			char c = token.charAt(i);
			if (depth[i] == 0 && (c == '及' || c == '和' || c == '与')) {
				String left = token.substring(0, i);
				String right = token.substring(i + 1);
				if (c == '及' && left.endsWith("以")) {
					left = left.substring(0, left.length() - 1);
				}
				if ((BodyNames.isBodyNameLenient(left) || SharedHeads.isNamedPlace(left)) && BodyNames.isBodyNameLenient(right)) {
					List<String> out = new ArrayList<>();
					out.add(left);
					out.addAll(splitConjunction(right));
					return out;
				}
			}
		}
		return List.of(token);
	}

}
