package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.Mention;
import io.policygraph.ingest.Role;
import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.lexicon.RoleWords;

/**
 * {@code 县科技局为牵头单位，县工信局、县财政局为配合单位}, {@code 牵头单位为县科技局}: bodies named by the role word
 * itself, after 为 or 作为 or before it;
 * the role is the word's ({@code role-words.tsv}). The parts after the first that take the same form add their
 * bodies; the rest of the clause may still name partners ({@code ，县财政局配合}).
 */
final class SubjectIsRole implements StatementForm {

	private static final String ROLE_WORDS = Lexicon.anyOf(Lexicon.entries("role-words.tsv", "uses", "keyword"));

	private static final Pattern SHAPE = Pattern.compile("^由?([^，,。；;：:]{2,80}?)(?:作为|为)(" + ROLE_WORDS + ")$");

	/** The role word first: {@code 牵头单位为县科技局}. */
	private static final Pattern ROLE_FIRST = Pattern.compile("^(" + ROLE_WORDS + ")(?:为|是)([^，,。；;：:]{2,80})$");

	private static final Pattern RANK = Pattern.compile(Words.RANKS);

	@Override
	public String name() {
		return "prose-is-role";
	}

	@Override
	public Reading tryRead(String clause) {
		List<Mention> mentions = new ArrayList<>();
		boolean open = false;
		int end = 0;
		for (String part : AgencyLists.splitTopLevel(clause, '，', ',', '；', ';')) {
			Reading r = one(part, mentions.size());
			if (r == null) {
				break;
			}
			mentions.addAll(r.mentions());
			open |= r.openList();
			end += part.length() + 1;
		}
		return mentions.isEmpty() ? null : Subjects.withPartners(new Reading(mentions, open), clause, end);
	}

	/** {@return the bodies of one part {@code X为<role word>} or {@code <role word>为X}, numbered after {@code position}, or {@code null}} */
	static Reading one(String part, int position) {
		Matcher m = SHAPE.matcher(part.strip());
		String bodies;
		String word;
		if (m.matches()) {
			bodies = m.group(1);
			word = m.group(2);
		}
		else if ((m = ROLE_FIRST.matcher(part.strip())).matches()) {
			bodies = m.group(2);
			word = m.group(1);
		}
		else {
			return null;
		}
		if (RANK.matcher(bodies).find()) {
			// 列第一位的单位为牵头单位 states a rule, it names no body
			return null;
		}
		AgencyLists.Parsed parsed = AgencyLists.parse(Subjects.withoutModal(bodies));
		if (parsed.surfaces().isEmpty() || !parsed.surfaces().stream().allMatch(BodyNames::isBodyNameLenient)) {
			return null;
		}
		return Reading.of(parsed, RoleWords.leads(word) ? Role.LEAD : Role.RESPONSIBLE, word, position);
	}

}
