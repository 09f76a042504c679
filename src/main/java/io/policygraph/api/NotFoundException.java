package io.policygraph.api;

/**
 * An id in a URL that names nothing; answered with 404 and a problem document.
 */
class NotFoundException extends RuntimeException {

	NotFoundException(String what, String id) {
		super(what + " '" + id + "' does not exist");
	}

}
