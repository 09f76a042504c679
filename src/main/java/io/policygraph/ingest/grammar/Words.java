package io.policygraph.ingest.grammar;

import java.util.List;

import io.policygraph.ingest.lexicon.Lexicon;

/**
 * The regular-expression alternations the grammar builds from the lexicon, named once so that every form
 * spells a word class the same way.
 */
final class Words {

	/** Verbs by which the subject leads: 牵头, 主责, 主办. */
	static final String LEAD_VERBS = Lexicon.anyOf(Lexicon.entries("prose-verbs.tsv", "kind", "lead"));

	/** Verbs by which the subject leads and the object shares: 会同, 联合. */
	static final String WITH_VERBS = Lexicon.anyOf(Lexicon.entries("prose-verbs.tsv", "kind", "with"));

	/** Verbs by which the subject carries a measure without leading it: 负责, 按职责分工. */
	static final String DUTY_VERBS = Lexicon.anyOf(Lexicon.entries("prose-verbs.tsv", "kind", "duty"));

	/** Verbs by which the subject shares a measure: 配合, 协助, 共同推进. */
	static final String PARTNER_VERBS = Lexicon.anyOf(Lexicon.entries("prose-verbs.tsv", "kind", "partner"));

	/** Every verb of responsibility in running text: a clause without one states none. */
	static final String STATEMENT_VERBS = Lexicon.anyOf("prose-verbs.tsv");

	/** Duty phrases that end a prose clause of a bracket: 按职责分工负责, 配合, 具体落实. */
	static final String CLAUSE_DUTIES = Lexicon.anyOf(Lexicon.entries("duty-phrases.tsv", "uses", "clause"));

	/** Duty phrases of a partner after the lead: 配合, 参与, 负责落实. */
	static final String PARTNER_DUTIES = Lexicon.anyOf(Lexicon.entries("duty-phrases.tsv", "uses", "partner"));

	/** Duty phrases that make a bracket of names an annotation: 按职责分工负责. */
	static final String BRACKET_DUTIES = Lexicon.anyOf(Lexicon.entries("duty-phrases.tsv", "uses", "bracket"));

	/** Modal words between a body and its verb: 要, 应当, 分别, 积极. */
	static final String MODALS = Lexicon.anyOf("modal-words.tsv");

	/** Words of a positional rule's rank: 列第一, 排名首位. */
	static final String RANKS = Lexicon.anyOf(Lexicon.entries("rule-words.tsv", "kind", "rank"));

	/** Words that make a default rule give its bodies every later measure: 均需, 都由. */
	static final String ALL_OF = Lexicon.anyOf(Lexicon.entries("rule-words.tsv", "kind", "all-of"));

	/** The verbs a default rule ends with: 列出, 列明, 列举. */
	static final String NO_REPEAT = Lexicon.anyOf(Lexicon.entries("rule-words.tsv", "kind", "no-repeat"));

	/** What a default rule closing an annotation covers, before its bodies: 具体任务, 各项工作. */
	static final String SCOPES = Lexicon.anyOf(Lexicon.entries("rule-words.tsv", "kind", "scope"));

	/** Words that make a positional rule hold onward: 下同, 本方案, 各项. */
	static final String ONWARD = Lexicon.anyOf(Lexicon.entries("rule-words.tsv", "kind", "onward"));

	private Words() {
	}

	/** {@return the prose verbs of one kind (lead, with, duty, partner), as words} */
	static List<String> verbs(String kind) {
		return Lexicon.words("prose-verbs.tsv", "kind", kind);
	}

	/** {@return the modal words of one use (must, act, exhort: {@code modal-words.tsv}), as words} */
	static List<String> modals(String use) {
		return Lexicon.words("modal-words.tsv", "uses", use);
	}

	/** {@return the task verbs, each guarded against the characters that make it part of a name} */
	static String taskVerbs() {
		return Lexicon.anyOf("task-verbs.tsv");
	}

}
