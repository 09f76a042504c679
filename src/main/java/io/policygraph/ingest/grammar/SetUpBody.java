package io.policygraph.ingest.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.Role;
import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.text.WordTrie;

/**
 * {@code 县政府设立防汛指挥部(以下简称“县防指”),负责领导…}, {@code 可依法成立由…任指挥长的市药品安全事件应急处置指挥部,负责…}:
 * a body is set up ({@code lexicon/set-up-verbs.txt}) and given its duty in the next part of the clause. The body
 * set up carries the duty; the government that sets it up does not.
 */
final class SetUpBody implements StatementForm {

	private static final WordTrie VERBS = new WordTrie(Lexicon.words("set-up-verbs.txt"));

	private static final Pattern DUTY = Pattern.compile("^\\s*(" + Words.DUTY_VERBS + ")");

	/** The short name the text gives the body: {@code (以下简称“县防指”)}. */
	private static final Pattern SHORT_NAME = Pattern
		.compile("\\s*[（(](以下简称|以下称|简称|下称)[^）)]{1,20}[）)]\\s*$");

	@Override
	public String name() {
		return "prose-set-up";
	}

	@Override
	public Reading tryRead(String clause) {
		int comma = firstComma(clause);
		if (comma < 0) {
			return null;
		}
		int verb = -1;
		String word = null;
		for (int i = 0; i < comma && word == null; i++) {
			if (VERBS.starts(clause.charAt(i))) {
				word = VERBS.longestAt(clause, i, VERBS.longest());
				verb = i;
			}
		}
		Matcher duty = word == null ? null : DUTY.matcher(clause.substring(comma + 1));
		if (duty == null || !duty.lookingAt()) {
			return null;
		}
		String name = SHORT_NAME.matcher(clause.substring(verb + word.length(), comma)).replaceFirst("").strip();
		// 成立由分管副市长任指挥长…的市药品安全事件应急处置指挥部: the name follows the last 的
		name = name.substring(name.lastIndexOf('的') + 1);
		if (!BodyNames.isBodyName(name)) {
			return null;
		}
		Reading r = Subjects.subjectOnly(name, Role.RESPONSIBLE, duty.group(1));
		return r == null ? null : Subjects.withPartners(r, clause, comma + 1 + duty.end());
	}

	private static int firstComma(String clause) {
		for (int i = 0; i < clause.length(); i++) {
			if (clause.charAt(i) == '，' || clause.charAt(i) == ',') {
				return i;
			}
		}
		return -1;
	}

}
