package io.policygraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import io.policygraph.PolicyGraphApplication;
import io.policygraph.bench.SyntheticGraph;
import io.policygraph.load.IngestService;
import io.policygraph.load.IngestSummary;
import io.policygraph.load.SeedLoader;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ingest PATH...}, {@code delete ID...} and {@code seed}: run the ingest pipeline against the
 * configured database (the embedded one in the data directory, or {@code NEO4J_URI}) without starting the
 * web server.
 */
final class GraphCommands {

	private GraphCommands() {
	}

	static int run(String command, List<String> args, PrintStream out, PrintStream err) {
		String held = heldByAService(command, args);
		if (held != null) {
			err.println(held);
			return 2;
		}
		boolean force = args.contains("--force");
		List<Path> paths = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.startsWith("--")) {
				i += a.equals("--force") ? 0 : 1;
			}
			else {
				paths.add(Path.of(a));
			}
		}
		if (command.equals("ingest")) {
			if (paths.isEmpty()) {
				err.println("ingest: name at least one file or folder");
				return 2;
			}
			for (Path p : paths) {
				if (!Files.exists(p)) {
					err.println("ingest: " + p + ": no such file or folder");
					return 2;
				}
			}
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PolicyGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--policygraph.seed.enabled=false", "--spring.main.banner-mode=off")) {
			if (command.equals("generate")) {
				long nodes = Long.parseLong(BenchCommand.option(args, "--nodes", "1000000"));
				if (nodes < 1000 || nodes > 100_000_000) {
					err.println("generate: --nodes must be between 1000 and 100000000");
					return 2;
				}
				var size = SyntheticGraph.Size.ofNodes(nodes);
				long started = System.nanoTime();
				new SyntheticGraph(context.getBean(Driver.class)).generate(size, out::println);
				out.printf("generate: %s in %d s%n", size, (System.nanoTime() - started) / 1_000_000_000L);
				return 0;
			}
			IngestService.Options given = new IngestService.Options(
					new IngestService.Metadata(null, BenchCommand.option(args, "--jurisdiction", null), null, null),
					BenchCommand.option(args, "--replace", null), true, true, false);
			IngestService.Options options = force ? given.rewriting() : given;
			ProgressLine progress = new ProgressLine(out, ProgressLine.terminal());
			IngestSummary summary = command.equals("seed")
					? context.getBean(SeedLoader.class).load(IngestService.Options.SEED.rewriting())
					: context.getBean(IngestService.class).ingest(paths, options, progress::line, progress);
			out.println(command + ": " + summary);
			summary.unresolved().forEach(u -> out.println("  unresolved " + u));
			return summary.failures().isEmpty() ? 0 : 1;
		}
		catch (Exception ex) {
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			err.println(command + ": " + root.getMessage());
			return 1;
		}
	}

	/**
	 * The embedded database takes a lock on its store while a service runs on it; a second process cannot
	 * open it. Said in one line with what to run instead, rather than the stack trace of a failed start.
	 * {@return that line, or {@code null} when the store is free or the database is external}
	 */
	static String heldByAService(String command, List<String> args) {
		if (System.getenv("NEO4J_URI") != null && !System.getenv("NEO4J_URI").isBlank()) {
			return null;
		}
		String configured = System.getProperty("policygraph.embedded.data-dir", System.getenv("POLICYGRAPH_DATA_DIR"));
		Path dataDir = Path.of(configured == null || configured.isBlank() ? "data/neo4j" : configured);
		Path lock = dataDir.resolve("data").resolve("databases").resolve("store_lock");
		if (!Files.isRegularFile(lock) || !held(lock)) {
			return null;
		}
		String instead = switch (command) {
			case "ingest" -> "upload each file to it instead: curl -X POST -H \"X-API-Key: $POLICYGRAPH_API_KEY\" "
					+ "-H 'Content-Type: text/plain; charset=utf-8' --data-binary @FILE 'http://localhost:8080/api/documents?name=FILE'";
			case "delete" -> "delete through it instead: curl -X DELETE -H \"X-API-Key: $POLICYGRAPH_API_KEY\" "
					+ "'http://localhost:8080/api/documents/" + (args.isEmpty() ? "ID" : args.get(0)) + "'";
			default -> "stop it first (Ctrl-C), then run this again";
		};
		return command + ": the database in " + dataDir + " is held by a running PolicyGraph service; " + instead;
	}

	private static boolean held(Path lock) {
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
			FileLock taken = channel.tryLock();
			if (taken == null) {
				return true;
			}
			taken.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			// this JVM holds it: a service started in-process
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
