package io.policygraph.ingest.grammar;

import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.BodyNames;

/** {@code （市发展改革委、市财政局按职责分工负责）}: a list of bodies closed by a duty phrase. */
final class DutySuffixBracket implements BracketForm {

	private static final Pattern DUTY_TAIL = Pattern.compile("(" + Words.BRACKET_DUTIES + ")\\s*$");

	@Override
	public String name() {
		return "duty-suffix";
	}

	@Override
	public Annotation tryRead(String text, int start, int end, String content) {
		if (!DUTY_TAIL.matcher(content).find()) {
			return null;
		}
		AgencyLists.Parsed parsed = AgencyLists.parse(content);
		if (parsed.surfaces().isEmpty() || !parsed.surfaces().stream().allMatch(BodyNames::isBodyNameLenient)) {
			// a duty phrase after something that is no list of bodies: nothing else reads this bracket either
			return NOT_AN_ANNOTATION;
		}
		return AnnotationContent.read(text, start, end, content, name());
	}

}
