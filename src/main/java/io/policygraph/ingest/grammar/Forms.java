package io.policygraph.ingest.grammar;

import java.util.List;

/**
 * Every written form of responsibility the grammar reads, in the order it tries them. Adding a form is one
 * small class and one line here (and its words in {@code src/main/resources/lexicon/}).
 *
 * <p>Outside these lists, three more forms have fixed places: the keyword forms without a complete bracket
 * ({@link Annotations}), the table column ({@link TableColumns}) and the document rules ({@link Rules}).
 */
final class Forms {

	/** A complete bracket after a measure: the first form that answers decides. */
	static final List<BracketForm> BRACKETS = List.of(
			new KeywordBracket(),     // （牵头单位：X；责任单位：Y、Z）
			new DutySuffixBracket(),  // （X、Y按职责分工负责）
			new ProseBracket(),       // （X牵头，Y、Z配合）
			new BareListBracket());   // （X、Y）

	/** A clause of running text, read at its start (or after one of its first commas). */
	static final List<StatementForm> STATEMENTS = List.of(
			new ByLeadWith(),         // 由X会同Y…
			new ByLead(),             // 由X牵头，会同Y…
			new SubjectIsRole(),      // X为牵头单位，Y为配合单位 / 牵头单位为X
			new SubjectLead(),        // X牵头（会同Y）…
			new SubjectWith(),        // X会同Y…
			new ByDuty(),             // 由X负责…
			new SetUpBody(),          // 县政府设立防汛指挥部，负责… (the body set up)
			new SeatedBody(),         // 联席会议办公室设在区发展改革委，负责… (the body placed)
			new SubjectDuty(),        // X负责…
			new SubjectPartner(),     // X配合… / X、Y共同推进…
			new SubjectMust(),        // X要… / X将… (a named body only)
			new SubjectAct());        // X组织实施… / X应参与… (a named body only)

	/** A clause whose bodies come last: …，X负责. Tried after every form of {@link #STATEMENTS}. */
	static final StatementForm TRAILING = new TrailingDuty();

	/** A paragraph that is one entry of a duty list: X：负责…. Tried before the clauses of a paragraph. */
	static final StatementForm DUTY_ENTRY = new DutyEntry();

	/** A paragraph naming a work group's members and then its lead: X组：由A、B组成，牵头单位为B…. Tried before {@link #DUTY_ENTRY}. */
	static final StatementForm WORK_GROUP = new WorkGroup();

	/** The names of the forms that read running text: a reviewer checks what they read. */
	private static final java.util.Set<String> PROSE = prose();

	private Forms() {
	}

	/** {@return whether the form of that name reads running text (a statement or a duty entry)} */
	static boolean isProse(String form) {
		return PROSE.contains(form);
	}

	private static java.util.Set<String> prose() {
		java.util.Set<String> out = new java.util.HashSet<>();
		STATEMENTS.forEach(f -> out.add(f.name()));
		out.add(TRAILING.name());
		out.add(DUTY_ENTRY.name());
		out.add(WORK_GROUP.name());
		return java.util.Set.copyOf(out);
	}

}
