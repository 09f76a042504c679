package io.policygraph.correction;

import java.util.List;

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
 * <li>{@code measure.split}: {@code measure}, {@code splitAt} or {@code splitBefore} (and {@code parts});
 * {@code measure.join}: {@code measures}</li>
 * <li>{@code agency.split}: {@code body}, {@code surfaces} or {@code documents} (or both), {@code into} or
 * {@code name}</li>
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
 * @param splitAt offsets of the unit's text where each part after the first starts
 * @param splitBefore substrings of the unit's text, each starting a part (searched in order)
 * @param parts per part, the bodies given to it; a part with none given inherits the unit's
 * @param measures the consecutive units to join, by id
 * @param surfaces names whose facts an agency split moves
 * @param documents documents whose facts an agency split moves
 * @param name the name of a new agency an agency split moves facts to, instead of {@code into}
 */
public record CorrectionRequest(String kind, String why, String measure, String body, String role, String surface,
		String jurisdiction, String document, String into, String organisationKind, String date,
		Boolean crossJurisdiction, List<Integer> splitAt, List<String> splitBefore, List<Correction.Part> parts,
		List<String> measures, List<String> surfaces, List<String> documents, String name) {

	/** A request of the kinds that name at most one measure or body. */
	public CorrectionRequest(String kind, String why, String measure, String body, String role, String surface,
			String jurisdiction, String document, String into, String organisationKind, String date,
			Boolean crossJurisdiction) {
		this(kind, why, measure, body, role, surface, jurisdiction, document, into, organisationKind, date, crossJurisdiction,
				null, null, null, null, null, null, null);
	}

}
