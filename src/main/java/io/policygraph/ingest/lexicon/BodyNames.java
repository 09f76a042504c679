package io.policygraph.ingest.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.policygraph.ingest.text.Brackets;

/**
 * Tells a name of a body (an agency, a government, a collective, an SOE) from other text, by the way such
 * names end ({@code institution-endings.tsv}, {@code zone-endings.txt}) and by the subjects that are never
 * bodies ({@code non-bodies.tsv}). Used to accept unkeyworded lists such as {@code （市科委、中关村管委会）}
 * and prose subjects such as {@code 发改委牵头…}, and to reject place lists, quantities and enterprises.
 */
public final class BodyNames {

	/** Endings of institutional names, each with the characters that may not stand right before it. */
	private static final Pattern INSTITUTION = Pattern
		.compile(".{1,40}?(" + Lexicon.anyOf("institution-endings.tsv") + ")([（(][^）)]{1,12}[）)])?$");

	/** Named zones that act as bodies in responsibility lists (东丽经开区, 华明高新区, 临空经济区). */
	private static final Pattern ZONE_BODY = Pattern
		.compile(".{1,12}(" + Lexicon.anyOf("zone-endings.txt") + ")$");

	/** Words that make a subject a non-body: enterprises in general, people, "we", role references. */
	private static final Pattern NOT_A_BODY = Pattern.compile("^(" + nonBodies() + ")$");

	/** No body's name runs longer than this (a longer piece is prose). */
	private static final int MAX_NAME = 45;

	private BodyNames() {
	}

	/** {@return whether {@code name} reads as the name of a body, strictly (for unkeyworded brackets)} */
	public static boolean isBodyName(String name) {
		String n = name.strip();
		if (n.length() < 2 || n.length() > MAX_NAME || NOT_A_BODY.matcher(n).matches()) {
			return false;
		}
		if (!Brackets.balanced(n)) {
			// 2024年重点项目清单(单位: a caption cut at its colon
			return false;
		}
		// punctuation inside a bracket belongs to a note: 各市（含定州、辛集市，下同）政府
		String outside = Brackets.outside(n);
		if (outside.chars().anyMatch(c -> c == '。' || c == '，' || c == '：' || c == ':' || c == '“' || c == '"')) {
			return false;
		}
		return INSTITUTION.matcher(n).matches();
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

	/** {@return whether {@code name} is a subject that is certainly no body: enterprises, universities, people} */
	public static boolean isNonBody(String name) {
		return NOT_A_BODY.matcher(name.strip()).matches();
	}

	/** {@return whether {@code name} may be a body where the text already says it is one (after 责任单位：)} */
	public static boolean isBodyNameLenient(String name) {
		return isBodyName(name)
				|| (ZONE_BODY.matcher(name.strip()).matches() && !NOT_A_BODY.matcher(name.strip()).matches());
	}

	/** Whole names, or {@code *X} (ends with), {@code X*} (starts with), {@code *X*} (holds). */
	private static String nonBodies() {
		List<String> out = new ArrayList<>();
		for (String word : Lexicon.words("non-bodies.tsv")) {
			boolean any = word.startsWith("*");
			boolean tail = word.endsWith("*") && word.length() > 1;
			String core = word.substring(any ? 1 : 0, word.length() - (tail ? 1 : 0));
			out.add((any ? ".*" : "") + Pattern.quote(core) + (tail ? ".*" : ""));
		}
		return String.join("|", out);
	}

}
