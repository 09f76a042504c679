package io.policygraph.ingest.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.Role;
import io.policygraph.ingest.lexicon.Lexicon;

/**
 * {@code 市市场监管部门负责食品安全监管}, {@code 县应急管理局、县公安局按职责分工做好…}: the subject carries it, without a
 * lead ({@code duty} verbs of {@code prose-verbs.tsv}). Adverbials of manner or authority may stand between the subject
 * and its verb, parted by commas or not ({@code 市相关部门分别按照各自职责和业务范围,在市应急委的领导下,具体负责…};
 * their openers in {@code lexicon/manner-openers.txt}).
 */
final class SubjectDuty extends PatternStatement {

	private static final String MANNER = Lexicon.anyOf("manner-openers.txt");

	/** One adverbial after a comma: {@code ,在市应急委的领导下}, {@code ,按照职责分工}. */
	private static final String MANNER_PART = "[，,](?:(?!在)(?:" + MANNER + ")[^，,。；;：:]{1,30}?|在[^，,。；;：:]{1,30}?下)";

	/** The adverbial that ends the subject's run: {@code 分别按照各自职责和业务范围}, {@code 在…的领导下}. */
	private static final Pattern MANNER_TAIL = Pattern
		.compile("(?:(?!在)(?:" + MANNER + ")[^，,。；;：:]{1,30}|在[^，,。；;：:]{1,30}下)$");

	SubjectDuty() {
		super("prose-duty", Pattern.compile("^([^，,。；;：:]{2,80}?)((?:" + MANNER_PART + ")*)([，,])?(具体)?("
				+ Words.DUTY_VERBS + ")(?!同志|人)"), true, Words.verbs("duty"),
				// 市直有关部门要按照职责分工…: without 负责, a collective addressed as everyone is exhorted, as in prose-must
				(m, c) -> !m.group(5).equals("负责") && SubjectMust.EVERYONE.matches(m.group(1)) ? null
						: subject(m.group(1), m.group(2), m.group(3) != null, m.group(5)));
	}

	/**
	 * {@return the bodies of the subject: the whole of it, or the bodies before the adverbial it ends with; a comma
	 * before the verb only after an adverbial ({@code 市民政局，负责…} is no statement of this form)}
	 */
	private static Reading subject(String subject, String adverbials, boolean comma, String verb) {
		Reading r = Subjects.subjectOnly(subject, Role.RESPONSIBLE, verb);
		if (r != null) {
			return !comma || !adverbials.isEmpty() ? r : null;
		}
		Matcher tail = MANNER_TAIL.matcher(subject);
		for (int i = 2; i < subject.length(); i++) {
			if (tail.region(i, subject.length()).lookingAt()) {
				Reading before = Subjects.subjectOnly(subject.substring(0, i), Role.RESPONSIBLE, verb);
				if (before != null) {
					return before;
				}
			}
		}
		return null;
	}

}
