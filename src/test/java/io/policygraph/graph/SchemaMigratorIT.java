package io.policygraph.graph;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two instances starting at once against one database (ADR 0021): two migrators, each with a driver of its own, on
 * one in-process Neo4j reached over Bolt.
 */
class SchemaMigratorIT {

	private DatabaseManagementService server;

	private Driver first;

	private Driver second;

	@BeforeEach
	void start() throws IOException {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "migrator-neo4j-");
		this.server = new DatabaseManagementServiceBuilder(data.toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
			.build();
		this.first = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
		this.second = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
	}

	@AfterEach
	void stop() {
		this.first.close();
		this.second.close();
		this.server.shutdown();
	}

	@Test
	void twoInstancesStartingAtOnceApplyEachMigrationOnceAndBothGoOn() throws Exception {
		int newest = SchemaMigrator.migrations().getLast().version();
		CountDownLatch go = new CountDownLatch(1);
		var a = CompletableFuture.supplyAsync(() -> await(go, new SchemaMigrator(this.first)));
		var b = CompletableFuture.supplyAsync(() -> await(go, new SchemaMigrator(this.second)));
		go.countDown();

		assertThat(a.get(120, TimeUnit.SECONDS)).isEqualTo(newest);
		assertThat(b.get(120, TimeUnit.SECONDS)).isEqualTo(newest);
		try (var session = this.first.session()) {
			List<Integer> versions = session.run("MATCH (v:SchemaVersion) RETURN v.version AS v ORDER BY v")
				.list(r -> r.get("v").asInt());
			assertThat(versions).as("each version recorded once")
				.isEqualTo(SchemaMigrator.migrations().stream().map(SchemaMigrator.Migration::version).toList());
			assertThat(session.run("MATCH (l:" + SchemaMigrator.LOCK_LABEL + ") RETURN count(l) AS c").single().get("c").asLong())
				.as("one lock node").isEqualTo(1);
			assertThat(session.run("SHOW CONSTRAINTS YIELD name WHERE name = 'document_id' RETURN count(*) AS c").single()
				.get("c").asLong()).as("the schema is there").isEqualTo(1);
		}
		// a third start finds everything applied and only reads
		assertThat(new SchemaMigrator(this.second).migrate()).isEqualTo(newest);
	}

	@Test
	void anAppliedFileThatChangedStopsStartUpNamingIt() {
		new SchemaMigrator(this.first).migrate();
		try (var session = this.first.session()) {
			session.run("MATCH (v:SchemaVersion {version: 1}) SET v.checksum = 'edited'").consume();
		}
		assertThatThrownBy(() -> new SchemaMigrator(this.second).migrate()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("V001__Create_constraints.cypher");
	}

	private static int await(CountDownLatch go, SchemaMigrator migrator) {
		try {
			go.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return migrator.migrate();
	}

}
