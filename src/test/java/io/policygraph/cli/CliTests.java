package io.policygraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.policygraph.ingest.PolicyExtractor;
import io.policygraph.ingest.UnreadableSourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line on the committed hostile corpus: a refused file gives a non-zero exit and one
 * readable line naming it; an accepted one gives JSON Lines on standard output.
 */
class CliTests {

	static Stream<Path> corpus() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/hostile"))) {
			return files.sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void extractRefusesWithOneLineOrPrintsJsonLines(Path file) throws Exception {
		boolean refused;
		try {
			new PolicyExtractor().extract(file.getFileName().toString(), Files.readAllBytes(file));
			refused = false;
		}
		catch (UnreadableSourceException ex) {
			refused = true;
		}
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int code = Cli.run(new String[] { "extract", file.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String stderr = err.toString(StandardCharsets.UTF_8);
		if (refused) {
			assertThat(code).isEqualTo(1);
			assertThat(stderr.lines()).hasSize(1).first().asString().startsWith("extract: " + file.getFileName() + ": ");
			assertThat(out.size()).isZero();
		}
		else {
			assertThat(code).as(stderr).isZero();
			out.toString(StandardCharsets.UTF_8).lines().forEach(l -> assertThat(l).startsWith("{\"file\": ").endsWith("}"));
		}
	}

	@Test
	void unknownCommandAndMissingFileExitNonZero() {
		var err = new ByteArrayOutputStream();
		PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
		assertThat(Cli.run(new String[] { "frobnicate" }, System.out, e)).isEqualTo(2);
		assertThat(Cli.run(new String[] { "extract", "no/such/file.txt" }, System.out, e)).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'").contains("no/such/file.txt: no such file");
	}

}
