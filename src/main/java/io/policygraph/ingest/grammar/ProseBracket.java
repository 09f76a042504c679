package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.List;

import io.policygraph.ingest.Mention;

/**
 * A bracket written as prose: {@code （市科技局牵头，市工业和信息化局、市财政局配合）},
 * {@code （市统计局牵头，各有关部门按职责分工负责）}, {@code （市商务局会同市财政局负责）}. Every clause must take one of
 * the forms of {@link ProseClauses} and name only bodies, perhaps followed by a positional rule
 * ({@code （A、B等负责，列第一位的为牵头部门，下同）}); anything else is not an annotation.
 */
final class ProseBracket implements BracketForm {

	@Override
	public String name() {
		return "prose-bracket";
	}

	@Override
	public Annotation tryRead(String text, int start, int end, String content) {
		if (!AnnotationContent.PROSE_VERB.foundIn(content)) {
			return null;
		}
		// （A、B等负责，列第一位的为牵头部门，下同）: a positional rule may close the clauses, after a comma or a
		// sentence of its own (（A、B负责。列第一位的为牵头部门，下同）); the clauses are one sentence
		int ruleAt = Rules.trailingPositional(content);
		String clauses = ruleAt < 0 ? content : content.substring(0, ruleAt);
		// （X牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同）: a default rule may close the clauses as a
		// sentence of its own
		Rules.Default inherit = Rules.Default.NONE;
		int stop = AnnotationContent.closingRuleAt(clauses);
		if (stop >= 0) {
			inherit = Rules.closingDefault(AnnotationContent.trimSeparators(clauses.substring(stop + 1)));
			clauses = clauses.substring(0, stop);
		}
		if (clauses.indexOf('。') >= 0) {
			return null;
		}
		Reading all = ProseClauses.all(clauses, 0);
		if (all == null) {
			return null;
		}
		boolean onward = ruleAt >= 0 && Rules.onward(content.substring(ruleAt + 1));
		if (ruleAt >= 0 && !onward) {
			List<Mention> mentions = new ArrayList<>(all.mentions());
			AnnotationContent.firstLeads(mentions);
			all = new Reading(mentions, all.openList());
		}
		return new Annotation(start, end, text.substring(start, end), all.stamped(name()), inherit, onward, name());
	}

}
