package io.policygraph.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * Commands that need the database.
 */
final class GraphCommands {

	private GraphCommands() {
	}

	static int run(String command, List<String> args, PrintStream out, PrintStream err) {
		err.println(command + ": not available yet");
		return 1;
	}

}
