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
 * @param form the written form that named them ({@code keyword-bracket}, {@code prose-bracket},
 * {@code duty-suffix}, {@code bare-list}, {@code table-column}, {@code prose-lead} …) or empty; each
 * mention carries its own form too, since rules and prose add bodies to an annotation's
 * @param mentions lead, responsible and inherited bodies
 * @param openList whether a list ended in 等
 * @param flags what a reviewer should check ({@link Flag})
 * @param lines the physical line of every character of {@code text}
 */
public record ExtractedMeasure(int ordinal, String path, String title, String text, int lineStart, int lineEnd,
		String raw, String form, List<Mention> mentions, boolean openList, List<String> flags, LineMap lines) {

	/** What extraction was unsure of in a unit, for a reviewer to check. */
	public enum Flag {

		/** Bodies read from running text rather than an annotation. */
		PROSE_READING("prose-reading"),
		/** A document-level rule gave bodies or a lead (以下…不再列出, 列第一位的为牵头单位). */
		RULE_APPLIED("rule-applied"),
		/** A list ended in 等: more bodies carry it than are named. */
		OPEN_LIST("open-list"),
		/** The lead comes from a body's place in a list, under a positional rule. */
		POSITIONAL_LEAD("positional-lead"),
		/** A named body the registry could not place (set at ingest, where names are resolved). */
		UNRESOLVED_NAME("unresolved-name");

		private final String label;

		Flag(String label) {
			this.label = label;
		}

		/** {@return the flag as written in output and on the graph} */
		public String label() {
			return this.label;
		}

	}

	/** {@return whether any body is tied to this measure} */
	public boolean hasResponsibility() {
		return !this.mentions.isEmpty();
	}

	public List<Mention> withRole(Role role) {
		return this.mentions.stream().filter(m -> m.role() == role).toList();
	}

}
