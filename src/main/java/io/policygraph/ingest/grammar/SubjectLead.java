package io.policygraph.ingest.grammar;

import java.util.regex.Pattern;

/** {@code 市交通运输局牵头会同市公安局…}, {@code 市科技局和市财政局共同牵头…}: the subject leads. */
final class SubjectLead extends PatternStatement {

	SubjectLead() {
		super("prose-lead",
				Pattern.compile("^([^，,。；;：:]{2,80}?)(共同)?(?:" + Words.LEAD_VERBS + ")(?!单位|部门|主业)([^，,。；;]{0,120})"),
				true, Words.verbs("lead"), (m, c) -> Subjects.leadWith(m.group(1), Subjects.objectsAfterLead(m.group(3)), "牵头"));
	}

}
