package io.policygraph.ingest.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.policygraph.ingest.text.Brackets;

/**
 * Tells a name of a body (an agency, a government, a collective, an SOE) from other text, by the way such
 * names end ({@code institution-endings.tsv}, {@code zone-endings.txt}) and by the subjects that are never
 * bodies ({@code non-bodies.tsv}). Used to accept unkeyworded lists such as {@code （市科委、中关村管委会）}
 * and prose subjects such as {@code 发改委牵头…}, and to reject place lists, quantities and enterprises.
 */
public final class BodyNames {

	/** Endings of institutional names, each with the words that may not stand right before it. */
	private static final Map<String, List<String>> ENDINGS = endings();

	private static final int LONGEST_ENDING = ENDINGS.keySet().stream().mapToInt(String::length).max().orElse(0);

	/**
	 * A short note closing a name, in round, tortoise-shell or angle brackets: 市政府（筹）, 市委组织部（市委人才办）,
	 * 各地人民政府〔行政公署〕, 各相关处室<单位>.
	 */
	private static final Pattern NOTE = Pattern.compile("(?:[（(][^）)]{1,12}[）)]|〔[^〔〕]{1,12}〕|<[^<>]{1,12}>|〈[^〈〉]{1,12}〉)$");

	/** The brackets that close a {@link #NOTE}. */
	private static final String NOTE_CLOSERS = "）)〕>〉";

	/** How long the part of a name before its ending may be. */
	private static final int MAX_HEAD = 40;

	/** Named zones that act as bodies in responsibility lists (东丽经开区, 华明高新区, 临空经济区). */
	private static final Pattern ZONE_BODY = Pattern
		.compile(".{1,12}(" + Lexicon.anyOf("zone-endings.txt") + ")$");

	/** Words that make a subject a non-body: enterprises in general, people, "we", role references. */
	private static final WordShapes NOT_A_BODY = WordShapes.load("non-bodies.tsv");

	/** A place named by its own name and its level: 黄埔区, 岳麓区, 銀川市, 长沙县. */
	private static final Pattern NAMED_PLACE = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}[区县市州旗盟]");

	/** Pieces of running text or generic places that end like a named place: 向灾区, 贫困地区, 开发区. */
	private static final Pattern NOT_A_PLACE = Pattern
		.compile("[局委办厅部处的在向对把将为等是要到从]|(地|社|片|景|小|山|牧|灾|郊|辖|矿|街|园|库|开发|示范|试验|保护|功能)区$|(县|市)[县市]$");

	/** Words a named place never starts with: they make the piece a collective or a reference. */
	private static final Pattern NOT_A_NAME = Pattern.compile("^(各|代管|全|本|我|该|相关|有关|所在|其他|其它|地级|县级|市级|区级)");

	/** The characters of levels: a piece made of them only names no place (区县市). */
	private static final String LEVELS = "省市县区乡镇州旗盟街";

	/** Collectives of places that name the governments of all of them: 各地, 各区县市. */
	private static final java.util.Set<String> COLLECTIVES = java.util.Set.copyOf(Lexicon.words("collectives.txt"));

	/** No body's name runs longer than this (a longer piece is prose). */
	private static final int MAX_NAME = 45;

	private BodyNames() {
	}

	/** {@return whether {@code name} reads as the name of a body, strictly (for unkeyworded brackets)} */
	public static boolean isBodyName(String name) {
		String n = name.strip();
		if (n.length() < 2 || n.length() > MAX_NAME || NOT_A_BODY.matches(n)) {
			return false;
		}
		if (!Brackets.balanced(n)) {
			// 2024年重点项目清单(单位: a caption cut at its colon
			return false;
		}
		// punctuation inside a bracket belongs to a note: 各市（含定州、辛集市，下同）政府
		if (holdsAny(n, SENTENCE_MARKS) && holdsAny(Brackets.outside(n), SENTENCE_MARKS)) {
			return false;
		}
		return BY_NAME.contains(n) || endsAsInstitution(n);
	}

	/** Bodies named by their name alone ({@code bodies-by-name.txt}): 红十字会, 工会, 妇联. */
	private static final java.util.Set<String> BY_NAME = java.util.Set.copyOf(Lexicon.words("bodies-by-name.txt"));

	/** Marks of running text that no name holds outside its brackets. */
	private static final String SENTENCE_MARKS = "。，：:“\"";

	private static boolean holdsAny(String s, String chars) {
		for (int i = 0; i < s.length(); i++) {
			if (chars.indexOf(s.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * {@return whether the name ends in an institution's ending, before a short note if it has one} Checked
	 * from the end, ending by ending, rather than by a pattern tried at every position of the name.
	 */
	private static boolean endsAsInstitution(String n) {
		if (endsAsInstitution(n, n.length())) {
			return true;
		}
		char last = n.charAt(n.length() - 1);
		if (NOTE_CLOSERS.indexOf(last) >= 0) {
			Matcher note = NOTE.matcher(n);
			return note.find() && endsAsInstitution(n, note.start());
		}
		return false;
	}

	/** The last characters of the endings: a name that ends in none of them ends as no institution. */
	private static final String ENDING_LAST = ENDINGS.keySet()
		.stream()
		.map(e -> e.substring(e.length() - 1))
		.distinct()
		.collect(Collectors.joining());

	private static boolean endsAsInstitution(String n, int end) {
		if (end < 1 || ENDING_LAST.indexOf(n.charAt(end - 1)) < 0) {
			return false;
		}
		for (int len = Math.min(LONGEST_ENDING, end - 1); len >= 1; len--) {
			int start = end - len;
			if (start > MAX_HEAD) {
				break;
			}
			List<String> unless = ENDINGS.get(n.substring(start, end));
			if (unless != null && unless.stream().noneMatch(u -> start >= u.length() && n.startsWith(u, start - u.length()))) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, List<String>> endings() {
		Map<String, List<String>> out = new HashMap<>();
		for (Lexicon.Entry e : Lexicon.entries("institution-endings.tsv")) {
			String unless = e.get(Lexicon.UNLESS_PRECEDED_BY).strip();
			out.put(e.word(), unless.isEmpty() ? List.of() : List.of(unless.split(" +")));
		}
		return Map.copyOf(out);
	}

	/**
	 * {@return the longest start of {@code text} that is a body's name, or {@code text} when none is}
	 * For a list item that runs on into the task: 市交通运输局向灾区派出工作组, 长白山管委会结合实际抓好.
	 */
	public static String trimToBody(String text) {
		String t = text.strip();
		if (t.length() <= 6 || isBodyNameLenient(t)) {
			// 管委会 is short enough to be what the text means
			return t;
		}
		for (int end = Math.min(t.length() - 1, MAX_NAME); end >= 4; end--) {
			String head = t.substring(0, end);
			if (isBodyName(head)) {
				return head;
			}
		}
		return t;
	}

	private static final List<String> POSTS = Lexicon.words("posts.txt");

	/** {@return whether {@code name} names a person by a post ({@code posts.txt}): 吕维峰副省长, 常务副市长} */
	public static boolean isPostHolder(String name) {
		String n = name.strip();
		return n.length() <= 12 && POSTS.stream().anyMatch(n::endsWith);
	}

	/** {@return whether {@code name} is a subject that is certainly no body: enterprises, universities, people} */
	public static boolean isNonBody(String name) {
		return NOT_A_BODY.matches(name.strip());
	}

	/**
	 * {@return whether {@code name} may be a body where the text already says it is one (after 责任单位：)}: a
	 * body's name, a named zone, a place named by its own name standing for its government (岳麓区, 黄埔区), or a
	 * collective of places ({@code collectives.txt}: 各地, 各区县市)
	 */
	public static boolean isBodyNameLenient(String name) {
		String n = name.strip();
		return isBodyName(n) || (ZONE_BODY.matcher(n).matches() && !NOT_A_BODY.matches(n)) || isNamedPlace(n)
				|| COLLECTIVES.contains(n);
	}

	/** {@return whether the piece names a place by its own name and level (黄埔区, 銀川市), not a level or a collective} */
	public static boolean isNamedPlace(String piece) {
		String p = piece.strip();
		if (!NAMED_PLACE.matcher(p).matches() || NOT_A_NAME.matcher(p).find() || NOT_A_PLACE.matcher(p).find()
				|| NOT_A_BODY.matches(p)) {
			return false;
		}
		// 区县市, 县市区: levels only
		return p.chars().anyMatch(c -> LEVELS.indexOf(c) < 0);
	}

}
