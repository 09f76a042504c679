package io.policygraph.ingest.grammar;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.Role;

import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.text.Brackets;

/**
 * {@code （市发展改革委、市财政局按职责分工负责）}: one list of bodies closed by a duty phrase. A bracket of several
 * clauses ({@code （X牵头，Y按职责分工负责）}) is prose, for {@link ProseBracket}.
 */
final class DutySuffixBracket implements BracketForm {

	private static final Pattern DUTY_TAIL = Pattern.compile("(" + Words.BRACKET_DUTIES + ")\\s*$");

	@Override
	public String name() {
		return "duty-suffix";
	}

	@Override
	public Annotation tryRead(String text, int start, int end, String content) {
		Matcher duty = DUTY_TAIL.matcher(content);
		if (!duty.find() || Brackets.splitTopLevel(content, '，', ',', '；', ';').size() > 1) {
			return null;
		}
		AgencyLists.Parsed parsed = AgencyLists.parse(content);
		if (parsed.surfaces().isEmpty() || !parsed.surfaces().stream().allMatch(BodyNames::isBodyNameLenient)) {
			// a duty phrase after something that is no list of bodies: nothing else reads this bracket either
			return NOT_AN_ANNOTATION;
		}
		Reading reading = Reading.of(parsed, Role.RESPONSIBLE, duty.group(1), 0);
		return new Annotation(start, end, text.substring(start, end), reading.stamped(name()), List.of(), false, name());
	}

}
