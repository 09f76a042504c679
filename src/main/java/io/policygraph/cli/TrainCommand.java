package io.policygraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.policygraph.PolicyGraphApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * {@code train}: one whole cold start of the service (embedded Neo4j, schema, reference data, seed corpus, web server)
 * on a temporary data folder and free ports, stopped as soon as it is ready. It is the training run of the JVM's AOT
 * cache ({@code java -XX:AOTCacheOutput=policygraph.aot -jar policygraph.jar train}, run by the build at
 * {@code package}, ADR 0024): the classes a start loads and links are then read from the cache at every later start.
 * It touches no data folder and no port of a service that may be running, and always trains on the embedded database,
 * whatever {@code NEO4J_URI} says.
 */
final class TrainCommand {

	private TrainCommand() {
	}

	static int run(PrintStream out) throws IOException {
		Path data = Files.createTempDirectory("policygraph-training-");
		out.println("train: starting the service once on " + data + " (embedded Neo4j, seed corpus); it stops when ready");
		long started = System.nanoTime();
		try {
			String[] overrides = { "--policygraph.embedded.data-dir=" + data, "--server.port=0",
					"--policygraph.embedded.bolt-port=0", "--policygraph.seed.enabled=true", "--NEO4J_URI=",
					// a build's output, not a service's: only what goes wrong
					"--spring.main.banner-mode=off", "--logging.level.root=warn" };
			try (ConfigurableApplicationContext context = SpringApplication.run(PolicyGraphApplication.class, overrides)) {
				out.printf("train: the service was ready after %d ms; stopping%n", (System.nanoTime() - started) / 1_000_000);
			}
			return 0;
		}
		finally {
			FileSystemUtils.deleteRecursively(data);
		}
	}

}
