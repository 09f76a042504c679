package io.policygraph.ingest.grammar;

import java.util.regex.Pattern;

import io.policygraph.ingest.Role;
import io.policygraph.ingest.lexicon.Lexicon;

/**
 * {@code 联席会议办公室设在区发展改革委,负责联席会议日常工作}: a body placed in another ({@code lexicon/seat-words.tsv})
 * and given its duty in the next part of the clause, perhaps after a note on what it is ({@code ,作为…常设办事机构,}).
 * The body placed carries the duty; its host does not.
 */
final class SeatedBody extends PatternStatement {

	private static final String SEAT = Lexicon.anyOf(Lexicon.entries("seat-words.tsv", "kind", "seat"));

	private static final String NOTE = Lexicon.anyOf(Lexicon.entries("seat-words.tsv", "kind", "note"));

	SeatedBody() {
		super("prose-seated",
				Pattern.compile("^([^，,。；;：:]{2,40}?)(?:" + SEAT + ")[^，,。；;：:]{2,30}[，,](?:(?:" + NOTE
						+ ")[^，,。；;：:]{2,30}[，,])?(具体)?(" + Words.DUTY_VERBS + ")"),
				true, Lexicon.words("seat-words.tsv", "kind", "seat"),
				(m, c) -> Subjects.subjectOnly(m.group(1), Role.RESPONSIBLE, m.group(3)));
	}

}
