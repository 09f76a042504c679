package io.policygraph;

import io.policygraph.cli.Cli;

/**
 * Entry point of {@code policygraph.jar}: a sub-command ({@code extract}, {@code ingest}, {@code seed},
 * {@code help}) runs the command line; no argument (or only {@code --option}s) starts the service.
 */
public final class PolicyGraph {

	private PolicyGraph() {
	}

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].startsWith("-")) {
			System.exit(Cli.run(args, System.out, System.err));
		}
		PolicyGraphApplication.main(args);
	}

}
