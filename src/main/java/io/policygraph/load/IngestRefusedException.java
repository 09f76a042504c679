package io.policygraph.load;

import java.util.List;

/**
 * A document that cannot be taken in as sent: nothing of its file is written. Names the request
 * parameter that would settle it.
 */
public final class IngestRefusedException extends RuntimeException {

	/** Why: no place for the document, a stored document with its title or 文号, an unknown id to replace, … */
	public enum Reason {

		NO_JURISDICTION, CONFLICT, UNKNOWN_REPLACE, AMBIGUOUS

	}

	private final Reason reason;

	private final String parameter;

	private final List<IngestSummary.Conflict> conflicts;

	IngestRefusedException(Reason reason, String parameter, String message, List<IngestSummary.Conflict> conflicts) {
		super(message);
		this.reason = reason;
		this.parameter = parameter;
		this.conflicts = List.copyOf(conflicts);
	}

	public Reason reason() {
		return this.reason;
	}

	/** {@return the request parameter that would settle it} */
	public String parameter() {
		return this.parameter;
	}

	/** {@return the stored documents a conflicting text collides with} */
	public List<IngestSummary.Conflict> conflicts() {
		return this.conflicts;
	}

}
