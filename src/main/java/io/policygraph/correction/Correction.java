package io.policygraph.correction;

import java.util.List;

/**
 * A reviewer's correction as stored ({@code :Correction}) and exported.
 *
 * @param id stable id ({@code corr-…}), kept by export and import
 * @param kind what it changes ({@link CorrectionKind#wire()})
 * @param status {@code active}, {@code stale} (its anchor matches nothing now) or {@code withdrawn}
 * @param author the name of the API key that made it
 * @param at when it was made (ISO-8601 instant)
 * @param why the reviewer's reason
 * @param anchor where a measure correction applies, or {@code null}
 * @param body the body a fact correction or a merge is about
 * @param role the role a fact is added in or changed to
 * @param surface the name a name correction is about, as written
 * @param jurisdiction the place a name correction or merge holds in
 * @param document the document a name correction is limited to, or {@code null} for the whole jurisdiction
 * @param into the known body a surface is an alias of, or that a body was merged into
 * @param organisationKind what a surface of another kind is (科研平台, 企业)
 * @param date the date a merge took effect
 * @param crossJurisdiction whether an alias or merge to a body of another place is meant
 * @param staleReason why the anchor matches nothing, while stale
 * @param withdrawnBy who withdrew it
 * @param withdrawnAt when it was withdrawn
 * @param splitAt where a split unit's parts after the first start (offsets of the anchor's text)
 * @param parts a split's parts, in order: the bodies each is given, or inherits from the unit where none are given
 * @param units a join's units, in document order (the first is also {@code anchor})
 * @param surfaces the names whose facts an agency split moves
 * @param documents the documents whose facts an agency split moves
 * @param name the name of the agency an agency split makes, where it moves facts to no existing body
 */
public record Correction(String id, String kind, String status, String author, String at, String why, Anchor anchor,
		String body, String role, String surface, String jurisdiction, String document, String into,
		String organisationKind, String date, Boolean crossJurisdiction, String staleReason, String withdrawnBy,
		String withdrawnAt, List<Integer> splitAt, List<Part> parts, List<Anchor> units, List<String> surfaces,
		List<String> documents, String name) {

	public static final String ACTIVE = "active";

	public static final String STALE = "stale";

	public static final String WITHDRAWN = "withdrawn";

	/**
	 * Where a measure correction applies: the document (its id is a digest of the file's bytes, ADR 0011), the
	 * measure's text and its line range. The ids of the measure and document are where it applied last;
	 * after a re-ingest or a replacement the text is matched first, the line range breaks ties.
	 *
	 * @param document the document it applied to last
	 * @param sha256 the digest of that document's file
	 * @param measure the measure it applied to last
	 * @param text the measure's text
	 * @param lineStart first line of the measure
	 * @param lineEnd last line of the measure
	 * @param path the measure's section path, for people
	 */
	public record Anchor(String document, String sha256, String measure, String text, int lineStart, int lineEnd,
			String path) {
	}

	/**
	 * A part of a split unit.
	 *
	 * @param bodies the bodies that carry it, or {@code null} for those of the unit it was cut from
	 */
	public record Part(List<Fact> bodies) {
	}

	/**
	 * A body and its role on a part.
	 *
	 * @param body body id
	 * @param role {@code lead}, {@code responsible} or {@code inherited}
	 */
	public record Fact(String body, String role) {
	}

}
