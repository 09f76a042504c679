package io.policygraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Garbage and hostile input: each ends in a clear refusal naming the file or in an extraction, and
 * never hangs (the bound is generous: it catches runaway backtracking, it does not measure speed).
 */
class HostileInputTests {

	static final Duration BOUND = Duration.ofSeconds(60);

	private final PolicyExtractor extractor = new PolicyExtractor();

	static Stream<java.nio.file.Path> corpus() throws java.io.IOException {
		try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/hostile"))) {
			return files.sorted().toList().stream();
		}
	}

	/** The committed hostile corpus: at least 25 files, each refused with its name or extracted. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void committedHostileCorpusIsRefusedWithTheFileNamedOrExtracted(java.nio.file.Path file) throws Exception {
		byte[] bytes = java.nio.file.Files.readAllBytes(file);
		String name = file.getFileName().toString();
		assertTimeoutPreemptively(BOUND, () -> {
			try {
				assertThat(this.extractor.extract(name, bytes).documents()).isNotNull();
			}
			catch (UnreadableSourceException ex) {
				assertThat(ex.getMessage()).startsWith(name + ": ");
			}
		});
	}

	@org.junit.jupiter.api.Test
	void corpusHoldsAtLeastTwentyFiveInputs() throws Exception {
		assertThat(corpus().count()).isGreaterThanOrEqualTo(25);
	}

	@org.junit.jupiter.api.Test
	void utf16WithByteOrderMarkIsRead() throws Exception {
		byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/hostile/14-utf16le-bom.txt"));
		ExtractedFile f = this.extractor.extract("u16.txt", bytes);
		assertThat(f.documents().get(0).responsibilityUnits().get(0).mentions()).extracting(Mention::surface)
			.containsExactly("市发展改革委", "市财政局", "市商务局");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("large")
	void largeAndPathologicalTextIsExtractedWithinBounds(String name, byte[] bytes) {
		assertTimeoutPreemptively(BOUND, () -> assertThat(this.extractor.extract(name, bytes).documents()).isNotEmpty());
	}

	static Stream<Arguments> large() {
		String measure = "1.推进建设。（牵头单位：市发展改革委；责任单位：市财政局、市商务局）\n";
		return Stream.of(Arguments.of("million-lines.txt", "没有标点的一行文字\n".repeat(1_000_000).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("one-10mb-line.txt", "没有标点".repeat(900_000).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("nested-brackets.txt", ("（".repeat(10_000) + "责任单位：市财政局" + "）".repeat(10_000)).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("unbalanced-brackets.txt", ("（责任单位：市财政局、".repeat(20_000)).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("free-standing-keywords.txt", ("责任单位：市财政局、".repeat(20_000)).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("opening-keyword-brackets.txt", ("（牵头单位：（".repeat(20_000)).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("closing-brackets.txt", ("）责任单位：".repeat(10_000)).getBytes(StandardCharsets.UTF_8)),
				// one paragraph right after the title: the addressee test once backtracked over the whole line
				Arguments.of("prose-partners.txt", ("某市测试方案\n" + "由市发改委负责，市财政局配合，".repeat(20_000)).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("rules.txt", ("某市测试方案\n" + "以下任务各区均为列第一位的为牵头单位".repeat(20_000) + "不再列出。").getBytes(StandardCharsets.UTF_8)),
				Arguments.of("table-headers.txt", "序号 重点任务 牵头单位 责任单位\n".repeat(50_000).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("cypher-and-json.txt", ("1.测试。（责任单位：市财政局\"}) MATCH (n) DETACH DELETE n //、{\"a\": [1]}、`x`、$param）\n")
					.repeat(1000).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("many-measures.txt", ("某市测试实施方案\n一、任务\n" + measure.repeat(100_000)).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("gbk.txt", "某市测试实施方案\n一、任务\n1.推进。（责任单位：市商务局）\n".getBytes(Charset.forName("GBK"))),
				Arguments.of("prose-lead-storm.txt", "由市财政局牵头会同".repeat(200_000).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("keyword-storm.txt", "以下均需".repeat(200_000).getBytes(StandardCharsets.UTF_8)));
	}

	/** A web page is read as one (issue 15): its script never reaches the text, and a page with no article body is refused. */
	@org.junit.jupiter.api.Test
	void htmlIsReadAsAPageNotAsText() {
		String script = "<script>alert('（责任单位：市公安局）')</script>";
		byte[] tiny = ("<html><body><p>（责任单位：市财政局）</p>" + script + "</body></html>").getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.extractor.extract("html.txt", tiny)).isInstanceOf(UnreadableSourceException.class)
			.hasMessageStartingWith("html.txt: HTML page with no article body");
		byte[] page = ("<html><body><div id=\"zoom\"><p>某市测试实施方案</p><p>一、任务</p><p>1.推进城市更新，完善配套设施建设，提升城市品质和居民生活水平。（责任单位：市财政局）</p>"
				+ script + "</div></body></html>").getBytes(StandardCharsets.UTF_8);
		ExtractedFile f = this.extractor.extract("page.txt", page);
		assertThat(f.documents().get(0).responsibilityUnits()).singleElement()
			.satisfies(u -> assertThat(u.mentions()).extracting(Mention::surface).containsExactly("市财政局"));
	}

	@org.junit.jupiter.api.Test
	void hundredMegabytesOfTextIsExtractedOrRefusedWithinBounds() {
		byte[] big = "1.推进建设，按规定执行，确保完成任务。（责任单位：市财政局）\n".repeat(1_200_000).getBytes(StandardCharsets.UTF_8);
		assertThat(big.length).isGreaterThan(100_000_000);
		assertTimeoutPreemptively(Duration.ofSeconds(180), () -> {
			ExtractedFile f = this.extractor.extract("100mb.txt", big);
			assertThat(f.documents().get(0).responsibilityUnits()).hasSize(1_200_000);
		});
	}

	@org.junit.jupiter.api.Test
	void injectionTextIsKeptAsDataInSurfaces() {
		ExtractedFile f = this.extractor.extract("x.txt",
				"某市测试实施方案\n一、任务\n1.测试。（责任单位：市财政局、\"}) DETACH DELETE n //局）\n".getBytes(StandardCharsets.UTF_8));
		assertThat(f.documents().get(0).responsibilityUnits().get(0).mentions()).extracting(Mention::surface)
			.contains("市财政局");
		assertThatThrownBy(() -> this.extractor.extract("nul.txt", "a\u0000b".getBytes()))
			.isInstanceOf(UnreadableSourceException.class);
	}

}
