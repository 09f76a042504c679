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
 * Every format through ingest and the upload API (issue 15, ADR 0012): a folder holding one document as DOCX,
 * PDF, HTML, WPS and OFD ingests it as one document, created by the first and contained by each, with the facts of
 * the first; a text whose units differ is a conflict (ADR 0011); refused files are listed by name and change no
 * count; the graph invariants hold; provenance carries the page.
 */
class FormatsIngestIT extends EmbeddedGraphTest {

	private static final Path FORMATS = Path.of("src/test/resources/formats");

	private static final String TITLE = "大连市数字经济高质量发展三年行动计划（2024—2026年）";

	private static final String FACTS = """
			MATCH (d:Document {title: $title})-[:HAS_SECTION|HAS_MEASURE*1..6]->(m:Measure)<-[r:LEADS|RESPONSIBLE_FOR]-(a)
			RETURN m.path + ' ' + type(r) + ' ' + a.id AS fact ORDER BY fact""";

	/**
	 * The registry holds Shandong's places and the Dalian plan names none of them, so ingest refuses it until it
	 * is given a place (ADR 0011); these tests give one, since they are about formats, not places.
	 */
	private static final IngestService.Metadata PLACE = new IngestService.Metadata(null, "jinan", null, null);

	private static final IngestService.Options COMMAND = new IngestService.Options(PLACE, null, true, true, false);

	private static final IngestService.Options SEED = new IngestService.Options(PLACE, null, true, false, false);

	@Autowired
	IngestService ingest;

	@BeforeEach
	void cleanDatabase() {
		clean();
		this.seedLoader.load(List.of());
	}

	/**
	 * The DOCX, first in the folder, creates the document; the HTML, PDF and WPS files read the same units and are
	 * recorded as files containing it. The text file wraps a table row over two lines and so reads one unit with
	 * a body less: another text with the same title, refused as a conflict like any other (ADR 0011).
	 */
	@Test
	void aFolderOfMixedFormatsHoldsOneDocumentWithEqualFactsAndListsWhatItRefused(@TempDir Path folder) throws Exception {
		IngestSummary noPlace = this.ingest.ingest(List.of(FORMATS.resolve("dalian.docx")), line -> { });
		assertThat(noPlace.failures()).singleElement().asString().contains("no jurisdiction for '" + TITLE + "' (dalian.docx:1)");
		this.ingest.ingest(List.of(FORMATS.resolve("dalian.docx")), COMMAND, line -> { });
		List<Object> docxFacts = facts();
		assertThat(docxFacts).isNotEmpty();
		clean();
		this.seedLoader.load(List.of());

		Files.copy(Path.of("src/test/resources/gold/other-cities/e_dalian_digital.txt"), folder.resolve("dalian.txt"));
		for (String f : List.of("dalian.docx", "dalian.pdf", "dalian.html", "dalian.wps", "dalian.ofd", "dalian-tasks.xlsx", "scanned.pdf",
				"encrypted.pdf", "no-article.html")) {
			Files.copy(FORMATS.resolve(f), folder.resolve(f));
		}
		Files.writeString(folder.resolve("README.md"), "not a document");
		List<String> progress = new ArrayList<>();
		IngestSummary summary = this.ingest.ingest(List.of(folder), COMMAND, progress::add);

		assertThat(summary.files()).isEqualTo(10);
		assertThat(summary.failures()).hasSize(4).anySatisfy(f -> assertThat(f).startsWith("scanned.pdf: 图像扫描件，无可提取文字"))
			.anySatisfy(f -> assertThat(f).startsWith("encrypted.pdf: encrypted PDF"))
			.anySatisfy(f -> assertThat(f).startsWith("no-article.html: HTML page with no article body"))
			.anySatisfy(f -> assertThat(f).contains("dalian.txt: '" + TITLE + "' has the ").contains("but other text"));
		assertThat(progress).anySatisfy(line -> assertThat(line).startsWith("  not ingested: scanned.pdf"))
			.anySatisfy(line -> assertThat(line).startsWith("same     dalian.pdf:").contains("in another format"));
		assertThat(count("MATCH (d:Document {title: '" + TITLE + "'}) RETURN count(d) AS c")).isEqualTo(1);
		String id = (String) single("MATCH (d:Document {title: '" + TITLE + "'}) RETURN d.id AS id, d.format AS format").get("id");
		assertThat(summary.unchanged()).extracting(IngestSummary.Outcome::id).containsExactly(id, id, id, id);
		// the format is read from the content: this WPS file is Word inside
		assertThat(rows("MATCH (f:SourceFile)-[:CONTAINS]->(:Document {title: '" + TITLE + "'}) RETURN f.name + ' ' + f.format AS file ORDER BY file"))
			.extracting(r -> r.get("file"))
			.containsExactly("dalian.docx docx", "dalian.html html", "dalian.ofd ofd", "dalian.pdf pdf", "dalian.wps doc");
		assertThat(count("MATCH (d:Document {title: '" + TITLE + "', format: 'docx', sourceFile: 'dalian.docx'}) RETURN count(d) AS c"))
			.isEqualTo(1);
		// the workbook holds the appendix table alone: a document of its own
		assertThat(count("MATCH (:SourceFile {name: 'dalian-tasks.xlsx', format: 'xlsx'})-[:CONTAINS]->(d:Document) RETURN count(d) AS c"))
			.isEqualTo(1);
		// created by the DOCX, the document has its facts, whatever the other files
		assertThat(facts()).isEqualTo(docxFacts);
		assertInvariants();

		// the same folder again: every file is known by its bytes, nothing is written
		String graph = get("/api/stats").body();
		IngestSummary again = this.ingest.ingest(List.of(folder), COMMAND, line -> { });
		assertThat(again.created()).isEmpty();
		assertThat(again.unchanged()).extracting(IngestSummary.Outcome::id).contains(id);
		assertThat(get("/api/stats").body()).isEqualTo(graph);

		// written again (ingest --force), the document keeps every file that contains it
		this.ingest.ingest(List.of(folder.resolve("dalian.docx")), COMMAND.rewriting(), line -> { });
		assertThat(count("MATCH (f:SourceFile)-[:CONTAINS]->(:Document {id: '" + id + "'}) RETURN count(f) AS c")).isEqualTo(5);
		assertThat(count("MATCH (f:SourceFile) WHERE '" + id + "' IN coalesce(f.retired, []) RETURN count(f) AS c")).isZero();
		assertInvariants();

		// deleted, it is retired on every file that held it, and the seed load does not bring it back through any
		// (the text file never held it: taken away, it would otherwise now be the first of that title)
		assertThat(this.ingest.delete(id)).isNotNull();
		assertThat(count("MATCH (f:SourceFile) WHERE '" + id + "' IN f.retired RETURN count(f) AS c")).isEqualTo(5);
		Files.delete(folder.resolve("dalian.txt"));
		this.ingest.ingest(List.of(folder), SEED, line -> { });
		assertThat(count("MATCH (d:Document {title: '" + TITLE + "'}) RETURN count(d) AS c")).isZero();
		assertInvariants();
	}

	private void assertInvariants() throws Exception {
		for (var invariant : GraphInvariantsIT.invariants().entrySet()) {
			assertThat(rows(invariant.getValue())).as(invariant.getKey()).isEmpty();
		}
	}

	@Test
	void pdfProvenanceNamesThePage() {
		this.ingest.ingest(List.of(FORMATS.resolve("dalian.pdf")), COMMAND, line -> { });
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
		assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(201);
		String id = (String) single("MATCH (d:Document {title: '" + TITLE + "'}) RETURN d.id AS id").get("id");
		assertThat(pdf.body()).contains("\"created\":[{\"id\":\"" + id + "\"");
		// the same document as a web page: recorded as a file containing it, answered as unchanged
		HttpResponse<String> html = multipart("page.html", Files.readAllBytes(FORMATS.resolve("dalian.html")));
		assertThat(html.statusCode()).as(html.body()).isEqualTo(200);
		assertThat(html.body()).contains("\"created\":[]").contains("\"unchanged\":[{\"id\":\"" + id + "\"");
		assertThat(rows("MATCH (f:SourceFile)-[:CONTAINS]->(:Document {id: '" + id + "'}) RETURN f.name AS name ORDER BY name"))
			.extracting(r -> r.get("name")).containsExactly("dalian.pdf", "page.html");
		// the text reads other units (a wrapped table row): a different text with the same title
		HttpResponse<String> text = upload("dalian.txt", "text/plain",
				Files.readAllBytes(Path.of("src/test/resources/gold/other-cities/e_dalian_digital.txt")));
		assertThat(text.statusCode()).as(text.body()).isEqualTo(409);
		assertThat(text.body()).contains(id);

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
		assertInvariants();
	}

	/**
	 * A page a server sent as UTF-8 while its meta tag still says gb2312, and a GBK page whose template says
	 * utf-8 sent as multipart with the part's charset: the Content-Type decides, and each is read with its
	 * title; without it the first is refused (mojibake, no article), and nothing is written.
	 */
	@Test
	void theContentTypeCharsetDecodesAnUploadedPage() throws Exception {
		String page = new String(Files.readAllBytes(FORMATS.resolve("dalian.html")), java.nio.charset.Charset.forName("GB18030"));
		byte[] transcoded = page.getBytes(StandardCharsets.UTF_8);
		String stats = get("/api/stats").body();
		HttpResponse<String> unlabelled = upload("page.html", "text/html", transcoded);
		assertThat(unlabelled.statusCode()).as(unlabelled.body()).isEqualTo(400);
		assertThat(unlabelled.body()).contains("page.html: HTML page with no article body");
		assertThat(get("/api/stats").body()).isEqualTo(stats);
		HttpResponse<String> labelled = upload("page.html", "text/html; charset=utf-8", transcoded);
		assertThat(labelled.statusCode()).as(labelled.body()).isEqualTo(201);
		assertThat(count("MATCH (d:Document {title: '" + TITLE + "', format: 'html'}) RETURN count(d) AS c")).isEqualTo(1);
		// the same format with other bytes is another text (ADR 0012): the second page goes to an empty graph
		clean();
		this.seedLoader.load(List.of());
		byte[] gbk = page.replace("charset=gb2312", "charset=utf-8").getBytes(java.nio.charset.Charset.forName("GB18030"));
		HttpResponse<String> part = multipart("gbk.html", "text/html; charset=GBK", gbk);
		assertThat(part.statusCode()).as(part.body()).isEqualTo(201);
		assertThat(count("MATCH (d:Document {title: '" + TITLE + "', sourceFile: 'gbk.html'}) RETURN count(d) AS c")).isEqualTo(1);
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
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/documents?jurisdiction=jinan&name=" + name))
			.header("Content-Type", type).header("X-API-Key", API_KEY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> multipart(String name, byte[] file) throws Exception {
		return multipart(name, "application/octet-stream", file);
	}

	private HttpResponse<String> multipart(String name, String type, byte[] file) throws Exception {
		String boundary = "policygraph-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/documents?jurisdiction=jinan"))
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
