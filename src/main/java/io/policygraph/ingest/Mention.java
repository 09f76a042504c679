package io.policygraph.ingest;

/**
 * A body named for a responsibility unit.
 *
 * @param surface the name exactly as the text writes it (page-break pieces joined)
 * @param role lead, responsible or inherited
 * @param position 1-based place in the written list (lead and responsible counted together)
 * @param roleWord the keyword that gave the role ({@code 牵头单位}, {@code 责任单位}, {@code 牵头}, {@code 会同},
 * {@code 列第一位}, or empty for a bare list)
 * @param form the written form that produced this fact ({@code keyword-bracket}, {@code prose-lead},
 * {@code inherited-default} …; see {@code io.policygraph.ingest.grammar.Forms}), empty until a form stamps it
 */
public record Mention(String surface, Role role, int position, String roleWord, String form) {

	/** A mention not yet stamped with its form. */
	public Mention(String surface, Role role, int position, String roleWord) {
		this(surface, role, position, roleWord, "");
	}

	/** {@return this mention with another role, the word that gave it, and the form that gave it} */
	public Mention as(Role newRole, String newRoleWord, String newForm) {
		return new Mention(this.surface, newRole, this.position, newRoleWord, newForm);
	}

	/** {@return this mention stamped with {@code name}, unless a form already stamped it} */
	public Mention stamped(String name) {
		return this.form.isEmpty() ? new Mention(this.surface, this.role, this.position, this.roleWord, name) : this;
	}

}
