package io.policygraph.api;

import io.policygraph.graph.Vocabulary;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.policygraph.ingest.format.Formats;
import io.policygraph.load.IngestService;
import io.policygraph.load.IngestSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents: metadata, validity and section tree; upload of a new document (API key required).
 */
@RestController
@Tag(name = "documents")
class DocumentController {

	private final GraphQueries graph;

	private final IngestService ingest;

	private final Filters filters;

	DocumentController(GraphQueries graph, IngestService ingest, Filters filters) {
		this.graph = graph;
		this.ingest = ingest;
		this.filters = filters;
	}

	/**
	 * A document in a list.
	 *
	 * @param id document id
	 * @param title its title
	 * @param docNo its 文号
	 * @param issuer the issuing body as written
	 * @param issuedOn the date it was signed
	 * @param kind 规划, 实施方案, 行动计划, 若干措施 …
	 * @param validFrom first day in force
	 * @param validTo last day in force
	 * @param validitySource how the dates were found: explicit, period, five-year-plan, issue-date or none
	 * @param jurisdiction place id
	 * @param sourceFile the file it came from
	 * @param lineStart its first line in the file
	 * @param lineEnd its last line in the file
	 * @param measureCount measures in it
	 * @param unitCount measures that name at least one body
	 * @param flags data-quality notes
	 */
	record DocumentSummary(String id, String title, String docNo, String issuer, LocalDate issuedOn, String kind,
			LocalDate validFrom, LocalDate validTo, String validitySource, String jurisdiction, String sourceFile,
			Integer lineStart, Integer lineEnd, Integer measureCount, Integer unitCount, List<String> flags) {
	}

	@GetMapping("/api/documents")
	@Operation(summary = "Documents with metadata and validity; jurisdiction (place id or name) with scope within (default: "
			+ "and the places under it) or exact; asOf: only those in force that day")
	Page<DocumentSummary> list(@RequestParam(required = false) String jurisdiction,
			@RequestParam(defaultValue = "within") String scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Paging paging = new Paging(page, size);
		Map<String, Object> p = this.filters.of(jurisdiction, scope, asOf).into(new HashMap<>());
		p.put("skip", paging.skip());
		p.put("size", paging.size());
		String match = "MATCH (d:Document) WHERE " + Vocabulary.documentInScope("d") + " ";
		List<DocumentSummary> items = this.graph.rows(match + """
				WITH d ORDER BY d.sourceFile, d.lineStart SKIP $skip LIMIT $size
				RETURN d.id AS id, d.title AS title, d.docNo AS docNo, d.issuer AS issuer, d.issuedOn AS issuedOn,
				       d.kind AS kind, d.validFrom AS validFrom, d.validTo AS validTo, d.validitySource AS validitySource, d.jurisdiction AS jurisdiction,
				       d.sourceFile AS sourceFile, d.lineStart AS lineStart, d.lineEnd AS lineEnd,
				       d.measureCount AS measureCount, d.unitCount AS unitCount, d.flags AS flags""", p, DocumentSummary.class);
		return paging.envelope(items, this.graph.count(match + "RETURN count(d) AS c", p));
	}

	/**
	 * A document with its section tree.
	 *
	 * @param id document id
	 * @param title its title
	 * @param noticeTitle the title of the covering notice
	 * @param issuer the issuing body as written
	 * @param docNo its 文号
	 * @param issuedOn the date it was signed
	 * @param kind 规划, 实施方案, 行动计划, 若干措施 …
	 * @param validFrom first day in force
	 * @param validTo last day in force
	 * @param validitySource how the dates were found: explicit, period, five-year-plan, issue-date or none
	 * @param jurisdiction place id
	 * @param jurisdictionEvidence what decided the place
	 * @param sourceFile the file it came from
	 * @param lineStart its first line in the file
	 * @param lineEnd its last line in the file
	 * @param measureCount measures in it
	 * @param unitCount measures that name at least one body
	 * @param flags data-quality notes
	 * @param supersedes ids of the documents it replaced, latest first
	 * @param supersededSha256 digests of the files they came from
	 * @param supersededAt when each was replaced
	 * @param sections its sections, nested by path
	 */
	record DocumentDetail(String id, String title, String noticeTitle, String issuer, String docNo, LocalDate issuedOn,
			String kind, LocalDate validFrom, LocalDate validTo, String validitySource, String jurisdiction, String jurisdictionEvidence,
			String sourceFile, Integer lineStart, Integer lineEnd, Integer measureCount, Integer unitCount, List<String> flags,
			List<String> supersedes, List<String> supersededSha256, List<String> supersededAt, List<SectionNode> sections) {
	}

	/**
	 * @param path section path ({@code 二/（三）})
	 * @param kind heading form
	 * @param title heading words
	 * @param lineStart first line
	 * @param lineEnd last line
	 * @param measures measures directly under it
	 * @param withResponsibility of those, the ones that name a body
	 * @param children sections under it
	 */
	record SectionNode(String path, String kind, String title, Integer lineStart, Integer lineEnd, long measures,
			long withResponsibility, List<SectionNode> children) {
	}

	@GetMapping("/api/documents/{id}")
	@Operation(summary = "A document: metadata, validity, and its section tree with measure counts")
	DocumentDetail get(@PathVariable String id) {
		Map<String, Object> row = this.graph.one(ReadQueries.DOCUMENT, Map.of("id", id));
		if (row == null) {
			throw new NotFoundException("document", id);
		}
		Map<String, Object> doc = new LinkedHashMap<>(MeasureController.castMap(row.get("document")));
		doc.remove("sha256");
		List<Map<String, Object>> sections = new ArrayList<>();
		for (Object s : (List<?>) row.get("sections")) {
			sections.add(new LinkedHashMap<>(MeasureController.castMap(s)));
		}
		sections.sort((a, b) -> Long.compare(((Number) a.get("order")).longValue(), ((Number) b.get("order")).longValue()));
		doc.put("sections", tree(sections));
		return this.graph.as(doc, DocumentDetail.class);
	}

	/**
	 * A measure of a document, with the bodies on it.
	 *
	 * @param id measure id
	 * @param ordinal its place in the document, from 0
	 * @param path section path ({@code 二/（三）/4})
	 * @param title its heading words, when it has some
	 * @param text its text
	 * @param lineStart first line in the source file
	 * @param lineEnd last line in the source file
	 * @param bodies the bodies on it: leads first, then responsible, then inherited, each in written order
	 */
	record DocumentMeasure(String id, Integer ordinal, String path, String title, String text, Integer lineStart,
			Integer lineEnd, List<MeasureBody> bodies) {
	}

	/**
	 * @param id body id
	 * @param name its name
	 * @param surface its name as the measure writes it
	 * @param role lead, responsible or inherited
	 * @param position its place in the written list
	 */
	record MeasureBody(String id, String name, String surface, String role, Integer position) {
	}

	@GetMapping("/api/documents/{id}/measures")
	@Operation(summary = "Every measure of a document in document order, with its bodies and their roles; inherited=false "
			+ "leaves out bodies given by a default rule")
	List<DocumentMeasure> measures(@PathVariable String id, @RequestParam(defaultValue = "true") boolean inherited) {
		Map<String, Object> p = this.filters.of(null, null, null, inherited, "any").into(new HashMap<>());
		p.put("id", id);
		List<DocumentMeasure> measures = this.graph.rows("""
				MATCH (m:Measure {documentId: $id})
				WITH m ORDER BY m.ordinal
				RETURN m.id AS id, m.ordinal AS ordinal, m.path AS path, m.title AS title, m.text AS text,
				       m.lineStart AS lineStart, m.lineEnd AS lineEnd,
				       COLLECT { MATCH (a)-[r:%s]->(m) WHERE %s
				                 RETURN {id: a.id, name: a.name, surface: r.surface, role: r.role, position: r.position} AS b
				                 ORDER BY CASE r.role WHEN 'lead' THEN 0 WHEN 'responsible' THEN 1 ELSE 2 END, r.position, a.id } AS bodies"""
			.formatted(Vocabulary.RESPONSIBILITY, Vocabulary.fact("r")), p, DocumentMeasure.class);
		if (measures.isEmpty() && this.graph.one("MATCH (d:Document {id: $id}) RETURN d.id AS id", Map.of("id", id)) == null) {
			throw new NotFoundException("document", id);
		}
		return measures;
	}

	/** Nests sections by path: {@code 二/（三）} goes under {@code 二}. */
	static List<Map<String, Object>> tree(List<Map<String, Object>> sections) {
		List<Map<String, Object>> roots = new ArrayList<>();
		Map<String, Map<String, Object>> byPath = new HashMap<>();
		for (Map<String, Object> s : sections) {
			s.remove("order");
			s.put("children", new ArrayList<Map<String, Object>>());
			String path = (String) s.get("path");
			byPath.put(path, s);
			int cut = path.lastIndexOf('/');
			Map<String, Object> parent = cut < 0 ? null : byPath.get(path.substring(0, cut));
			if (parent == null) {
				roots.add(s);
			}
			else {
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> children = (List<Map<String, Object>>) parent.get("children");
				children.add(s);
			}
		}
		return roots;
	}

	/**
	 * What an upload did: the documents created, the ones they replaced, the ones already stored (same
	 * bytes), each with its measure and fact counts, and the names no registry entry matched.
	 *
	 * @param created new documents, with the jurisdiction given to each and what decided it
	 * @param replaced documents superseded by this upload ({@code replacedBy} names the new one)
	 * @param unchanged documents already stored: the same bytes, or the same document in another format (its units
	 * equal), which this file is recorded as containing
	 * @param unresolved surface forms kept as provisional bodies ({@code place:name})
	 * @param stageMillis milliseconds per stage: lookup, extract, resolve, each write statement, commit (issue 22)
	 */
	record UploadResult(List<IngestSummary.Outcome> created, List<IngestSummary.Outcome> replaced,
			List<IngestSummary.Outcome> unchanged, Set<String> unresolved, Map<String, Long> stageMillis) {
	}

	// issue 15: any published format; the reader is chosen by the content, the Content-Type only lets it in
	@PostMapping(value = "/api/documents", consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE,
			MediaType.APPLICATION_PDF_VALUE, MediaType.TEXT_HTML_VALUE, "application/xhtml+xml", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-works", "application/wps-office.wps",
			"application/kswps", "application/ofd" })
	@Operation(summary = "Ingest one document sent as the request body: text, PDF, OFD, Word (DOCX, DOC, WPS), Excel or HTML (needs X-API-Key)", description = """
			The `charset` of the Content-Type decodes text and HTML when the bytes decode in it (over the page's own meta tag). The same bytes again answer 200 with the stored ids under `unchanged`, and so does the same document in another format (same units), which the file is then recorded as containing. A different text with the title or 			文号 of a stored document answers 409 naming it, unless `replace` gives that document's id. With no 			`jurisdiction` and none found in the text, 422 asks for it.""")
	ResponseEntity<UploadResult> upload(@RequestParam(defaultValue = "upload.txt") String name,
			@RequestParam(required = false) String title, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issued,
			@RequestParam(required = false) String docNo, @RequestParam(required = false) String replace,
			@RequestBody(required = false) byte[] body,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
		// UploadGuard has checked the key and the size before the body was read
		// an empty body reaches the extractor, which refuses it with the file named like any other bad input
		return result(this.ingest.ingest(safeName(name), body == null ? new byte[0] : body, Formats.charsetOf(contentType),
				options(title, jurisdiction, issued, docNo, replace), line -> { }));
	}

	@PostMapping(value = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Ingest one document sent as a multipart file (needs X-API-Key); answers as the plain upload")
	ResponseEntity<UploadResult> uploadFile(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String title, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issued,
			@RequestParam(required = false) String docNo, @RequestParam(required = false) String replace) throws IOException {
		String name = file.getOriginalFilename() == null ? "upload.txt" : file.getOriginalFilename();
		return result(this.ingest.ingest(safeName(name), file.getBytes(), Formats.charsetOf(file.getContentType()),
				options(title, jurisdiction, issued, docNo, replace), line -> { }));
	}

	/**
	 * What a deletion removed.
	 *
	 * @param deleted the document, with the measures and facts it held
	 */
	record Deleted(IngestSummary.Outcome deleted) {
	}

	@DeleteMapping("/api/documents/{id}")
	@Operation(summary = "Remove a document: its sections, measures, facts, and what only it held up (needs X-API-Key)")
	Deleted delete(@PathVariable String id) {
		IngestSummary.Outcome gone = this.ingest.delete(id);
		if (gone == null) {
			throw new NotFoundException("document", id);
		}
		return new Deleted(gone);
	}

	private static IngestService.Options options(String title, String jurisdiction, LocalDate issued, String docNo,
			String replace) {
		return IngestService.Options.upload(new IngestService.Metadata(AgencyController.blankToNull(title),
				AgencyController.blankToNull(jurisdiction), issued, AgencyController.blankToNull(docNo)),
				AgencyController.blankToNull(replace));
	}

	private static String safeName(String name) {
		String n = name.replaceAll("[\\\\/]", "_").strip();
		if (n.isEmpty() || n.length() > 200) {
			throw new IllegalArgumentException("name must be 1 to 200 characters");
		}
		return n;
	}

	private static ResponseEntity<UploadResult> result(IngestSummary s) {
		UploadResult r = new UploadResult(s.created(), s.replaced(), s.unchanged(), s.unresolved(), s.stageMillis());
		return ResponseEntity.status(s.created().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED).body(r);
	}

}
