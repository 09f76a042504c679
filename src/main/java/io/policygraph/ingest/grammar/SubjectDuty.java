package io.policygraph.ingest.grammar;

import java.util.regex.Pattern;

import io.policygraph.ingest.Role;

/**
 * {@code 市市场监管部门负责食品安全监管}, {@code 县应急管理局、县公安局按职责分工做好…}: the subject carries it, without a
 * lead ({@code duty} verbs of {@code prose-verbs.tsv}). Adverbial phrases between the subject and its verb
 * ({@code 市相关部门分别按照各自职责和业务范围,在市应急委的领导下,具体负责…}) are set aside before the forms are tried
 * ({@link Adverbials}).
 */
final class SubjectDuty extends PatternStatement {

	SubjectDuty() {
		super("prose-duty", Pattern.compile("^([^，,。；;：:]{2,80}?)(具体)?(" + Words.DUTY_VERBS + ")(?!同志|人)"), true, Words.verbs("duty"),
				// 市直有关部门要按照职责分工…: without 负责, a collective addressed as everyone is exhorted, as in prose-must
				(m, c) -> !m.group(3).equals("负责") && SubjectMust.EVERYONE.matches(m.group(1)) ? null
						: Subjects.subjectOnly(m.group(1), Role.RESPONSIBLE, m.group(3)));
	}

}
