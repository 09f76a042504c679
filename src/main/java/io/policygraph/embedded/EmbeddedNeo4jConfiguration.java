package io.policygraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.policygraph.graph.StartupReads;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.api.impl.index.lucene.LuceneSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the application and points the driver at its Bolt connector, so the rest of
 * the application (and Neo4j Browser) talks to it exactly as it would talk to a server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMode.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	/**
	 * The database {@link EarlyStart} began starting when the context's refresh began; it is awaited here, where the
	 * first bean that needs the driver asks for it.
	 */
	@Bean(destroyMethod = "shutdown")
	EmbeddedDatabase embeddedDatabase(EmbeddedNeo4jProperties properties, ObjectProvider<EarlyStart.Starting> early) {
		return early.getIfAvailable(() -> EarlyStart.Starting.begin(properties)).await();
	}

	/** Starts Neo4j and waits until its default database is available; runs on {@link EarlyStart}'s thread. */
	static EmbeddedDatabase start(EmbeddedNeo4jProperties properties) {
		refuseOpenDatabaseOnNetwork(properties);
		int port = properties.boltPort() == 0 ? freePort() : properties.boltPort();
		long started = System.nanoTime();
		DatabaseManagementService dbms;
		try {
			dbms = build(properties, port);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(explain(ex, properties), ex);
		}
		try {
			var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			if (!db.isAvailable(Duration.ofSeconds(60).toMillis())) {
				throw new IllegalStateException("embedded Neo4j did not become available within 60 s");
			}
			StartupReads.ALL.forEach(db::executeTransactionally);
		}
		catch (RuntimeException ex) {
			// Neo4j runs non-daemon threads: without this the JVM would hang after a failed start.
			dbms.shutdown();
			throw ex;
		}
		log.info("Embedded Neo4j up in {} ms, data in {}, Bolt on bolt://{}:{}",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), properties.dataDir().toAbsolutePath(),
				properties.boltAddress(), port);
		return new EmbeddedDatabase(dbms, "bolt://" + advertisedHost(properties.boltAddress()) + ":" + port);
	}

	private static DatabaseManagementService build(EmbeddedNeo4jProperties properties, int port) {
		return new DatabaseManagementServiceBuilder(properties.dataDir().toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltAddress(), port))
			.setConfig(BoltConnector.advertised_address, new SocketAddress(advertisedHost(properties.boltAddress()), port))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, properties.authEnabled())
			.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
			// Ctrl-C must end the process within seconds, not wait the default 10 s for stray transactions
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
			// Plans are cached per statement, not per size class of its list parameters: otherwise a document
			// of 8 measures and one of 80 plan the same write again (ADR 0007)
			.setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
			// Lucene merges index segments by tens, as Lucene itself does by default, not by twos (Neo4j's default):
			// with two, every text of the full-text index was rewritten at each doubling of the index, and those merges
			// took as much CPU as writing the graph (ADR 0020)
			.setConfig(LuceneSettings.lucene_merge_factor, 10)
			// policy texts and their use stay on the machine: the embedded database sends no usage pings
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.build();
	}

	private static String explain(RuntimeException ex, EmbeddedNeo4jProperties properties) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().contains("Lock file has been locked")) {
				return "the data directory " + properties.dataDir().toAbsolutePath() + " is in use by another PolicyGraph "
						+ "or Neo4j process: stop that process, or point POLICYGRAPH_DATA_DIR elsewhere";
			}
			if (t instanceof java.net.BindException || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
				return "Bolt port " + properties.boltAddress() + ":" + properties.boltPort() + " is taken: stop what "
						+ "listens there, or set POLICYGRAPH_BOLT_PORT";
			}
		}
		return "embedded Neo4j failed to start: " + ex.getMessage();
	}

	/** The database itself, for the writer of documents that needs no driver (ADR 0020). */
	@Bean
	GraphDatabaseService graphDatabase(EmbeddedDatabase database) {
		return database.dbms().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	/** The same connection settings as for an external server ({@code spring.neo4j.*}), without encryption on loopback. */
	@Bean(destroyMethod = "close")
	Driver neo4jDriver(EmbeddedDatabase database, Neo4jProperties neo4j) {
		var pool = neo4j.getPool();
		Driver driver = GraphDatabase.driver(database.boltUri(), AuthTokens.none(), Config.builder()
			.withMaxConnectionPoolSize(pool.getMaxConnectionPoolSize())
			.withConnectionAcquisitionTimeout(pool.getConnectionAcquisitionTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.withConnectionLivenessCheckTimeout(pool.getIdleTimeBeforeConnectionTest().toMillis(), TimeUnit.MILLISECONDS)
			.withMaxConnectionLifetime(pool.getMaxConnectionLifetime().toMillis(), TimeUnit.MILLISECONDS)
			.withConnectionTimeout(neo4j.getConnectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.withMaxTransactionRetryTime(neo4j.getMaxTransactionRetryTime().toMillis(), TimeUnit.MILLISECONDS)
			.withoutEncryption()
			.build());
		// opens the first pooled connection while the rest of the context starts; start-up's own check then finds it
		driver.verifyConnectivityAsync().exceptionally(ex -> null);
		return driver;
	}

	private static void refuseOpenDatabaseOnNetwork(EmbeddedNeo4jProperties properties) {
		if (!properties.authEnabled() && !isLoopback(properties.boltAddress())) {
			throw new IllegalStateException("refusing to start: embedded Neo4j would listen on "
					+ properties.boltAddress() + " without authentication. Bind Bolt to 127.0.0.1 "
					+ "(policygraph.embedded.bolt-address) or use an external Neo4j with auth (NEO4J_URI).");
		}
	}

	static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static String advertisedHost(String listenAddress) {
		return "0.0.0.0".equals(listenAddress) ? "localhost" : listenAddress;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no free port for embedded Bolt", ex);
		}
	}

	/**
	 * The running in-process database and the URI its Bolt connector answers on.
	 */
	record EmbeddedDatabase(DatabaseManagementService dbms, String boltUri) {

		void shutdown() {
			log.info("Shutting down embedded Neo4j");
			dbms.shutdown();
		}

	}

}
