package io.policygraph.ingest.grammar;

import java.util.regex.Pattern;

import io.policygraph.ingest.Role;

/** {@code 市市场监管部门负责食品安全监管}: the subject carries it, without a lead. */
final class SubjectDuty extends PatternStatement {

	SubjectDuty() {
		super("prose-duty", Pattern.compile("^([^，,。；;：:]{2,80}?)(具体)?负责(?!同志|人)"), true, Words.verbs("duty"),
				(m, c) -> Subjects.subjectOnly(m.group(1), Role.RESPONSIBLE, "负责"));
	}

}
