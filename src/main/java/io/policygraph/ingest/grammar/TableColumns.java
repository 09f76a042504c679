package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.List;

import io.policygraph.ingest.Mention;
import io.policygraph.ingest.Role;
import io.policygraph.ingest.layout.Block;
import io.policygraph.ingest.lexicon.BodyNames;
import io.policygraph.ingest.lexicon.RoleWords;

/**
 * The table column form: a task table's role columns name the bodies of the row's task. A 牵头单位 column
 * makes its bodies lead; a body marked {@code （牵头）} in another role column leads too.
 */
final class TableColumns {

	static final String NAME = "table-column";

	private TableColumns() {
	}

	/** {@return the bodies of the row's role columns, in column order} */
	static Reading read(Block.TableRow row) {
		List<Mention> mentions = new ArrayList<>();
		boolean open = false;
		for (Block.Cell cell : row.cells()) {
			if (cell.column() != Block.Column.LEAD && cell.column() != Block.Column.SHARE) {
				continue;
			}
			if (RoleWords.keywordAt(cell.text(), 0) != null) {
				// 牵头：县农业农村局；配合：县大数据局, 责任单位：各县(市)区政府: a cell that names its bodies' roles
				// itself is read as an annotation, its own words before the column's
				Reading own = AnnotationContent.read(cell.text(), 0, cell.text().length(), cell.text(), NAME).reading();
				for (Mention m : own.mentions()) {
					mentions.add(new Mention(m.surface(), m.role(), mentions.size() + 1, m.roleWord(), m.form()));
				}
				open |= own.openList();
				continue;
			}
			AgencyLists.Parsed parsed = AgencyLists.parse(cell.text());
			open |= parsed.openList();
			for (String surface : parsed.surfaces()) {
				if (!BodyNames.isBodyNameLenient(surface)) {
					continue;
				}
				boolean column = cell.column() == Block.Column.LEAD;
				boolean lead = column || parsed.marked().contains(surface);
				mentions.add(new Mention(surface, lead ? Role.LEAD : Role.RESPONSIBLE, mentions.size() + 1,
						lead && !column ? "（牵头）" : cell.header(), lead && !column ? LeadMark.NAME : NAME));
			}
		}
		return new Reading(mentions, open);
	}

}
