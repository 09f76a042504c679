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
		SpringApplication.run(PolicyGraphApplication.class, args);
	}

}
