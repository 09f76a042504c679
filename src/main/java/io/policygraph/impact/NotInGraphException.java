package io.policygraph.impact;

/**
 * An id given to an analysis that names nothing in the graph.
 */
public final class NotInGraphException extends RuntimeException {

	public NotInGraphException(String what, String id) {
		super(what + " '" + id + "' does not exist");
	}

}
