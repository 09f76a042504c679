package io.policygraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
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

	static Stream<Arguments> refused() {
		byte[] truncated = "（责任单位：市财政局）".getBytes(StandardCharsets.UTF_8);
		byte[] mixed = concat("一、任务（责任单位：市财政局）".getBytes(StandardCharsets.UTF_8),
				"二、任务（责任单位：市商务局）".getBytes(Charset.forName("GBK")));
		byte[] zeros = new byte[4096];
		byte[] random = new byte[8192];
		new java.util.Random(1).nextBytes(random);
		return Stream.of(Arguments.of("empty.txt", new byte[0]), Arguments.of("blank.txt", "  \n\n\t \r\n".getBytes()),
				Arguments.of("zeros.bin", zeros), Arguments.of("random.bin", random),
				Arguments.of("doc.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)),
				Arguments.of("control.txt", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008".repeat(100).getBytes()),
				Arguments.of("truncated-utf8-as-gbk-garbage.txt", Arrays.copyOf(truncated, truncated.length - 1)),
				Arguments.of("mixed.txt", mixed));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void refusedWithTheFileNamedOrReadAsText(String name, byte[] bytes) {
		assertTimeoutPreemptively(BOUND, () -> {
			try {
				ExtractedFile f = this.extractor.extract(name, bytes);
				// a decodable file (GB18030 reads many byte sequences) must still come out as text, not crash
				assertThat(f.documents()).isNotNull();
			}
			catch (UnreadableSourceException ex) {
				assertThat(ex.getMessage()).startsWith(name + ": ");
			}
		});
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
				Arguments.of("cypher-and-json.txt", ("1.测试。（责任单位：市财政局\"}) MATCH (n) DETACH DELETE n //、{\"a\": [1]}、`x`、$param）\n")
					.repeat(1000).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("many-measures.txt", ("某市测试实施方案\n一、任务\n" + measure.repeat(100_000)).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("html.txt", "<html><body><p>（责任单位：市财政局）</p><script>alert(1)</script></body></html>".getBytes()),
				Arguments.of("gbk.txt", "某市测试实施方案\n一、任务\n1.推进。（责任单位：市商务局）\n".getBytes(Charset.forName("GBK"))),
				Arguments.of("prose-lead-storm.txt", "由市财政局牵头会同".repeat(200_000).getBytes(StandardCharsets.UTF_8)),
				Arguments.of("keyword-storm.txt", "以下均需".repeat(200_000).getBytes(StandardCharsets.UTF_8)));
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

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

}
