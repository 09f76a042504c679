package io.policygraph.ingest.grammar;

import java.util.regex.Pattern;

import io.policygraph.ingest.Role;

/**
 * {@code 市科技局、市财政局共同推进…}, {@code 各区政府配合…}: the subject shares it ({@code partner} verbs of
 * {@code prose-verbs.tsv}; an adverb before the verb, 分别 or 协同, belongs to the verb: {@code modal-words.tsv}).
 */
final class SubjectPartner extends PatternStatement {

	SubjectPartner() {
		super("prose-partner", Pattern.compile("^([^，,。；;：:]{2,80}?)(" + Words.PARTNER_VERBS + ")"), true,
				Words.verbs("partner"), (m, c) -> Subjects.subjectOnly(m.group(1), Role.RESPONSIBLE, m.group(2)));
	}

}
