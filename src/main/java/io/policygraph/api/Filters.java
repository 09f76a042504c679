package io.policygraph.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.policygraph.graph.Vocabulary;

import org.springframework.stereotype.Component;

/**
 * What the filtering parameters mean, written once for every endpoint that takes them; the Cypher predicates that
 * apply them are in {@link Vocabulary} ({@code documentInScope}, {@code measureInScope}, {@code nodeInScope},
 * {@code fact}), where the analyses of the impact package read them too.
 * <ul>
 * <li>{@code jurisdiction} + {@code scope}: a place id or name; {@code within} (the default) is the place and every
 * place under it, {@code exact} the place alone ({@link JurisdictionScope}). A document is in scope when its
 * jurisdiction is; a measure when its document is; a body when the place it serves is.</li>
 * <li>{@code asOf}: only documents in force that day (validFrom ≤ asOf ≤ validTo, an open side counting as in
 * force), and the measures of those documents.</li>
 * <li>{@code role}: {@code lead} (牵头), {@code responsible} (named explicitly as 责任 / 配合), {@code inherited}
 * (given by a default rule such as 以下…不再列出) or {@code any}.</li>
 * <li>{@code inherited=false}: leaves out every fact given only by a default rule, in lists, counts and
 * rankings alike.</li>
 * </ul>
 */
@Component
final class Filters {

	static final List<String> ROLES = List.of("any", Vocabulary.ROLE_LEAD, Vocabulary.ROLE_RESPONSIBLE,
			Vocabulary.ROLE_INHERITED);

	/**
	 * Checked filter values.
	 *
	 * @param place the place asked for, or {@code null} for everywhere
	 * @param places the ids of the places in scope, or {@code null} for everywhere
	 * @param asOf the day documents must be in force, or {@code null} for any day
	 * @param inherited whether facts given by a default rule count
	 * @param role any, lead, responsible or inherited
	 */
	record Values(String place, List<String> places, LocalDate asOf, boolean inherited, String role) {

		/** {@return the parameters the predicates of {@link Vocabulary} read, added to {@code p}} */
		Map<String, Object> into(Map<String, Object> p) {
			p.put("places", this.places);
			p.put("asOf", this.asOf);
			p.put("inherited", this.inherited);
			p.put("role", this.role);
			return p;
		}

	}

	private final JurisdictionScope scopes;

	Filters(JurisdictionScope scopes) {
		this.scopes = scopes;
	}

	/** {@return the values checked}: an unknown place answers 404 with the closest known ones, a bad role 400 */
	Values of(String jurisdiction, String scope, LocalDate asOf, boolean inherited, String role) {
		if (!ROLES.contains(role)) {
			throw new IllegalArgumentException("role must be one of " + ROLES + ", was '" + role + "'");
		}
		JurisdictionScope.Places places = this.scopes.resolve(jurisdiction, scope);
		return new Values(places.place(), places.places(), asOf, inherited, role);
	}

	Values of(String jurisdiction, String scope, LocalDate asOf) {
		return of(jurisdiction, scope, asOf, true, "any");
	}

}
