package io.policygraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Managed transactions for everything the application reads and writes outside the ingest path (ADR 0021): a read
 * runs as {@code executeRead} in a read-mode session (routed to a follower or read replica in a cluster), a write as
 * {@code executeWrite}; the driver retries either on a transient error or a lost member for
 * {@code spring.neo4j.max-transaction-retry-time}, and every transaction carries the time limit
 * {@code policygraph.neo4j.transaction-timeout}. Sessions share the application's one bookmark manager
 * ({@link SharedBookmarks}), so a read sees the write made before it on whichever member it lands.
 * <p>
 * The work given to {@link #read} or {@link #write} may run more than once: it must consume its results inside the
 * transaction and have no other side effect.
 */
@Component
public class Transactions {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private static final SessionConfig WRITE = SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build();

	private final Driver driver;

	private final TransactionConfig config;

	public Transactions(Driver driver, @Value("${policygraph.neo4j.transaction-timeout:60s}") Duration timeout) {
		this.driver = driver;
		this.config = TransactionConfig.builder().withTimeout(timeout).build();
	}

	/** {@return what the work read, in a managed read transaction} */
	public <T> T read(TransactionCallback<T> work) {
		try (var session = this.driver.session(READ)) {
			return session.executeRead(work, this.config);
		}
	}

	/** {@return what the work returned, in a managed write transaction} */
	public <T> T write(TransactionCallback<T> work) {
		try (var session = this.driver.session(WRITE)) {
			return session.executeWrite(work, this.config);
		}
	}

	/** {@return every row of a read statement as a map of its columns} */
	public List<Map<String, Object>> rows(String cypher, Map<String, Object> params) {
		return read(tx -> tx.run(cypher, params).list(Record::asMap));
	}

	/** {@return the first row of a read statement, if it has one} */
	public Optional<Map<String, Object>> one(String cypher, Map<String, Object> params) {
		return read(tx -> {
			var result = tx.run(cypher, params);
			return result.hasNext() ? Optional.of(result.next().asMap()) : Optional.empty();
		});
	}

}
