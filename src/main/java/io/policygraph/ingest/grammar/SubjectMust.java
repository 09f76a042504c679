package io.policygraph.ingest.grammar;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.Role;
import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.lexicon.WordShapes;
import io.policygraph.ingest.text.WordTrie;

/**
 * {@code 区绩效考评机构要将…纳入绩效管理考核}, {@code 市政府将于年中…专项督查}, {@code 省人社厅、省教育厅要加大…}: named
 * bodies, then a modal, then their task. Only bodies named as such carry it: a collective written as everyone ({@code 各地各部门要高度重视},
 * {@code 各责任单位要…}, {@code 市有关部门要…}) is an exhortation, not an assignment, and enterprises are no
 * bodies; both are passed over.
 */
final class SubjectMust implements StatementForm {

	/** The modals a subject carries its task with ({@code modal-words.tsv}, use {@code must}). */
	static final List<String> MODAL_WORDS = Words.modals("must");

	static final Pattern SHAPE = Pattern.compile("^([^，,。；;：:]{3,30}?)(" + Lexicon.anyOf(Lexicon.entries("modal-words.tsv", "uses", "must"))
			+ ")(?!求|素|点|是|以|在)");

	/** The modal words of {@link #SHAPE}: a clause holding none of them is not tried. */
	private static final WordTrie MODALS = new WordTrie(MODAL_WORDS);

	/** Subjects written as everyone ({@code everyone-words.txt}): 各地各部门, 市有关部门, 企业. */
	static final WordShapes EVERYONE = WordShapes.load("everyone-words.txt");

	@Override
	public String name() {
		return "prose-must";
	}

	@Override
	public boolean needsVerb() {
		return false;
	}

	@Override
	public boolean needsModal() {
		return true;
	}

	@Override
	public Reading tryRead(String clause) {
		if (!MODALS.foundIn(clause)) {
			return null;
		}
		Matcher m = SHAPE.matcher(clause);
		if (!m.lookingAt() || EVERYONE.matches(m.group(1))) {
			return null;
		}
		return Subjects.subjectOnly(m.group(1), Role.RESPONSIBLE, m.group(2));
	}

}
