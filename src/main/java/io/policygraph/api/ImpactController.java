package io.policygraph.api;

import java.time.LocalDate;
import java.util.Map;

import io.policygraph.impact.AgencyChangeAnalysis;
import io.policygraph.impact.ChainSegmentAnalysis;
import io.policygraph.impact.CollaborationAnalysis;
import io.policygraph.impact.GraphMlExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Planners' "what if" analyses, the agency collaboration network, and GraphML export.
 */
@RestController
@Tag(name = "impact", description = "What is affected when an agency changes, a segment weakens, a policy expires")
class ImpactController {

	private final AgencyChangeAnalysis agencyChange;

	private final ChainSegmentAnalysis segments;

	private final CollaborationAnalysis collaboration;

	private final GraphMlExport graphml;

	private final JurisdictionScope scopes;

	ImpactController(AgencyChangeAnalysis agencyChange, ChainSegmentAnalysis segments, CollaborationAnalysis collaboration,
			GraphMlExport graphml, JurisdictionScope scopes) {
		this.scopes = scopes;
		this.agencyChange = agencyChange;
		this.segments = segments;
		this.collaboration = collaboration;
		this.graphml = graphml;
	}

	/**
	 * @param agency the agency (or group) that changes
	 * @param change {@code remove} or {@code merge}
	 * @param into the receiving agency of a merge
	 * @param asOf only documents in force on this day
	 * @param includeInherited whether inherited (default-rule) responsibility counts; reported apart either way
	 */
	record AgencyChange(String agency, String change, String into, LocalDate asOf, Boolean includeInherited) {
	}

	@PostMapping("/api/impact/agency-change")
	@Operation(summary = "Measures left without a lead / without any body / still shared when an agency is removed or merged")
	Map<String, Object> agencyChange(@RequestBody AgencyChange request) {
		if (request.agency() == null || request.agency().isBlank()) {
			throw new IllegalArgumentException("'agency' is required");
		}
		AgencyChangeAnalysis.Change change;
		try {
			change = AgencyChangeAnalysis.Change.valueOf(String.valueOf(request.change()).toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'change' must be remove or merge, was '" + request.change() + "'");
		}
		return this.agencyChange.analyse(request.agency(), change, request.into(), request.asOf(),
				request.includeInherited() == null || request.includeInherited());
	}

	@GetMapping("/api/impact/chain-segments/{id}")
	@Operation(summary = "A segment's supporting measures and carriers, downstream segments, parks, projects, single points of failure")
	Map<String, Object> segment(@PathVariable String id) {
		return this.segments.analyse(id);
	}

	@GetMapping("/api/impact/expiring")
	@Operation(summary = "Documents ending by a date, and the chains and segments left with no supporting measure in force")
	Map<String, Object> expiring(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate before) {
		return this.segments.expiring(before);
	}

	@GetMapping("/api/analytics/agencies")
	@Operation(summary = "Workload ranking and the collaboration network with centrality, bridges and articulation points (JGraphT)")
	Map<String, Object> analytics(@RequestParam(required = false) String jurisdiction,
			@RequestParam(defaultValue = "within") String scope, @RequestParam(defaultValue = "true") boolean inherited,
			@RequestParam(defaultValue = "20") int top) {
		if (top < 1 || top > 500) {
			throw new IllegalArgumentException("top must be between 1 and 500, was " + top);
		}
		JurisdictionScope.Places places = this.scopes.resolve(jurisdiction, scope);
		return this.collaboration.analyse(places.place(), places.places(), inherited, top);
	}

	@GetMapping(value = "/api/export/graphml", produces = "application/graphml+xml")
	@Operation(summary = "A subgraph as GraphML: scope=agency:<id> | chain:<id> | document:<id>")
	ResponseEntity<String> export(@RequestParam String scope) {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"policygraph.graphml\"")
			.body(this.graphml.export(scope));
	}

}
