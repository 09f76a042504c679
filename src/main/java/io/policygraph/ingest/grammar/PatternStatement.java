package io.policygraph.ingest.grammar;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement form that is one pattern and what its groups mean: the reading is made from the match, then
 * the partners the rest of the clause names are added ({@code ，市财政局配合}).
 */
abstract class PatternStatement implements StatementForm {

	private final String name;

	private final Pattern pattern;

	private final boolean anchored;

	private final BiFunction<Matcher, String, Reading> reading;

	/**
	 * @param name the form's name
	 * @param pattern the pattern
	 * @param anchored whether it must match at the clause's start (else anywhere)
	 * @param reading the reading of a match, or {@code null} when its groups name no body
	 */
	PatternStatement(String name, Pattern pattern, boolean anchored, BiFunction<Matcher, String, Reading> reading) {
		this.name = name;
		this.pattern = pattern;
		this.anchored = anchored;
		this.reading = reading;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Reading tryRead(String clause) {
		Matcher m = this.pattern.matcher(clause);
		if (!(this.anchored ? m.lookingAt() : m.find())) {
			return null;
		}
		Reading r = this.reading.apply(m, clause);
		return r == null ? null : Subjects.withPartners(r, clause, m.end());
	}

}
