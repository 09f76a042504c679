package io.policygraph.ingest.grammar;

import java.util.regex.Pattern;

/** {@code 由市商务局牵头，会同市财政局…}: the body after 由 leads, partners after 会同 / 组织 share. */
final class ByLead extends PatternStatement {

	ByLead() {
		super("prose-by-lead",
				Pattern.compile("由([^，,。；;：:由]{2,80}?)(共同)?(?:" + Words.LEAD_VERBS
						+ ")(?!单位|部门)[，,]?(?:(" + Words.WITH_VERBS + "|组织|协调)([^，,。；;]{2,120}))?"),
				false, Words.verbs("lead"), (m, c) -> Subjects.leadWith(m.group(1), m.group(4), m.group(3) == null ? "牵头" : "牵头" + m.group(3)));
	}

}
