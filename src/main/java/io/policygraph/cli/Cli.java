package io.policygraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of {@code policygraph.jar}.
 */
public final class Cli {

	private static final String USAGE = """
			usage: java -jar policygraph.jar [COMMAND] [ARGS]
			  (no command)        start the service (REST API, Neo4j Browser, embedded Neo4j)
			  extract FILE...     print the responsibility units of policy text files as JSON Lines (no database)
			  ingest PATH...      load files or folders into Neo4j (embedded, or NEO4J_URI)
			      [--jurisdiction PLACE] [--replace ID] [--force]   place of texts that name none; a document
			                          the file supersedes; write stored documents again
			  delete ID...        remove documents: their sections, measures, facts, and what only they held up
			  seed                re-load the reference data and the seed corpus into Neo4j
			  generate [--nodes N]  write a synthetic national-scale graph (default 1,000,000 nodes) for benchmarks
			  bench [--url U] [--bolt B] [--requests N] [--whole-graph N]  latency of the API and analyses against a running service
			  load [--url U] [--bolt B] [--rate R] [--seconds S]  sustained mixed read traffic, open loop
			  train               start once on a temporary data folder and stop when ready: the training run of
			                          the AOT cache (the build runs it at package; see README)
			  help                this text
			""";

	private Cli() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		String command = args[0];
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		try {
			return switch (command) {
				case "extract" -> {
					if (rest.isEmpty()) {
						err.println("extract: name at least one file");
						yield 2;
					}
					yield new ExtractCommand(Resolvers.fromSeedData()).run(rest.stream().map(Path::of).toList(), out, err);
				}
				case "delete" -> {
					if (rest.isEmpty()) {
						err.println("delete: name at least one document id");
						yield 2;
					}
					yield GraphCommands.run(command, rest, out, err);
				}
				case "ingest", "seed", "generate" -> GraphCommands.run(command, rest, out, err);
				case "bench" -> BenchCommand.run(rest, out, err);
				case "train" -> TrainCommand.run(out);
				case "load" -> LoadCommand.run(rest, out, err);
				case "help", "--help", "-h" -> {
					out.print(USAGE);
					yield 0;
				}
				default -> {
					err.println("unknown command '" + command + "'");
					err.print(USAGE);
					yield 2;
				}
			};
		}
		catch (Exception ex) {
			err.println(command + ": " + ex.getMessage());
			return 1;
		}
	}

}
