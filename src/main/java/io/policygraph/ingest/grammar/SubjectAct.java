package io.policygraph.ingest.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.Role;
import io.policygraph.ingest.lexicon.Lexicon;

/**
 * {@code 省商务厅组织实施灾区生活必需品的市场供应}, {@code 驻区武警支队应参与维护社会治安}: a named body, then a verb
 * of the task itself ({@code lexicon/act-verbs.tsv}), with no word of responsibility. The duty lists of
 * emergency plans are written so. As for {@link SubjectMust}, a collective written as everyone
 * ({@code 各级人民政府要加强…}) is an exhortation and gives nothing.
 */
final class SubjectAct implements StatementForm {

	/** The verbs, as {@link Statements} looks for them before trying any form. */
	static final String VERBS = Lexicon.anyOf("act-verbs.tsv");

	private static final Pattern SHAPE = Pattern
		.compile("^([^，,。；;：:]{2,40}?)(?:应当|应)?(?:积极)?(" + VERBS + ")");

	/**
	 * What may not end the subject: an exhorting modal ({@code X、Y要做好…} is {@link SubjectMust}'s, which reads
	 * one body only), or a list mark ({@code 总揽全局、协调各方}: the verb is one of a list of verbs).
	 */
	private static final Pattern NOT_BEFORE_VERB = Pattern.compile("(要|将|须|需|、)$");

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
		Matcher m = SHAPE.matcher(clause);
		if (!m.lookingAt() || SubjectMust.EVERYONE.matcher(m.group(1)).find()
				|| NOT_BEFORE_VERB.matcher(m.group(1)).find()) {
			return null;
		}
		Reading r = Subjects.subjectOnly(m.group(1), Role.RESPONSIBLE, m.group(2));
		return r == null ? null : Subjects.withPartners(r, clause, m.end());
	}

}
