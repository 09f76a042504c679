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
 * {@code 县科技局为牵头单位，县工信局、县财政局为配合单位}: bodies named by the role word itself, after 为 or 作为;
 * the role is the word's ({@code role-words.tsv}). The parts after the first that take the same form add their
 * bodies; the rest of the clause may still name partners ({@code ，县财政局配合}).
 */
final class SubjectIsRole implements StatementForm {

	private static final Pattern SHAPE = Pattern.compile("^由?([^，,。；;：:]{2,80}?)(?:作为|为)("
			+ Lexicon.anyOf(Lexicon.entries("role-words.tsv", "uses", "keyword")) + ")$");

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

	/** {@return the bodies of one part {@code X为<role word>}, numbered after {@code position}, or {@code null}} */
	static Reading one(String part, int position) {
		Matcher m = SHAPE.matcher(part.strip());
		if (!m.matches() || RANK.matcher(m.group(1)).find()) {
			// 列第一位的单位为牵头单位 states a rule, it names no body
			return null;
		}
		AgencyLists.Parsed parsed = AgencyLists.parse(Subjects.withoutModal(m.group(1)));
		if (parsed.surfaces().isEmpty() || !parsed.surfaces().stream().allMatch(BodyNames::isBodyNameLenient)) {
			return null;
		}
		return Reading.of(parsed, RoleWords.leads(m.group(2)) ? Role.LEAD : Role.RESPONSIBLE, m.group(2), position);
	}

}
