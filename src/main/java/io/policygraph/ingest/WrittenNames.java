package io.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;

import io.policygraph.ingest.text.Scripts;
import io.policygraph.ingest.text.SourceText;

/**
 * Hands out the names of a traditional-script document as the document writes them: the grammar reads folded
 * text ({@link Scripts}), so it finds {@code 省发展改革委} where the text says {@code 省發展改革委}; each body's name
 * and each annotation is looked up again in the unit's own lines.
 */
final class WrittenNames {

	/** How many lines above a unit a name it carries from a heading is looked up in. */
	private static final int LOOK_BACK = 60;

	private WrittenNames() {
	}

	/** {@return the measures with their names and annotations as written; the same list for a simplified file} */
	static List<ExtractedMeasure> restore(SourceText source, List<ExtractedMeasure> measures) {
		if (!source.traditional()) {
			return measures;
		}
		List<ExtractedMeasure> out = new ArrayList<>(measures.size());
		for (ExtractedMeasure m : measures) {
			if (m.mentions().isEmpty()) {
				out.add(m);
				continue;
			}
			String written = source.written(m.lineStart(), m.lineEnd());
			String above = null;
			List<Mention> mentions = new ArrayList<>(m.mentions().size());
			for (Mention x : m.mentions()) {
				String name = Scripts.asWritten(x.surface(), written);
				if (name.equals(x.surface()) && written.indexOf(name) < 0) {
					// （一）市減災委職責 / 負責…: a body the heading above names is written there
					above = above != null ? above : source.written(Math.max(1, m.lineStart() - LOOK_BACK), m.lineEnd());
					name = Scripts.asWritten(x.surface(), above);
				}
				mentions.add(new Mention(name, x.role(), x.position(), x.roleWord(), x.form()));
			}
			out.add(new ExtractedMeasure(m.ordinal(), m.path(), m.title(), m.text(), m.lineStart(), m.lineEnd(),
					Scripts.asWritten(m.raw(), written), m.form(), List.copyOf(mentions), m.openList(), m.flags(),
					m.lines()));
		}
		return out;
	}

}
