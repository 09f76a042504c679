package io.policygraph.ingest.grammar;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.text.WordTrie;

/**
 * A statement form that is one pattern and what its groups mean: the reading is made from the match, then
 * the partners the rest of the clause names are added ({@code ，市财政局配合}).
 */
abstract class PatternStatement implements StatementForm {

	private final String name;

	private final Pattern pattern;

	private final boolean anchored;

	private final BiFunction<Matcher, String, Reading> reading;

	private final WordTrie needs;

	/**
	 * @param name the form's name
	 * @param pattern the pattern
	 * @param anchored whether it must match at the clause's start (else anywhere)
	 * @param needs words one of which every match holds (its verbs): a clause holding none is not tried, since
	 *        a pattern that opens with a lazy subject is tried at every length of it
	 * @param reading the reading of a match, or {@code null} when its groups name no body
	 */
	PatternStatement(String name, Pattern pattern, boolean anchored, List<String> needs,
			BiFunction<Matcher, String, Reading> reading) {
		this.name = name;
		this.pattern = pattern;
		this.anchored = anchored;
		this.needs = new WordTrie(needs);
		this.reading = reading;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Reading tryRead(String clause) {
		if (!this.needs.foundIn(clause)) {
			return null;
		}
		Matcher m = this.pattern.matcher(clause);
		if (!(this.anchored ? m.lookingAt() : m.find())) {
			return null;
		}
		Reading r = this.reading.apply(m, clause);
		return r == null ? null : Subjects.withPartners(r, clause, m.end());
	}

}
