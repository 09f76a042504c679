package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.policygraph.ingest.Role;
import io.policygraph.ingest.lexicon.Lexicon;

/**
 * {@code 由市市场监管局负责组织实施}, {@code 其日常工作由区应急管理局承担}, {@code 由市指挥部决定启动…}: the body after 由
 * carries it, without a lead. The verbs read only after 由X are in {@code lexicon/by-verbs.txt}.
 */
final class ByDuty extends PatternStatement {

	private static final List<String> BY_VERBS = Lexicon.words("by-verbs.txt");

	ByDuty() {
		super("prose-by-duty", Pattern.compile("由([^，,。；;：:由]{2,80}?)(具体)?(负责(?!同志|人)|承担|"
				+ Lexicon.anyOf("by-verbs.txt") + ")"), false, needs(),
				(m, c) -> Subjects.subjectOnly(m.group(1), Role.RESPONSIBLE, m.group(3)));
	}

	/** The clause needs a duty verb or one of the verbs read after 由 only; the reader's own test knows the first alone. */
	@Override
	public boolean needsVerb() {
		return false;
	}

	private static List<String> needs() {
		List<String> out = new ArrayList<>(Words.verbs("duty"));
		out.addAll(BY_VERBS);
		return out;
	}

}
