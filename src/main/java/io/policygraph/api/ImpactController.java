package io.policygraph.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
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
 * Planners' "what if" analyses, the agency collaboration network, and GraphML export. The analyses answer
 * projections; the records here give them their published shape.
 */
@RestController
@Tag(name = "impact", description = "What is affected when an agency changes, a segment weakens, a policy expires")
class ImpactController {

	private final AgencyChangeAnalysis agencyChange;

	private final ChainSegmentAnalysis segments;

	private final CollaborationAnalysis collaboration;

	private final GraphMlExport graphml;

	private final Filters filters;

	private final GraphQueries graph;

	ImpactController(AgencyChangeAnalysis agencyChange, ChainSegmentAnalysis segments, CollaborationAnalysis collaboration,
			GraphMlExport graphml, Filters filters, GraphQueries graph) {
		this.agencyChange = agencyChange;
		this.segments = segments;
		this.collaboration = collaboration;
		this.graphml = graphml;
		this.filters = filters;
		this.graph = graph;
	}

	/**
	 * @param agency the agency (or group) that changes
	 * @param change {@code remove} or {@code merge}
	 * @param into the receiving agency of a merge
	 * @param jurisdiction only measures of documents of this place (id or name)
	 * @param scope {@code within} (default: and the places under it) or {@code exact}
	 * @param asOf only documents in force on this day
	 * @param inherited whether facts given by a default rule count (default true); reported apart either way. The
	 * older name {@code includeInherited} is read too
	 */
	record AgencyChange(String agency, String change, String into, String jurisdiction, String scope, LocalDate asOf,
			@JsonAlias("includeInherited") Boolean inherited) {
	}

	/**
	 * @param id body id
	 * @param name its name
	 * @param jurisdiction the place it serves
	 */
	record BodyRef(String id, String name, String jurisdiction) {
	}

	/**
	 * A measure the change touches.
	 *
	 * @param measure measure id
	 * @param path section path
	 * @param excerpt the start of its text
	 * @param role the agency's role on it: lead, responsible or inherited
	 * @param remaining the other bodies left on it
	 */
	record AffectedMeasure(String measure, String path, String excerpt, String role, List<String> remaining) {
	}

	/**
	 * @param document document id
	 * @param title its title
	 * @param sections the affected measures by section path, in document order
	 */
	record DocumentGroup(String document, String title, Map<String, List<AffectedMeasure>> sections) {
	}

	/**
	 * @param id chain, segment, park, project or place id
	 * @param name its name
	 * @param affectedMeasures its supporting measures the change touches
	 * @param measuresLeftWithoutAnyBody of those, the ones a removal leaves with no body
	 */
	record Supported(String id, String name, long affectedMeasures, long measuresLeftWithoutAnyBody) {
	}

	/**
	 * @param lead measures led
	 * @param any measures carried in any role
	 */
	record Load(long lead, long any) {
	}

	/**
	 * @param before the receiver's load now
	 * @param after its load with the merged agency's measures
	 */
	record ReceiverLoad(Load before, Load after) {
	}

	/**
	 * What removing or merging an agency does.
	 *
	 * @param agency the agency that changes
	 * @param change remove or merge
	 * @param jurisdiction the place asked for, or {@code null}
	 * @param asOf the day asked for, or {@code null}
	 * @param inherited whether default-rule facts counted
	 * @param measuresAffected distinct measures the agency carries within the filters
	 * @param leftWithoutAnyLead measures whose only lead it is
	 * @param leftWithoutAnyResponsibleBody measures it alone carries
	 * @param shared measures other bodies carry too (every measure, for a merge)
	 * @param inheritedOnly measures it carries only by a default rule
	 * @param supports what the touched measures support, by kind (Chain, ChainSegment, Park, Project, Place)
	 * @param into the receiving agency of a merge
	 * @param receiverLoad the receiver's load before and after a merge
	 */
	record AgencyChangeResult(BodyRef agency, String change, String jurisdiction, LocalDate asOf, boolean inherited,
			long measuresAffected, List<DocumentGroup> leftWithoutAnyLead, List<DocumentGroup> leftWithoutAnyResponsibleBody,
			List<DocumentGroup> shared, List<DocumentGroup> inheritedOnly, Map<String, List<Supported>> supports,
			BodyRef into, ReceiverLoad receiverLoad) {
	}

	@PostMapping("/api/impact/agency-change")
	@Operation(summary = "Measures left without a lead / without any body / still shared when an agency is removed or merged; "
			+ "jurisdiction + scope, asOf and inherited as on every list")
	AgencyChangeResult agencyChange(@RequestBody AgencyChange request) {
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
		boolean inherited = request.inherited() == null || request.inherited();
		Filters.Values f = this.filters.of(request.jurisdiction(), request.scope() == null ? "within" : request.scope(),
				request.asOf(), inherited, "any");
		Map<String, Object> answer = new LinkedHashMap<>(
				this.agencyChange.analyse(request.agency(), change, request.into(), f.places(), f.asOf(), inherited));
		answer.put("jurisdiction", f.place());
		return this.graph.as(answer, AgencyChangeResult.class);
	}

	/**
	 * @param id segment, chain, park or project id
	 * @param name its name
	 * @param position upstream, midstream or downstream
	 */
	record NodeRef(String id, String name, String position) {
	}

	/**
	 * @param id project id
	 * @param name its name
	 * @param status 在建, 新建 …
	 * @param investmentYi investment in 亿元
	 */
	record ProjectRef(String id, String name, String status, Double investmentYi) {
	}

	/**
	 * @param id body id
	 * @param name its name
	 * @param role lead or responsible
	 */
	record Carrier(String id, String name, String role) {
	}

	/**
	 * @param measure measure id
	 * @param document its document
	 * @param title the document's title
	 * @param validTo the document's last day in force
	 * @param path section path
	 * @param excerpt the start of its text
	 * @param bodies the bodies named on it (default-rule ones left out)
	 */
	record SegmentMeasure(String measure, String document, String title, LocalDate validTo, String path, String excerpt,
			List<Carrier> bodies) {
	}

	/**
	 * @param measuresCarriedByOneBody measures with a single body (first 100)
	 * @param measuresCarriedByOneBodyCount how many
	 * @param measuresWithNoBody measures naming no body (first 100)
	 * @param measuresWithNoBodyCount how many
	 * @param segmentCarriedByOneBody the one body carrying every measure of the segment, or {@code null}
	 */
	record SinglePoints(List<String> measuresCarriedByOneBody, long measuresCarriedByOneBodyCount,
			List<String> measuresWithNoBody, long measuresWithNoBodyCount, String segmentCarriedByOneBody) {
	}

	/**
	 * @param id body id
	 * @param name its name
	 * @param measures the segment's measures it carries
	 * @param leads of those, the ones it leads
	 */
	record SegmentCarrier(String id, String name, long measures, long leads) {
	}

	/**
	 * What depends on a chain segment.
	 *
	 * @param segment the segment
	 * @param chain its chain
	 * @param downstream segments it feeds, up to six steps
	 * @param upstream segments feeding it, up to six steps
	 * @param parks parks hosting it
	 * @param projects projects belonging to it
	 * @param supportingMeasures distinct measures supporting it
	 * @param measures the first 100 of them with their bodies
	 * @param singlePointsOfFailure measures and the segment hanging on one body or none
	 * @param carriers bodies carrying its measures, most first (first 100)
	 * @param carrierCount how many bodies carry them
	 */
	record SegmentImpact(NodeRef segment, NodeRef chain, List<NodeRef> downstream, List<NodeRef> upstream, List<NodeRef> parks,
			List<ProjectRef> projects, long supportingMeasures, List<SegmentMeasure> measures, SinglePoints singlePointsOfFailure,
			List<SegmentCarrier> carriers, long carrierCount) {
	}

	@GetMapping("/api/impact/chain-segments/{id}")
	@Operation(summary = "A segment's supporting measures and carriers, downstream segments, parks, projects, single points of failure")
	SegmentImpact segment(@PathVariable String id) {
		return this.graph.as(this.segments.analyse(id), SegmentImpact.class);
	}

	/**
	 * @param id document id
	 * @param title its title
	 * @param validFrom its first day in force
	 * @param validTo its last day in force
	 * @param validitySource how the dates were found: explicit, period, five-year-plan, issue-date or none
	 * @param jurisdiction place id
	 * @param measures measures in it
	 */
	record ExpiringDocument(String id, String title, LocalDate validFrom, LocalDate validTo, String validitySource,
			String jurisdiction, long measures) {
	}

	/**
	 * @param id chain or segment id
	 * @param type Chain or ChainSegment
	 * @param name its name
	 * @param documents the documents of its supporting measures, all ending by the date
	 */
	record Unsupported(String id, String type, String name, List<String> documents) {
	}

	/**
	 * @param before the date asked for
	 * @param asOf only documents in force that day, or {@code null}
	 * @param documentCount documents ending by the date
	 * @param documents the first 100 of them, earliest end first
	 * @param leftWithoutSupportInForce chains and segments with no supporting measure in force after the date
	 */
	record Expiring(LocalDate before, LocalDate asOf, long documentCount, List<ExpiringDocument> documents,
			List<Unsupported> leftWithoutSupportInForce) implements Tabular<ExpiringDocument> {

		@Override
		public List<ExpiringDocument> rows() {
			return this.documents;
		}

	}

	@GetMapping("/api/impact/expiring")
	@Operation(summary = "Documents ending by a date (validity from explicit dates, plan periods, five-year plans), and the "
			+ "chains and segments left with no supporting measure in force; jurisdiction + scope and asOf as on every list")
	Expiring expiring(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate before,
			@RequestParam(required = false) String jurisdiction, @RequestParam(defaultValue = "within") String scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		Filters.Values f = this.filters.of(jurisdiction, scope, asOf);
		return this.graph.as(this.segments.expiring(before, f.places(), f.asOf()), Expiring.class);
	}

	/**
	 * @param id body id
	 * @param name its name
	 * @param jurisdiction the place it serves
	 * @param lead measures it leads
	 * @param responsible measures it shares explicitly
	 * @param inherited measures a default rule gives it (0 with inherited=false)
	 */
	record Workload(String id, String name, String jurisdiction, long lead, long responsible, long inherited) {
	}

	/**
	 * @param method exact or sampled
	 * @param engine jgrapht or arrays
	 * @param sources shortest-path sources used
	 * @param seed the sampling seed, when sampled
	 * @param normalisedBy what the scores are divided by
	 */
	record Betweenness(String method, String engine, int sources, Long seed, String normalisedBy) {
	}

	/**
	 * @param id body id
	 * @param degree bodies it shares a measure with
	 * @param sharedMeasures measures it shares
	 * @param betweenness normalised betweenness centrality
	 * @param articulationPoint whether removing it splits the network
	 */
	record Centrality(String id, int degree, long sharedMeasures, double betweenness, boolean articulationPoint) {
	}

	/**
	 * @param a one body
	 * @param b the other
	 * @param shared measures they share
	 */
	record Pair(String a, String b, int shared) {
	}

	/**
	 * @param agencies bodies in the network
	 * @param links pairs sharing a measure
	 * @param betweenness how betweenness was computed
	 * @param centrality the most central bodies
	 * @param mostSharedPairs the pairs sharing most measures
	 * @param articulationPointCount bodies whose removal splits the network
	 * @param articulationPoints the first 1000 of them
	 * @param bridgeCount links whose removal splits it
	 * @param bridges the first 1000 of them
	 */
	record Collaboration(int agencies, int links, Betweenness betweenness, List<Centrality> centrality,
			List<Pair> mostSharedPairs, int articulationPointCount, List<String> articulationPoints, int bridgeCount,
			List<Pair> bridges) {
	}

	/**
	 * @param jurisdiction the place asked for, or {@code null} for the whole graph
	 * @param inherited whether default-rule facts counted
	 * @param role the facts that counted: any, lead, responsible or inherited
	 * @param workload bodies by load, heaviest first
	 * @param collaboration the network of bodies sharing measures
	 */
	record Analytics(String jurisdiction, boolean inherited, String role, List<Workload> workload, Collaboration collaboration)
			implements Tabular<Workload> {

		@Override
		public List<Workload> rows() {
			return this.workload;
		}

	}

	@GetMapping("/api/analytics/agencies")
	@Operation(summary = "Workload ranking and the collaboration network with centrality, bridges and articulation points (JGraphT); "
			+ "jurisdiction + scope count the bodies of those places; inherited=false leaves default-rule facts out of every figure; "
			+ "role (lead, responsible, inherited, any) counts only facts in that role, in the ranking and the network alike")
	Analytics analytics(@RequestParam(required = false) String jurisdiction,
			@RequestParam(defaultValue = "within") String scope, @RequestParam(defaultValue = "true") boolean inherited,
			@RequestParam(defaultValue = "20") int top, @RequestParam(defaultValue = "any") String role) {
		if (top < 1 || top > 500) {
			throw new IllegalArgumentException("top must be between 1 and 500, was " + top);
		}
		Filters.Values f = this.filters.of(jurisdiction, scope, null, inherited, role);
		return this.graph.as(this.collaboration.analyse(f.place(), f.places(), inherited, f.role(), top), Analytics.class);
	}

	@GetMapping(value = "/api/export/graphml", produces = "application/graphml+xml")
	@Operation(summary = "A subgraph as GraphML: scope=agency:<id> | chain:<id> | document:<id>")
	ResponseEntity<String> export(@RequestParam String scope) {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"policygraph.graphml\"")
			.body(this.graphml.export(scope));
	}

}
