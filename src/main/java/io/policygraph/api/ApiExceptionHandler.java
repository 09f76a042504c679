package io.policygraph.api;

import io.policygraph.ingest.UnreadableSourceException;
import io.policygraph.load.IngestRefusedException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of the API as {@code application/problem+json} that says what was wrong.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler({ NotFoundException.class, io.policygraph.impact.NotInGraphException.class })
	ProblemDetail notFound(RuntimeException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	/**
	 * An upload refused before anything was written: 409 when it collides with a stored document (named,
	 * with what matched), 404 for an unknown id to replace, 422 when a parameter must say more.
	 */
	@ExceptionHandler(IngestRefusedException.class)
	ProblemDetail refused(IngestRefusedException ex) {
		ProblemDetail p = switch (ex.reason()) {
			case CONFLICT -> problem(HttpStatus.CONFLICT, "Conflict with a stored document", ex.getMessage());
			case UNKNOWN_REPLACE -> problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
			case NO_JURISDICTION, AMBIGUOUS -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "Parameter needed", ex.getMessage());
		};
		p.setProperty("parameter", ex.parameter());
		if (!ex.conflicts().isEmpty()) {
			p.setProperty("conflicts", ex.conflicts());
		}
		return p;
	}

	@ExceptionHandler(JurisdictionScope.UnknownPlaceException.class)
	ProblemDetail unknownPlace(JurisdictionScope.UnknownPlaceException ex) {
		ProblemDetail p = problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
		p.setProperty("closest", ex.closest());
		return p;
	}

	@ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
	ProblemDetail unreadable(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad request", "the request body is not valid JSON of the expected shape");
	}

	@ExceptionHandler({ IllegalArgumentException.class, UnreadableSourceException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad request", ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad request",
				"parameter '" + ex.getName() + "' cannot be '" + ex.getValue() + "'");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad request", "parameter '" + ex.getParameterName() + "' is required");
	}

	/**
	 * The database went away (server down, network cut, cluster without a leader): 503 with Retry-After,
	 * and the next request after it returns is served again: the driver reconnects by itself.
	 */
	@ExceptionHandler({ org.neo4j.driver.exceptions.ServiceUnavailableException.class,
			org.neo4j.driver.exceptions.SessionExpiredException.class,
			org.springframework.dao.DataAccessResourceFailureException.class,
			org.springframework.dao.TransientDataAccessResourceException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
					"the graph database does not answer at the moment; retry shortly"));
	}

	/** The driver has no connection to spare or the database asks to retry (a transient error): 503, retry soon. */
	@ExceptionHandler(org.neo4j.driver.exceptions.TransientException.class)
	ResponseEntity<ProblemDetail> databaseBusy(RuntimeException ex) {
		log.warn("Database busy: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database busy", "the graph database is busy; retry shortly"));
	}

	/** A query that ran past the transaction time limit (policygraph.embedded.transaction-timeout). */
	@ExceptionHandler({ org.neo4j.driver.exceptions.ClientException.class,
			org.springframework.dao.InvalidDataAccessResourceUsageException.class })
	ResponseEntity<ProblemDetail> clientError(RuntimeException ex) {
		if (!String.valueOf(ex.getMessage()).contains("has not completed within the timeout")
				&& !(ex instanceof org.neo4j.driver.exceptions.ClientException c && c.code().contains("TransactionTimedOut"))) {
			throw ex;
		}
		log.warn("Query stopped by the time limit: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Query time limit reached",
					"the query ran longer than the configured limit (POLICYGRAPH_QUERY_TIMEOUT) and was stopped"));
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
		p.setTitle(title);
		return p;
	}

}
