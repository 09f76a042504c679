package io.policygraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.Lexicon;

/**
 * How the name of a park, facility or project is cut out of running text: where it begins after the verb that
 * governs it, when it is a kind rather than a name, and the items of a list of names. Shared by
 * {@link ParkFinder} and {@link ProjectFinder}.
 */
final class Names {

	/** Characters of a name; a space too, as PDF text puts one around Latin and digits (MC 发动机, 商河 200MW). */
	static final String NAME_CHAR = "[\\u4e00-\\u9fa5A-Za-z0-9（）()“”\"· ]";

	/**
	 * Where a name cannot start: after its words (name-stops.tsv), a count (三个, 两大) or punctuation.
	 * Conjunctions are not among them: 新能源汽车和数字经济产业园 is one name (see {@link #CONJUNCTION}).
	 */
	private static final Pattern NAME_START_JUNK = Pattern.compile("(" + Lexicon.anyOf("support/name-stops.tsv")
			+ "|[一二三四五六七八九十两]+(?:" + Lexicon.anyOf("support/counters.txt") + "|大)|个|、|，|。|；|：)");

	/** Verbs a name may end with: 生产线建设项目, 产业园建设项目 are names, 建设 is not where they start. */
	private static final Pattern NAME_VERB = Pattern.compile(Lexicon.anyOf("support/name-verbs.txt"));

	/** A heading's number before a name: （二）, (3). */
	private static final Pattern NUMBERING = Pattern.compile("\\s*[（(][一二三四五六七八九十\\d]{1,3}[）)]");

	/** Joins two names only where the part before it is a whole name (…核心区和…, …中心与…). */
	static final Pattern CONJUNCTION = Pattern.compile("以及|和|与|及|或");

	/** How a whole name, park, facility or body ends. */
	static final Pattern COMPLETE_NAME = Pattern
		.compile("(" + Carriers.ANY + "|" + Lexicon.anyOf("support/name-ends.txt") + ")([（(][^）)]*[）)])?$");

	/** What a facility or a thing built is called at its end (listed as a project: …智算中心、…重点实验室等重点项目). */
	static final Pattern FACILITY_END = Pattern.compile("(" + Carriers.ANY + "|" + Lexicon.anyOf("support/facility-ends.txt") + ")$");

	/** A count or 等 before a name makes it a kind: 11 个绿色农业示范区, 2—3家省级工业园区, A、B等产业集群. */
	private static final Pattern QUANTIFIED;

	static {
		String counter = Lexicon.anyOf("support/counters.txt");
		QUANTIFIED = Pattern.compile("((\\d+\\s*(" + counter + ")|[一二三四五六七八九十两几多数]+\\s*(" + counter + "|大)|"
				+ Lexicon.anyOf(Lexicon.entries("support/quantifiers.tsv", "role", "count")) + ")("
				+ Lexicon.anyOf(Lexicon.entries("support/quantifiers.tsv", "role", "rank")) + "|及|以上)*|等)\\s*$");
	}

	/** A name made only of generic words and counts names a kind: 重点项目, 省级产业园, 两个示范基地. */
	static final Pattern GENERIC = Pattern
		.compile("^(" + Lexicon.anyOf("support/generic-words.txt") + "|\\d+个?|[一二三四五六七八九十两]+个?)+$");

	/** A list closed by 等 and what it lists: 以A、B等专业载体为依托; A、B等重点项目. */
	static final Pattern LIST_CLOSE = Pattern.compile("等[^，,。；;：:、等对的为在于将把由按从到和与及]{0,8}?(载体|园区|项目)");

	/** How far back a list of names may begin: longer runs without a comma are no list of names. */
	private static final int LIST_SPAN = 160;

	private Names() {
	}

	/** Where a name begins in the text. */
	record Name(int start) {
	}

	/**
	 * Trims the run before a carrier or project word back to where the name begins: after the last verb,
	 * preposition or punctuation, and after a conjunction that closes a whole name; {@code null} for generic
	 * phrases and for kinds (counted, or closing a list with 等).
	 */
	static Name name(String text, String run, int runStart, boolean project) {
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
	static int nameStart(String run, boolean project) {
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

	/**
	 * {@code m.find(from)} for a pattern of a name of 2 to {@code maxName} characters followed by a word that
	 * {@code word} finds, without trying every position: a match starts at most {@code maxName} characters
	 * before the first occurrence of the word, so the search starts there. Measure texts are mostly prose
	 * with a carrier word here and there; trying the lazy name at every character was the linker's main cost.
	 */
	static boolean findNamed(Matcher m, Matcher word, int from, int maxName, int length) {
		if (from + 2 > length || !word.find(from + 2)) {
			return false;
		}
		return m.find(Math.max(from, word.start() - maxName));
	}

	static boolean balanced(String s) {
		return s.chars().filter(c -> c == '“').count() == s.chars().filter(c -> c == '”').count()
				&& s.chars().filter(c -> c == '（' || c == '(').count() == s.chars().filter(c -> c == '）' || c == ')').count();
	}

	/** The list item that ends at the 、 at {@code at}, from its clause's verb on. */
	static String pieceBefore(String text, int at) {
		int s = at;
		while (s > 0 && "、，,。；;：:".indexOf(text.charAt(s - 1)) < 0) {
			s--;
		}
		String piece = text.substring(s, at);
		return piece.substring(nameStart(piece, false)).strip();
	}

	/**
	 * Where a listed name begins: back over 、 while the piece before is no whole name
	 * (劲牛生物血清、培养基和微生物菌剂生产研发项目 is one item).
	 */
	static int listStart(String text, int start) {
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
	 * The items of a list closed by {@code 等} at {@code at}: from the clause's verb on, split at 、; none where
	 * an item is no name (punctuation inside, a generic word).
	 */
	static List<int[]> listItems(String text, int at) {
		int s = Clauses.clauseStart(text, at, LIST_SPAN);
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

}
