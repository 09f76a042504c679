package io.policygraph.ingest.grammar;

import java.util.regex.Pattern;

import io.policygraph.ingest.Role;

/** {@code 由市市场监管局负责组织实施}, {@code 其日常工作由区应急管理局承担}: the body after 由 carries it, without a lead. */
final class ByDuty extends PatternStatement {

	ByDuty() {
		super("prose-by-duty", Pattern.compile("由([^，,。；;：:由]{2,80}?)(具体)?(负责(?!同志|人)|承担)"), false, Words.verbs("duty"),
				(m, c) -> Subjects.subjectOnly(m.group(1), Role.RESPONSIBLE, m.group(3)));
	}

}
