package io.policygraph.correction;

/**
 * A correction asked for through the API. Which fields are needed depends on the kind:
 * <ul>
 * <li>{@code fact.add}, {@code fact.role}: {@code measure}, {@code body}, {@code role};
 * {@code fact.remove}: {@code measure}, {@code body} (and {@code role} to remove only that one)</li>
 * <li>{@code measure.not-a-measure}, {@code measure.confirm}: {@code measure}</li>
 * <li>{@code name.alias}: {@code surface}, {@code jurisdiction}, {@code into} (and {@code document});
 * {@code name.non-body}, {@code name.accept}: {@code surface}, {@code jurisdiction};
 * {@code name.other-kind}: also {@code organisationKind}</li>
 * <li>{@code agency.merge}: {@code body}, {@code into}, {@code date}</li>
 * </ul>
 *
 * @param kind what it changes
 * @param why the reviewer's reason (required)
 * @param measure measure id, as the API shows it
 * @param body body id
 * @param role {@code lead}, {@code responsible} or {@code inherited}
 * @param surface a name as written in documents
 * @param jurisdiction place id of a name correction
 * @param document document id that limits a name correction
 * @param into body id an alias or merge points to
 * @param organisationKind what a body of another kind is
 * @param date when a merge took effect (yyyy-mm-dd)
 * @param crossJurisdiction whether {@code into} may belong to another place
 */
public record CorrectionRequest(String kind, String why, String measure, String body, String role, String surface,
		String jurisdiction, String document, String into, String organisationKind, String date,
		Boolean crossJurisdiction) {
}
