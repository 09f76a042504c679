package io.policygraph.ingest;

import java.util.List;

/**
 * A measure at clause level: the text an annotation closes (or a whole paragraph where nothing is
 * annotated), with the bodies that carry it.
 *
 * @param ordinal 1-based order in the document
 * @param path section path ({@code 二/（三）/4})
 * @param title the measure's title where it has one (numbered heading or short first sentence)
 * @param text the measure text, folded (full-width digits made ASCII, page breaks joined)
 * @param lineStart first physical line of the text
 * @param lineEnd last physical line, including its annotation
 * @param raw the annotation or statement that names the bodies, as written; empty when none
 * @param pattern which written form named them ({@code keyword}, {@code bare}, {@code duty-suffix},
 * {@code unopened}, {@code unclosed}, {@code sentence}, {@code prose}, {@code prose-bracket}) or empty
 * @param mentions lead, responsible and inherited bodies
 * @param openList whether a list ended in 等
 * @param lines the physical line of every character of {@code text}
 */
public record ExtractedMeasure(int ordinal, String path, String title, String text, int lineStart, int lineEnd,
		String raw, String pattern, List<Mention> mentions, boolean openList, LineMap lines) {

	/** {@return whether any body is tied to this measure} */
	public boolean hasResponsibility() {
		return !this.mentions.isEmpty();
	}

	public List<Mention> withRole(Role role) {
		return this.mentions.stream().filter(m -> m.role() == role).toList();
	}

}
