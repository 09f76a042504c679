package io.policygraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The PolicyGraph service: REST API, Neo4j Browser and (by default) an in-process Neo4j.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyGraphApplication {

	public static void main(String[] args) {
		try {
			SpringApplication.run(PolicyGraphApplication.class, args);
		}
		catch (Throwable ex) {
			// Spring has logged why; Neo4j may have left non-daemon threads that would keep the JVM alive.
			System.exit(1);
		}
	}

}
