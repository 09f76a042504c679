package io.policygraph.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.load.IngestService;
import io.policygraph.load.IngestSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	DocumentController(GraphQueries graph, IngestService ingest) {
		this.graph = graph;
		this.ingest = ingest;
	}

	@GetMapping("/api/documents")
	@Operation(summary = "Documents with metadata and validity")
	Map<String, Object> list(@RequestParam(required = false) String jurisdiction, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Paging paging = new Paging(page, size);
		Map<String, Object> p = new HashMap<>();
		p.put("jurisdiction", AgencyController.blankToNull(jurisdiction));
		p.put("skip", paging.skip());
		p.put("size", paging.size());
		String match = "MATCH (d:Document) WHERE $jurisdiction IS NULL OR d.jurisdiction = $jurisdiction ";
		List<Map<String, Object>> items = this.graph.rows(match + """
				WITH d ORDER BY d.sourceFile, d.lineStart SKIP $skip LIMIT $size
				RETURN d {.id, .title, .docNo, .issuer, .issuedOn, .kind, .validFrom, .validTo, .jurisdiction,
				          .sourceFile, .lineStart, .lineEnd, .measureCount, .unitCount, .flags} AS document""", p)
			.stream().map(r -> MeasureController.castMap(r.get("document"))).toList();
		return paging.envelope(items, this.graph.count(match + "RETURN count(d) AS c", p));
	}

	@GetMapping("/api/documents/{id}")
	@Operation(summary = "A document: metadata, validity, and its section tree with measure counts")
	Map<String, Object> get(@PathVariable String id) {
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
		return doc;
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

	// issue 15: any published format; the reader is chosen by the content, the Content-Type only lets it in
	@PostMapping(value = "/api/documents", consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE,
			MediaType.APPLICATION_PDF_VALUE, MediaType.TEXT_HTML_VALUE, "application/xhtml+xml", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-works", "application/wps-office.wps",
			"application/kswps" })
	@Operation(summary = "Ingest one document sent as the request body: text, PDF, Word (DOCX, DOC, WPS), Excel or HTML (needs X-API-Key)")
	Map<String, Object> upload(@RequestParam(defaultValue = "upload.txt") String name,
			@RequestBody(required = false) byte[] body) {
		// UploadGuard has checked the key and the size before the body was read
		// an empty body reaches the extractor, which refuses it with the file named like any other bad input
		return summary(this.ingest.ingest(safeName(name), body == null ? new byte[0] : body, line -> { }));
	}

	@PostMapping(value = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Ingest one document sent as a multipart file (needs X-API-Key)")
	Map<String, Object> uploadFile(@RequestPart("file") MultipartFile file) throws IOException {
		String name = file.getOriginalFilename() == null ? "upload.txt" : file.getOriginalFilename();
		return summary(this.ingest.ingest(safeName(name), file.getBytes(), line -> { }));
	}

	private static String safeName(String name) {
		String n = name.replaceAll("[\\\\/]", "_").strip();
		if (n.isEmpty() || n.length() > 200) {
			throw new IllegalArgumentException("name must be 1 to 200 characters");
		}
		return n;
	}

	private static Map<String, Object> summary(IngestSummary s) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("unchanged", s.unchanged() > 0);
		out.put("documents", s.documents());
		out.put("measures", s.measures());
		out.put("responsibilityEdges", s.edges());
		out.put("unresolved", s.unresolved());
		return out;
	}

}
