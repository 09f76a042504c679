package io.policygraph.correction;

import java.util.Arrays;
import java.util.List;

/**
 * What a correction changes. Those anchored to a measure follow its text through re-ingests; the others name
 * a surface form (or a body) in a jurisdiction and apply to every document of it that uses the name.
 */
public enum CorrectionKind {

	/** A body carries the measure in a role the extraction did not read. */
	FACT_ADD("fact.add", true),

	/** A body read on the measure does not carry it. */
	FACT_REMOVE("fact.remove", true),

	/** A body read on the measure carries it in another role (lead, responsible, inherited). */
	FACT_ROLE("fact.role", true),

	/** The unit is not a measure (an addressee line, a heading): it leaves the graph's measures. */
	NOT_A_MEASURE("measure.not-a-measure", true),

	/** The unit was read right: its flags are reviewed, and a unit with no body is meant to have none. */
	CONFIRM("measure.confirm", true),

	/** One unit holds several measures: it is cut at offsets of its text into parts, each a measure. */
	SPLIT("measure.split", true),

	/** Consecutive units of one section are one measure: they become one, their bodies united. */
	JOIN("measure.join", true),

	/** A surface form is another name of a known body in the jurisdiction (optionally in one document). */
	ALIAS("name.alias", false),

	/** A surface form is no body (a person, a place, a platform): facts read from it go. */
	NON_BODY("name.non-body", false),

	/** A surface form is a body of another kind (research platform, enterprise): an organisation, not an agency. */
	OTHER_KIND("name.other-kind", false),

	/** A surface form the registry does not know is a real agency of the jurisdiction, kept as named. */
	ACCEPT("name.accept", false),

	/** One body was merged into another (机构改革): the facts of the first are carried by the second. */
	MERGE("agency.merge", false),

	/**
	 * One body stands for two (two names, or one name in some documents, resolved to it): the facts read from those
	 * names or in those documents belong to another body, existing or new.
	 */
	AGENCY_SPLIT("agency.split", false);

	private final String wire;

	private final boolean measureAnchored;

	CorrectionKind(String wire, boolean measureAnchored) {
		this.wire = wire;
		this.measureAnchored = measureAnchored;
	}

	/** {@return the name used in the API and stored on the node} */
	public String wire() {
		return this.wire;
	}

	/** {@return whether the correction is anchored to a measure (document, text, line range)} */
	public boolean measureAnchored() {
		return this.measureAnchored;
	}

	/** {@return the kind with this wire name} */
	public static CorrectionKind of(String wire) {
		return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst()
			.orElseThrow(() -> new CorrectionRejectedException(400, "kind",
					"unknown kind '" + wire + "'; one of " + Arrays.stream(values()).map(CorrectionKind::wire).toList()));
	}

	/** {@return every wire name} */
	public static List<String> wires() {
		return Arrays.stream(values()).map(CorrectionKind::wire).toList();
	}

}
