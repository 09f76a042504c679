package io.policygraph.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the in-process Neo4j.
 *
 * @param dataDir where the database files live; reused across restarts
 * @param boltAddress interface Bolt listens on; loopback unless you mean to expose it
 * @param boltPort Bolt port, also used by Neo4j Browser (WebSocket); 0 picks a free port
 * @param authEnabled whether Bolt asks for credentials
 * @param transactionTimeout longest any transaction may run (a request's query, a document's write); 0 = no limit
 */
@ConfigurationProperties("policygraph.embedded")
public record EmbeddedNeo4jProperties(Path dataDir, String boltAddress, int boltPort, boolean authEnabled,
		Duration transactionTimeout) {

	public EmbeddedNeo4jProperties {
		if (dataDir == null) {
			dataDir = Path.of("data", "neo4j");
		}
		if (boltAddress == null || boltAddress.isBlank()) {
			boltAddress = "127.0.0.1";
		}
		if (transactionTimeout == null) {
			transactionTimeout = Duration.ofSeconds(60);
		}
		if (transactionTimeout.isNegative()) {
			throw new IllegalArgumentException("policygraph.embedded.transaction-timeout must not be negative, was " + transactionTimeout);
		}
		if (boltPort < 0 || boltPort > 65535) {
			throw new IllegalArgumentException("policygraph.embedded.bolt-port must be between 0 and 65535, was " + boltPort);
		}
	}

}
