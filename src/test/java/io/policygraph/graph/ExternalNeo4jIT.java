package io.policygraph.graph;

import io.policygraph.PolicyGraphApplication;
import io.policygraph.load.SeedLoader;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External mode against a real Neo4j server in a container: with {@code NEO4J_URI} set no embedded
 * database starts, and schema and seed load run against the server. Skipped where Docker is absent.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = PolicyGraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "policygraph.seed.enabled=true")
class ExternalNeo4jIT {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08.1-community").withAdminPassword("policygraph-test");

	@DynamicPropertySource
	static void server(DynamicPropertyRegistry registry) {
		registry.add("NEO4J_URI", neo4j::getBoltUrl);
		registry.add("NEO4J_USERNAME", () -> "neo4j");
		registry.add("NEO4J_PASSWORD", neo4j::getAdminPassword);
	}

	@Autowired
	Driver driver;

	@Autowired
	ApplicationContext context;

	@Autowired
	SeedLoader seedLoader;

	@Test
	void runsAgainstTheServerWithoutAnEmbeddedDatabase() {
		assertThat(this.context.containsBean("embeddedDatabase")).isFalse();
		try (var session = this.driver.session()) {
			assertThat(session.run("MATCH (d:Document) RETURN count(d) AS c").single().get("c").asLong()).isEqualTo(27);
			assertThat(session.run("MATCH (v:SchemaVersion) RETURN max(v.version) AS v").single().get("v").asInt())
				.isGreaterThanOrEqualTo(3);
		}
	}

}
