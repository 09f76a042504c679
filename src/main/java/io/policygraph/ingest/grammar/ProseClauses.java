package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.Mention;
import io.policygraph.ingest.Role;
import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.lexicon.Lexicon;

/**
 * The clauses of a bracket written as prose, {@code （市科技局牵头，市工业和信息化局、市财政局配合）}: each clause
 * takes one of four forms, tried in this order, and names only bodies.
 * <ol>
 * <li>lead with partners: {@code X会同Y负责}, {@code X牵头会同Y};</li>
 * <li>lead: {@code X牵头}, {@code 由X牵头负责};</li>
 * <li>share: {@code Y配合}, {@code 各有关部门按职责分工负责};</li>
 * <li>by the role word: {@code X为牵头单位}, {@code Y为配合单位} ({@link SubjectIsRole}).</li>
 * </ol>
 */
final class ProseClauses {

	static final String NAME = "prose-clause";

	/**
	 * What may open a clause before its bodies: {@code 由}, perhaps after words that belong neither to the body nor
	 * to the verb ({@code 分别由}, {@code 以上任务由}, {@code 上述工作均由}: {@code lexicon/clause-openers.tsv}).
	 */
	private static final String BY = "^(?:(?:" + Lexicon.anyOf("clause-openers.tsv") + "){0,3}由)?";

	private static final Pattern LEAD_WITH = Pattern.compile(BY + "(.{2,80}?)(牵头)?(" + Words.WITH_VERBS
			+ ")(.{2,120}?)(共同)?(负责|落实|实施|推进)?$");

	private static final Pattern LEAD = Pattern
		.compile(BY + "(.{2,80}?)(共同)?(?:" + Words.LEAD_VERBS + ")(负责|落实|实施|推进)?$");

	private static final Pattern SHARE = Pattern.compile(BY + "(.{2,120}?)(" + Words.CLAUSE_DUTIES + ")$");

	private ProseClauses() {
	}

	/**
	 * {@return the bodies of a run of prose clauses ({@code 市科技局牵头，市财政局配合}), numbered after
	 * {@code position}, or {@code null} unless every clause names bodies} A lead that is no body
	 * ({@code 龙头企业牵头}) is passed over; its partners still count.
	 */
	static Reading all(String content, int position) {
		List<Mention> mentions = new ArrayList<>();
		boolean open = false;
		String pending = null;
		for (String part : AgencyLists.splitTopLevel(content, '，', ',', '；', ';')) {
			// a comma may part the items of one list: 省工业和信息化委、地税局，国家开发银行云南省分行…配合
			String clauseText = pending == null ? part : pending + "，" + part;
			Matcher lead = LEAD.matcher(clauseText.strip());
			if (lead.matches() && BodyNames.isNonBody(lead.group(1))) {
				pending = null;
				continue;
			}
			Reading clause = one(clauseText, position + mentions.size());
			if (clause == null) {
				// 吕维峰副省长负责，省农委总牵头: a person carries the first clause, the second names the body
				Matcher share = SHARE.matcher(clauseText.strip());
				pending = share.matches() && BodyNames.isPostHolder(share.group(1)) ? null : clauseText;
				continue;
			}
			pending = null;
			mentions.addAll(clause.mentions());
			open |= clause.openList();
		}
		return mentions.isEmpty() || pending != null ? null : new Reading(mentions, open);
	}

	/**
	 * {@return the bodies of a role list that holds a prose clause beside bare names, {@code 责任单位：X、Y牵头，A、B},
	 * numbered after {@code position}, or {@code null}} The names with no verb of their own take the keyword's
	 * role; at least one clause must be prose, and every other one a list of bodies.
	 * @param bare the role the keyword gives ({@code 责任单位}: responsible)
	 * @param roleWord the keyword
	 */
	static Reading withKeyword(String content, int position, Role bare, String roleWord) {
		List<Mention> mentions = new ArrayList<>();
		boolean open = false;
		boolean prose = false;
		for (String part : AgencyLists.splitTopLevel(content, '，', ',', '；', ';')) {
			Reading clause = one(part, position + mentions.size());
			if (clause != null) {
				prose = true;
			}
			else {
				clause = bodies(part, bare, roleWord, position + mentions.size());
				if (clause == null) {
					return null;
				}
			}
			mentions.addAll(clause.mentions());
			open |= clause.openList();
		}
		return prose ? new Reading(mentions, open) : null;
	}

	/** {@return the bodies one prose clause of a bracket names, numbered after {@code position}, or {@code null}} */
	static Reading one(String clause, int position) {
		String c = clause.strip();
		Matcher m = LEAD_WITH.matcher(c);
		if (m.matches()) {
			Reading leads = bodies(m.group(1), Role.LEAD, m.group(3), position);
			Reading shares = leads == null ? null
					: bodies(m.group(4), Role.RESPONSIBLE, m.group(3), position + leads.mentions().size());
			if (shares != null) {
				List<Mention> out = new ArrayList<>(leads.mentions());
				out.addAll(shares.mentions());
				return new Reading(out, leads.openList() || shares.openList());
			}
		}
		m = LEAD.matcher(c);
		if (m.matches()) {
			Reading leads = bodies(m.group(1), Role.LEAD, "牵头", position);
			if (leads != null) {
				return leads;
			}
		}
		m = SHARE.matcher(c);
		if (m.matches()) {
			return bodies(m.group(1), Role.RESPONSIBLE, m.group(2), position);
		}
		return SubjectIsRole.one(c, position);
	}

	private static Reading bodies(String list, Role role, String roleWord, int position) {
		AgencyLists.Parsed parsed = AgencyLists.parse(Subjects.withoutModal(list.strip()));
		if (parsed.surfaces().isEmpty() || !parsed.surfaces().stream().allMatch(BodyNames::isBodyNameLenient)) {
			return null;
		}
		return Reading.of(parsed, role, roleWord, position);
	}

}
