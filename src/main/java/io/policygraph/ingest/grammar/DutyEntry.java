package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.Mention;
import io.policygraph.ingest.Role;

/**
 * A duty list entry, read as a whole paragraph: {@code 市教育局：负责…}, or a paragraph labelled
 * {@code 投资促进局。牵头…}. Partners after {@code 会同} share, and then the entry's body leads.
 */
final class DutyEntry implements StatementForm {

	private static final Pattern ENTRY = Pattern.compile("^([^，,。；;：:]{2,40})(?:[:：]|[。.](?=牵头|负责))\\s*(牵头)?");

	private static final Pattern WITH = Pattern.compile("(?:" + Words.WITH_VERBS + ")([^，,。；;]{2,120})");

	@Override
	public String name() {
		return "duty-entry";
	}

	@Override
	public Reading tryRead(String paragraph) {
		Matcher m = ENTRY.matcher(paragraph.strip());
		if (!m.lookingAt()) {
			return null;
		}
		Reading s = Subjects.subjectOnly(m.group(1), m.group(2) != null ? Role.LEAD : Role.RESPONSIBLE, "职责");
		if (s == null) {
			return null;
		}
		// 市发展改革委：负责…，会同市财政局做好价格监测: the partners of the duty
		Matcher with = WITH.matcher(paragraph);
		List<Mention> mentions = new ArrayList<>(s.mentions());
		boolean open = s.openList();
		int subjects = mentions.size();
		while (with.find()) {
			AgencyLists.Parsed others = Subjects.distributive(Subjects.cutAtVerb(with.group(1)));
			if (others == null) {
				continue;
			}
			Subjects.addPartners(mentions, others, "会同");
			open |= others.openList();
		}
		if (mentions.size() > subjects) {
			// X会同Y: the duty's body leads the work it shares
			for (int k = 0; k < subjects; k++) {
				Mention x = mentions.get(k);
				mentions.set(k, x.as(Role.LEAD, "会同", ""));
			}
		}
		return new Reading(mentions, open);
	}

}
