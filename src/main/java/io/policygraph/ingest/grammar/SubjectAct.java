package io.policygraph.ingest.grammar;

import java.util.regex.Pattern;

import io.policygraph.ingest.Role;
import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.text.GuardedPattern;

/**
 * {@code 省商务厅组织实施灾区生活必需品的市场供应}, {@code 驻区武警支队应参与维护社会治安}: a named body, then a verb
 * of the task itself ({@code lexicon/act-verbs.tsv}), with no word of responsibility. The duty lists of
 * emergency plans are written so. As for {@link SubjectMust}, a collective written as everyone
 * ({@code 各级人民政府要加强…}) is an exhortation and gives nothing.
 */
final class SubjectAct implements StatementForm {

	/** The verbs, found without trying a pattern at every position; {@link Statements} asks for one first. */
	static final GuardedPattern VERB = new GuardedPattern(Pattern.compile(Lexicon.anyOf("act-verbs.tsv")),
			Lexicon.firstChars("act-verbs.tsv"));

	/** The longest subject read before the verb. */
	private static final int SUBJECT = 40;

	/**
	 * What ends a subject without being its name ({@code modal-words.tsv}, use {@code act}): 应, 应当, 积极
	 * (驻区武警支队应参与, X应积极参加).
	 */
	private static final Pattern BEFORE_VERB = Pattern
		.compile("(" + Lexicon.anyOf(Lexicon.entries("modal-words.tsv", "uses", "act")) + ")*$");

	/**
	 * What may not end the subject: a modal of use {@code exhort} ({@code X、Y要做好…} is {@link SubjectMust}'s),
	 * or a list mark ({@code 总揽全局、协调各方}: the verb is one of a list of verbs).
	 */
	private static final Pattern NOT_BEFORE_VERB = Pattern
		.compile("(" + Lexicon.anyOf(Lexicon.entries("modal-words.tsv", "uses", "exhort")) + "|、)$");

	@Override
	public String name() {
		return "prose-act";
	}

	@Override
	public boolean needsVerb() {
		return false;
	}

	@Override
	public Reading tryRead(String clause) {
		GuardedPattern.Scan v = VERB.scan(clause);
		int at = -1;
		while (v.find() && v.start() <= SUBJECT + 4) {
			if (v.start() >= 2) {
				at = v.start();
				break;
			}
		}
		if (at < 0) {
			return null;
		}
		String subject = clause.substring(0, at);
		for (int i = 0; i < subject.length(); i++) {
			if ("，,。；;：:".indexOf(subject.charAt(i)) >= 0) {
				return null;
			}
		}
		subject = BEFORE_VERB.matcher(subject).replaceFirst("");
		if (subject.length() < 2 || subject.length() > SUBJECT || SubjectMust.EVERYONE.matches(subject)
				|| NOT_BEFORE_VERB.matcher(subject).find()) {
			return null;
		}
		Reading r = Subjects.subjectOnly(subject, Role.RESPONSIBLE, v.group(0));
		return r == null ? null : Subjects.withPartners(r, clause, v.end());
	}

}
