package io.policygraph.ingest.grammar;

import java.util.List;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.text.Chars;

/**
 * {@code （市科委、中关村管委会）} at the end of a clause: a bracket that holds nothing but bodies' names. With no
 * keyword to vouch for it, it must be credible: two bodies at least, or one whose name starts with a level
 * ({@code 市…}, {@code 州…}, {@code 各…}; {@code lexicon/level-prefixes.txt}).
 */
final class BareListBracket implements BracketForm {

	private static final Pattern NOT_A_LIST_START = Pattern
		.compile("^(或|含|即|包括|简称|以下简称|统称|如|其中|下同|不含|详见|见)");

	private static final Pattern LEVEL_PREFIX = Pattern.compile("^(" + Lexicon.anyOf("level-prefixes.txt") + ")");

	@Override
	public String name() {
		return "bare-list";
	}

	@Override
	public Annotation tryRead(String text, int start, int end, String content) {
		if (NOT_A_LIST_START.matcher(content).find() || content.indexOf('。') >= 0 || !atClauseEnd(text, start, end)
				|| start > 0 && Chars.isCloseQuote(text.charAt(start - 1))) {
			// “三馆”(图书馆、文化馆、博物馆): a bracket after a quoted term says what the term holds
			return null;
		}
		AgencyLists.Parsed parsed = AgencyLists.parse(content);
		if (!AgencyLists.allBodies(parsed) && !zonesBesideBodies(parsed)) {
			return null;
		}
		if (aliasInList(text, start, end, parsed)) {
			// 由市府办公室(市金融局)、市公安局…组成: the bracket gives the other name of the body before it, in a list
			return null;
		}
		boolean credible = parsed.surfaces().size() >= 2
				|| parsed.surfaces().stream().allMatch(s -> LEVEL_PREFIX.matcher(s).find());
		return credible ? AnnotationContent.read(text, start, end, content, name()) : null;
	}

	/**
	 * {@return whether the list names bodies and zones that act as bodies ({@code （西安国际港务区、市电子政务办）}): a zone
	 * or a place by its own name counts beside at least one body whose name says it is one}
	 */
	private static boolean zonesBesideBodies(AgencyLists.Parsed parsed) {
		List<String> items = parsed.surfaces();
		return items.size() >= 2 && items.stream().allMatch(BodyNames::isBodyNameLenient)
				&& items.stream().anyMatch(BodyNames::isBodyName);
	}

	/**
	 * {@return whether the bracket holds one body's other name, right after a body's name and before the list's next
	 * item ({@code 市府办公室(市金融局)、})}
	 */
	private static boolean aliasInList(String text, int start, int end, AgencyLists.Parsed parsed) {
		if (parsed.surfaces().size() != 1 || end >= text.length() || text.charAt(end) != '、') {
			return false;
		}
		int from = start;
		while (from > 0 && "、，,。；;：:由（(".indexOf(text.charAt(from - 1)) < 0) {
			from--;
		}
		String before = text.substring(from, start).strip();
		return !before.isEmpty() && BodyNames.isBodyName(before);
	}

	private static boolean atClauseEnd(String text, int start, int end) {
		char before = start > 0 ? text.charAt(start - 1) : '。';
		if (Chars.isSentenceEnd(before) || before == '.' || before == '；' || before == ';') {
			return true;
		}
		int next = end;
		while (next < text.length() && text.charAt(next) == ' ') {
			next++;
		}
		if (next >= text.length()) {
			return true;
		}
		char c = text.charAt(next);
		return Chars.isSentenceEnd(c) || c == '；' || c == ';' || c == '，' || c == ',' || c == '.' || c == '、'
				|| Chars.isOpenBracket(c);
	}

}
