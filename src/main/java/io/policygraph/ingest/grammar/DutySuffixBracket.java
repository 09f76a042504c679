package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.Mention;
import io.policygraph.ingest.Role;

import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.text.Brackets;

/**
 * {@code （市发展改革委、市财政局按职责分工负责）}: one list of bodies closed by a duty phrase, and perhaps a
 * positional rule after it ({@code （A、B等负责，列第一位的为牵头部门，下同）}). A bracket of several clauses
 * ({@code （X牵头，Y按职责分工负责）}) is prose, for {@link ProseBracket}.
 */
final class DutySuffixBracket implements BracketForm {

	private static final Pattern DUTY_TAIL = Pattern.compile("(" + Words.BRACKET_DUTIES + ")\\s*$");

	@Override
	public String name() {
		return "duty-suffix";
	}

	@Override
	public Annotation tryRead(String text, int start, int end, String content) {
		// （A、B按职责分工负责，列第一位的为牵头单位）: a positional rule may close the list
		int ruleAt = Rules.trailingPositional(content);
		String list = ruleAt < 0 ? content : content.substring(0, ruleAt);
		String rule = ruleAt < 0 ? "" : content.substring(ruleAt + 1);
		if (Brackets.splitTopLevel(list, '，', ',', '；', ';').size() > 1) {
			return null;
		}
		Matcher duty = DUTY_TAIL.matcher(list);
		if (!duty.find()) {
			return null;
		}
		AgencyLists.Parsed parsed = AgencyLists.parse(list);
		if (parsed.surfaces().isEmpty() || !parsed.surfaces().stream().allMatch(BodyNames::isBodyNameLenient)) {
			// a duty phrase after something that is no list of bodies: nothing else reads this bracket either
			return NOT_AN_ANNOTATION;
		}
		List<Mention> mentions = new ArrayList<>(Reading.of(parsed, Role.RESPONSIBLE, duty.group(1), 0).mentions());
		boolean onward = !rule.isEmpty() && Rules.onward(rule);
		if (!rule.isEmpty() && !onward) {
			AnnotationContent.firstLeads(mentions);
		}
		Reading reading = new Reading(mentions, parsed.openList()).stamped(name());
		return new Annotation(start, end, text.substring(start, end), reading, Rules.Default.NONE, onward, name());
	}

}
