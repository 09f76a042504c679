package io.policygraph.ingest.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.Role;

/**
 * {@code 完善消费基础设施，市交通运输局负责}: the bodies in the clause's last part, after the task. Tried last, after
 * the forms that read from the clause's start or its other commas.
 */
final class TrailingDuty implements StatementForm {

	private static final Pattern TRAILING = Pattern
		.compile("[，,]([^，,。；;：:]{2,80}?)(具体|分别|共同)?(负责|牵头负责|牵头)$");

	@Override
	public String name() {
		return "prose-trailing-duty";
	}

	@Override
	public Reading tryRead(String clause) {
		if (!clause.endsWith("负责") && !clause.endsWith("牵头")) {
			return null;
		}
		Matcher m = TRAILING.matcher(clause);
		if (!m.find()) {
			return null;
		}
		return Subjects.subjectOnly(m.group(1), m.group(3).startsWith("牵头") ? Role.LEAD : Role.RESPONSIBLE, m.group(3));
	}

}
