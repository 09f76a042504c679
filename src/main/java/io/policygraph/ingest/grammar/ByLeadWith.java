package io.policygraph.ingest.grammar;

import java.util.regex.Pattern;

/** {@code 由市发展改革委会同市财政局制定…}: the body after 由 leads, those after 会同 share. */
final class ByLeadWith extends PatternStatement {

	ByLeadWith() {
		super("prose-by-with", Pattern.compile("由([^，,。；;：:由]{2,80}?)(" + Words.WITH_VERBS + ")([^，,。；;]{2,120})"), false, Words.verbs("with"),
				(m, c) -> Subjects.leadWith(m.group(1), m.group(3), m.group(2)));
	}

}
