package io.policygraph.graph;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.policygraph.load.IngestService;
import io.policygraph.load.IngestSummary;
import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every format through ingest and the upload API (issue 15, ADR 0012): a folder holding one document as text,
 * DOCX, PDF, HTML and WPS ingests it as one document that each file contains, with the facts of any one of
 * them; refused files are listed by name and change no count; provenance carries the page.
 */
class FormatsIngestIT extends EmbeddedGraphTest {

	private static final Path FORMATS = Path.of("src/test/resources/formats");

	private static final String TITLE = "大连市数字经济高质量发展三年行动计划（2024—2026年）";

	private static final String FACTS = """
			MATCH (d:Document {title: $title})-[:HAS_SECTION|HAS_MEASURE*1..6]->(m:Measure)<-[r:LEADS|RESPONSIBLE_FOR]-(a)
			RETURN m.path + ' ' + type(r) + ' ' + a.id AS fact ORDER BY fact""";

	@Autowired
	IngestService ingest;

	@BeforeEach
	void cleanDatabase() {
		clean();
		this.seedLoader.load(List.of());
	}

	@Test
	void aFolderOfMixedFormatsHoldsOneDocumentWithEqualFactsAndListsWhatItRefused(@TempDir Path folder) throws Exception {
		this.ingest.ingest(List.of(FORMATS.resolve("dalian.docx")), line -> { });
		List<Object> docxFacts = facts();
		assertThat(docxFacts).isNotEmpty();
		clean();
		this.seedLoader.load(List.of());

		Files.copy(Path.of("src/test/resources/gold/other-cities/e_dalian_digital.txt"), folder.resolve("dalian.txt"));
		for (String f : List.of("dalian.docx", "dalian.pdf", "dalian.html", "dalian.wps", "dalian-tasks.xlsx", "scanned.pdf",
				"encrypted.pdf", "no-article.html")) {
			Files.copy(FORMATS.resolve(f), folder.resolve(f));
		}
		Files.writeString(folder.resolve("README.md"), "not a document");
		List<String> progress = new ArrayList<>();
		IngestSummary summary = this.ingest.ingest(List.of(folder), progress::add);

		assertThat(summary.files()).isEqualTo(9);
		assertThat(summary.failures()).hasSize(3).anySatisfy(f -> assertThat(f).startsWith("scanned.pdf: 图像扫描件，无可提取文字"))
			.anySatisfy(f -> assertThat(f).startsWith("encrypted.pdf: encrypted PDF"))
			.anySatisfy(f -> assertThat(f).startsWith("no-article.html: HTML page with no article body"));
		assertThat(progress).anySatisfy(line -> assertThat(line).startsWith("  not ingested: scanned.pdf"));
		assertThat(count("MATCH (d:Document {title: '" + TITLE + "'}) RETURN count(d) AS c")).isEqualTo(1);
		assertThat(rows("MATCH (f:SourceFile)-[:CONTAINS]->(:Document {title: '" + TITLE + "'}) RETURN f.name AS name ORDER BY name"))
			.extracting(r -> r.get("name")).containsExactly("dalian.docx", "dalian.html", "dalian.pdf", "dalian.txt", "dalian.wps");
		// the workbook holds the appendix table alone: a document of its own
		assertThat(count("MATCH (:SourceFile {name: 'dalian-tasks.xlsx', format: 'xlsx'})-[:CONTAINS]->(d:Document) RETURN count(d) AS c"))
			.isEqualTo(1);
		// written last, the WPS file gives the facts: the same as the DOCX alone
		assertThat(facts()).isEqualTo(docxFacts);
	}

	@Test
	void pdfProvenanceNamesThePage() {
		this.ingest.ingest(List.of(FORMATS.resolve("dalian.pdf")), line -> { });
		var row = single("""
				MATCH (a)-[r:LEADS]->(m:Measure {path: '附件/8'})
				RETURN r.page AS page, m.page AS measurePage, a.name AS lead""");
		assertThat(row.get("lead")).asString().contains("财政");
		assertThat(row.get("page")).isEqualTo(2L);
		assertThat(row.get("measurePage")).isEqualTo(2L);
		assertThat(count("MATCH (d:Document {format: 'pdf'}) RETURN count(d) AS c")).isEqualTo(1);
	}

	@Test
	void uploadsInEveryFormatAndRefusalsThatWriteNothing() throws Exception {
		HttpResponse<String> pdf = upload("dalian.pdf", "application/pdf", Files.readAllBytes(FORMATS.resolve("dalian.pdf")));
		assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(200);
		assertThat(pdf.body()).contains("\"documents\":1");
		HttpResponse<String> html = multipart("page.html", Files.readAllBytes(FORMATS.resolve("dalian.html")));
		assertThat(html.statusCode()).as(html.body()).isEqualTo(200);
		assertThat(html.body()).contains("\"documents\":1");

		String stats = get("/api/stats").body();
		for (String refused : List.of("scanned.pdf", "encrypted.pdf", "no-article.html")) {
			HttpResponse<String> r = upload(refused, "application/octet-stream", Files.readAllBytes(FORMATS.resolve(refused)));
			assertThat(r.statusCode()).isEqualTo(400);
			assertThat(r.body()).contains(refused);
		}
		HttpResponse<String> bomb = multipart("bomb.docx", bomb());
		assertThat(bomb.statusCode()).isEqualTo(400);
		assertThat(bomb.body()).contains("bomb.docx: zip bomb refused");
		assertThat(get("/api/stats").body()).isEqualTo(stats);
	}

	private List<Object> facts() {
		return rows(FACTS.replace("$title", "'" + TITLE + "'")).stream().map(r -> r.get("fact")).toList();
	}

	private static byte[] bomb() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
			zip.write(new byte[40 << 20]);
		}
		return out.toByteArray();
	}

	private HttpResponse<String> upload(String name, String type, byte[] body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/documents?name=" + name))
			.header("Content-Type", type).header("X-API-Key", API_KEY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> multipart(String name, byte[] file) throws Exception {
		String boundary = "policygraph-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/documents"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-API-Key", API_KEY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
	}


	private Map<String, Object> single(String cypher) {
		return rows(cypher).get(0);
	}

	private List<Map<String, Object>> rows(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).list(r -> r.asMap());
		}
	}

}
