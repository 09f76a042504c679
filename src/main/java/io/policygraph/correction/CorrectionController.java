package io.policygraph.correction;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections through the API: make one, withdraw one, list them, and move the whole set between instances
 * as one JSON file. Writes need an API key (its name is the author, {@link ApiKeys}).
 */
@RestController
@Tag(name = "corrections")
class CorrectionController {

	private final Corrections corrections;

	CorrectionController(Corrections corrections) {
		this.corrections = corrections;
	}

	@PostMapping("/api/corrections")
	@Operation(summary = "Make a correction; it applies at once and after every re-ingest of its document")
	ResponseEntity<Correction> create(@RequestBody CorrectionRequest request, HttpServletRequest http) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.corrections.create(request, ApiKeys.author(http)));
	}

	@DeleteMapping("/api/corrections/{id}")
	@Operation(summary = "Withdraw a correction: what it shaped returns to extraction, the other corrections stay applied")
	Correction withdraw(@PathVariable String id, HttpServletRequest http) {
		return this.corrections.withdraw(id, ApiKeys.author(http));
	}

	@GetMapping("/api/corrections/{id}")
	@Operation(summary = "One correction")
	Correction get(@PathVariable String id) {
		return this.corrections.get(id);
	}

	@GetMapping("/api/corrections")
	@Operation(summary = "Corrections made since an instant, by an author, about a target (measure, document, body, surface, place), in a status")
	List<Correction> list(@RequestParam(required = false) String since, @RequestParam(required = false) String by,
			@RequestParam(required = false) String target, @RequestParam(required = false) String status) {
		return this.corrections.list(since, by, target, status);
	}

	@GetMapping("/api/corrections/export")
	@Operation(summary = "Every correction, withdrawn ones included, as one JSON file to keep in version control")
	CorrectionSet export() {
		return new CorrectionSet(CorrectionSet.FORMAT, Instant.now().toString(), this.corrections.list(null, null, null, null));
	}

	@PostMapping("/api/corrections/import")
	@Operation(summary = "Load an exported set: new ids are stored and applied (or marked stale), known ids skipped")
	Corrections.ImportResult importAll(@RequestBody CorrectionSet set) {
		if (set.corrections() == null) {
			throw new CorrectionRejectedException(400, "corrections", "the file holds no 'corrections' list");
		}
		return this.corrections.importAll(set.corrections());
	}

	@ExceptionHandler(CorrectionRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(CorrectionRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.status()), ex.getMessage());
		problem.setProperty("parameter", ex.parameter());
		return ResponseEntity.status(ex.status()).body(problem);
	}

	/**
	 * The exported file.
	 *
	 * @param format {@value #FORMAT}
	 * @param exportedAt when it was written
	 * @param corrections every correction, oldest first
	 */
	record CorrectionSet(String format, String exportedAt, List<Correction> corrections) {

		static final String FORMAT = "policygraph-corrections/1";

	}

}
