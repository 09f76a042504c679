package io.policygraph.ingest.grammar;

import java.util.List;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.text.GuardedPattern;
import io.policygraph.ingest.text.WordTrie;

/**
 * Responsibility stated in running text. A clause is read by the first statement form of
 * {@link Forms#STATEMENTS} that answers at its start (or, when its subject is followed by an adverbial phrase, at
 * the start of the subject and what follows the phrase: {@link Adverbials}); failing that, from after each of its first commas
 * ({@code 加快推进试点工作，市财政局牵头，市审计局配合}); failing that, by {@link Forms#TRAILING}. A subject that
 * is not a body (企业牵头, 我局牵头制定, 主要领导同志牵头) gives nothing.
 */
final class Statements {

	/** Every form needs one of these words; most clauses have none. */
	private static final GuardedPattern STATEMENT_WORD = new GuardedPattern(Pattern.compile(Words.STATEMENT_VERBS),
			Lexicon.firstChars("prose-verbs.tsv"));

	/** The modals of {@link SubjectMust}: 要, 将, 应当. */
	private static final WordTrie MODAL = new WordTrie(SubjectMust.MODAL_WORDS);

	/** Verbs that lead or carry, whose past tense reports a result: 牵头, 会同, 负责. */
	private static final List<Lexicon.Entry> LEADING_VERBS = Lexicon.entries("prose-verbs.tsv")
		.stream()
		.filter(e -> !e.get("kind").equals("partner"))
		.toList();

	private static final String PAST_VERBS = Lexicon.anyOf(LEADING_VERBS);

	/** Verbs of a result already reached: 牵头完成了, 已牵头, 全部完成, 取得积极进展. */
	private static final GuardedPattern PAST = new GuardedPattern(
			Pattern.compile("(" + PAST_VERBS + ")[\\u4e00-\\u9fa5“”]{0,8}了|已(经)?(" + PAST_VERBS + ")|"
					+ Lexicon.anyOf("result-words.txt") + "|获.{0,12}表扬"),
			Lexicon.firstChars(LEADING_VERBS) + "已" + Lexicon.firstChars("result-words.txt") + "获");

	/** A clause opening that narrates the past: a bare year, 去年, 一年来, 近年来 … */
	private static final GuardedPattern NARRATIVE_TIME = new GuardedPattern(
			Pattern.compile("(?<![到至前])\\d{4}年\\s*$|" + Lexicon.anyOf("narrative-times.txt")),
			"0123456789" + Lexicon.firstChars("narrative-times.txt"));

	/** The verbs read only after 由X ({@code by-verbs.txt}: 由市指挥部决定启动…), which {@link ByDuty} reads. */
	private static final WordTrie BY_WORD = new WordTrie(Lexicon.words("by-verbs.txt"));

	/** How many of a clause's commas a statement may start after. */
	private static final int COMMAS = 4;

	private Statements() {
	}

	/** {@return what a clause (text between sentence punctuation) states, stamped with its form, or {@code null}} */
	static Reading read(String clause) {
		String c = clause.strip();
		boolean verb = STATEMENT_WORD.foundIn(c);
		boolean modal = MODAL.foundIn(c);
		if (!verb && !modal && !SubjectAct.VERB.foundIn(c) && !BY_WORD.foundIn(c)) {
			return null;
		}
		Reading s = readAnywhere(c, verb, modal);
		// 省工业和信息化厅牵头完成了…评估: a result being reported, not a task being given; asked only of the few
		// clauses some form read, since most read nothing
		return s == null || PAST.foundIn(c) ? null : s;
	}

	private static Reading readAnywhere(String c, boolean verb, boolean modal) {
		Reading s = readFrom(c, verb, modal);
		if (s != null) {
			return s;
		}
		int comma = -1;
		for (int k = 0; k < COMMAS; k++) {
			comma = nextComma(c, comma + 1);
			if (comma < 0 || comma + 1 >= c.length() || NARRATIVE_TIME.foundIn(c.substring(0, comma))) {
				// 2023年，X牵头推进…: what follows a bare year or 去年 reports, it does not assign
				break;
			}
			s = readFrom(c.substring(comma + 1), verb, modal);
			if (s != null) {
				return s;
			}
		}
		Reading trailing = verb ? Forms.TRAILING.tryRead(c) : null;
		return trailing == null ? null : trailing.stamped(Forms.TRAILING.name());
	}

	/** {@return the body a duty-list paragraph opens with ({@code 市教育局：负责…}), stamped, or {@code null}} */
	static Reading dutyEntry(String paragraph) {
		Reading group = Forms.WORK_GROUP.tryRead(paragraph);
		if (group != null) {
			return group.stamped(Forms.WORK_GROUP.name());
		}
		Reading r = Forms.DUTY_ENTRY.tryRead(paragraph);
		return r == null ? null : r.stamped(Forms.DUTY_ENTRY.name());
	}


	private static Reading readFrom(String c, boolean verb, boolean modal) {
		Reading r = readForms(c, verb, modal);
		if (r != null) {
			return r;
		}
		// 邢台军分区根据市政府有关部门的请求，协调…: read as the body followed by its verb
		for (String lifted : Adverbials.lifted(c)) {
			Reading l = readForms(lifted, verb, modal);
			if (l != null) {
				return l;
			}
		}
		return null;
	}

	private static Reading readForms(String c, boolean verb, boolean modal) {
		for (StatementForm form : Forms.STATEMENTS) {
			if (form.needsVerb() && !verb || form.needsModal() && !modal) {
				continue;
			}
			Reading r = form.tryRead(c);
			if (r != null) {
				return r.stamped(form.name());
			}
		}
		return null;
	}

	private static int nextComma(String c, int from) {
		for (int i = from; i < c.length(); i++) {
			if (c.charAt(i) == '，' || c.charAt(i) == ',') {
				return i;
			}
		}
		return -1;
	}

}
