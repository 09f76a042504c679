package io.policygraph.impact;

/**
 * An id given to an analysis that names nothing in the graph.
 */
public class NoSuchElementException extends RuntimeException {

	public NoSuchElementException(String what, String id) {
		super(what + " '" + id + "' does not exist");
	}

}
