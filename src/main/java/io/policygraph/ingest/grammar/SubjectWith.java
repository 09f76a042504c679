package io.policygraph.ingest.grammar;

import java.util.regex.Pattern;

/** {@code 市交通运输局会同市公安局做好保障}: the subject leads, the bodies after 会同 share. */
final class SubjectWith extends PatternStatement {

	SubjectWith() {
		super("prose-with", Pattern.compile("^([^，,。；;：:]{2,80}?)(" + Words.WITH_VERBS + ")([^，,。；;]{2,120})"), true, Words.verbs("with"),
				(m, c) -> {
					String objects = Subjects.objectList(m.group(3));
					return objects == null ? null : Subjects.leadWith(m.group(1), objects, m.group(2));
				});
	}

}
