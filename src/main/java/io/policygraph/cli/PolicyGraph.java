package io.policygraph.cli;

import io.policygraph.PolicyGraphApplication;

/**
 * Entry point of {@code policygraph.jar}: a sub-command ({@code extract}, {@code ingest}, {@code seed},
 * {@code help}, …) runs the command line; no argument (or only {@code --option}s) starts the service. It lives
 * in {@code cli}, not beside the application class, so that the command line depends on the application and
 * never the other way round.
 */
public final class PolicyGraph {

	private PolicyGraph() {
	}

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("extract") && System.getProperty("logback.configurationFile") == null) {
			// extract prints JSON Lines on standard output: library logging must not reach it, and the refusal of a
			// file must be its one line, not under SLF4J's notice that embedded Neo4j brings a second provider
			System.setProperty("logback.configurationFile", "extract-logback.xml");
			System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
			System.setProperty("slf4j.internal.verbosity", "WARN");
		}
		if (args.length > 0 && !args[0].startsWith("-")) {
			System.exit(Cli.run(args, System.out, System.err));
		}
		PolicyGraphApplication.main(args);
	}

}
