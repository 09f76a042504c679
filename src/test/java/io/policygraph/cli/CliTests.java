package io.policygraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import io.policygraph.ingest.PolicyExtractor;
import io.policygraph.ingest.UnreadableSourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

	@Test
	void ingestIntoADatabaseHeldByARunningServiceSaysWhatToDoInstead(@TempDir Path data) throws Exception {
		Path lock = Files.createDirectories(data.resolve("data/databases")).resolve("store_lock");
		Files.createFile(lock);
		var err = new ByteArrayOutputStream();
		var out = new ByteArrayOutputStream();
		System.setProperty("policygraph.embedded.data-dir", data.toString());
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE); var held = channel.lock()) {
			int code = Cli.run(new String[] { "ingest", "src/test/resources/fixtures/jinan-wufei-excerpt.txt" },
					new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
			assertThat(code).isEqualTo(2);
			assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
				.startsWith("ingest: the database in " + data + " is held by a running PolicyGraph service")
				.contains("curl -X POST").contains("/api/documents?name=");
			assertThat(Cli.run(new String[] { "delete", "doc-1" }, System.out, new PrintStream(err, true, StandardCharsets.UTF_8)))
				.isEqualTo(2);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("curl -X DELETE").contains("/api/documents/doc-1");
			assertThat(out.size()).isZero();
		}
		finally {
			System.clearProperty("policygraph.embedded.data-dir");
		}
	}

}
