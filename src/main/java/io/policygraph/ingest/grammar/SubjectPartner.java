package io.policygraph.ingest.grammar;

import java.util.List;
import java.util.regex.Pattern;

import io.policygraph.ingest.Role;

/** {@code 市科技局、市财政局共同推进…}, {@code 各区政府配合…}: the subject shares it. */
final class SubjectPartner extends PatternStatement {

	SubjectPartner() {
		super("prose-partner",
				Pattern.compile("^([^，,。；;：:]{2,80}?)(分别|共同|协同)?(配合|协助|(?<=共同|协同)推进|(?<=共同|协同)实施)"), true,
				List.of("配合", "协助", "推进", "实施"),
				(m, c) -> Subjects.subjectOnly(m.group(1), Role.RESPONSIBLE, m.group(3)));
	}

}
