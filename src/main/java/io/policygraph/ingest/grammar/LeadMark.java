package io.policygraph.ingest.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.text.Chars;

/**
 * The lead mark written right after a name in a list: {@code 市经信局（牵头）、市发改委}, {@code （主责）},
 * {@code 〔牵头单位〕}, {@code （牵头负责）} (the words: {@code lexicon/lead-marks.txt}). The list splitter ({@link AgencyLists}) asks this form where a mark starts; a body made
 * lead this way carries the form's name.
 */
final class LeadMark {

	static final String NAME = "lead-mark";

	private static final Pattern MARK = Pattern.compile("[（(〔\\[【](" + Lexicon.anyOf("lead-marks.txt") + ")[）)〕\\]】]$");

	private LeadMark() {
	}

	/** {@return where a lead mark closing {@code token} starts, or -1} */
	static int start(String token) {
		if (token.isEmpty() || !Chars.isCloseBracket(token.charAt(token.length() - 1))) {
			return -1;
		}
		Matcher m = MARK.matcher(token);
		return m.find() ? m.start() : -1;
	}

}
