package io.policygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.ContentHash;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema files {@code cypher/schema/V###__*.cypher} in order, once each, and
 * records every applied version as a {@code (:SchemaVersion)} node, so start-up is idempotent and the
 * database says which schema it has.
 * <p>
 * Several instances may start against one database (ADR 0021). When every version is recorded with its checksum,
 * start-up only reads them. Otherwise an instance takes the migration lock, the write lock on the one
 * {@code (:__MigrationLock {id: 'schema'})} node, in a transaction it holds open while it migrates: the others
 * wait on that lock, then read the versions the first recorded and apply nothing. A file whose applied version was
 * recorded with another checksum stops start-up, naming it.
 */
@Component
public class SchemaMigrator {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

	private static final Pattern FILE = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	static final String LOCK_LABEL = "__MigrationLock";

	/** Longest an instance holds, or waits for, the migration lock. */
	private static final Duration LOCK_TIMEOUT = Duration.ofMinutes(15);

	private static final int BOOTSTRAP_ATTEMPTS = 5;

	private static final Duration INDEX_WAIT = Duration.ofMinutes(10);

	private static final SessionConfig WRITE = SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build();

	private final Driver driver;

	public SchemaMigrator(Driver driver) {
		this.driver = driver;
	}

	/** {@return the highest schema version now applied} */
	public int migrate() {
		List<Migration> migrations = migrations();
		try (var session = this.driver.session(WRITE)) {
			Map<Integer, String> applied = applied(session);
			if (pending(migrations, applied).isEmpty()) {
				return highest(migrations);
			}
			// the bootstrap of the lock itself: idempotent; two instances creating a constraint at once may deadlock on
			// its label (transient) or find it made by the other meanwhile (client error): either way, try again
			for (String constraint : List.of(
					"CREATE CONSTRAINT schema_version IF NOT EXISTS FOR (v:SchemaVersion) REQUIRE v.version IS UNIQUE",
					"CREATE CONSTRAINT migration_lock IF NOT EXISTS FOR (l:" + LOCK_LABEL + ") REQUIRE l.id IS UNIQUE")) {
				for (int attempt = 1;; attempt++) {
					try {
						session.run(constraint).consume();
						break;
					}
					catch (ClientException | TransientException ex) {
						if (attempt == BOOTSTRAP_ATTEMPTS) {
							throw ex;
						}
						pause(attempt);
					}
				}
			}
			// the lock node is made first in a transaction of its own: two instances merging it at once take the
			// constraint's label lock and may deadlock, which the driver retries; holding the lock is then a write to
			// that one node, which the second instance waits for and cannot deadlock on
			session.executeWrite(tx -> tx.run("MERGE (:" + LOCK_LABEL + " {id: 'schema'})").consume());
			try (var lockSession = this.driver.session(WRITE);
					var lock = lockSession.beginTransaction(TransactionConfig.builder().withTimeout(LOCK_TIMEOUT).build())) {
				lock.run("MATCH (l:" + LOCK_LABEL + " {id: 'schema'}) SET l.heldSince = datetime()").consume();
				// read again under the lock: another instance may have migrated while this one waited
				applied = applied(session);
				for (Migration m : pending(migrations, applied)) {
					for (String statement : m.statements()) {
						session.run(statement).consume();
					}
					session.executeWrite(tx -> tx.run("""
							CREATE (v:SchemaVersion {version: $version, description: $description, checksum: $checksum,
							                         appliedAt: datetime()})""",
							Map.of("version", m.version(), "description", m.description(), "checksum", m.checksum())).consume());
					log.info("Applied schema V{} {}", m.version(), m.description());
				}
				// indexes are populated after their transaction: a statement planned before they are online is planned
				// (and cached) without them, so the first writes would scan what they were meant to seek
				session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", INDEX_WAIT.toSeconds())).consume();
				lock.commit();
			}
		}
		return highest(migrations);
	}

	/** Waits a little longer after each lost race, so that two instances do not meet again at once. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(50L * attempt + (long) (Math.random() * 50));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while creating the migration lock's constraints", ex);
		}
	}

	private static Map<Integer, String> applied(Session session) {
		Map<Integer, String> applied = new HashMap<>();
		// on the leader, as a write transaction: a secondary may not yet have the versions another instance just recorded
		session.executeWrite(tx -> tx.run(StartupReads.APPLIED_VERSIONS).list())
			.forEach(r -> applied.put(r.get("version").asInt(), r.get("checksum").asString()));
		return applied;
	}

	/** {@return the migrations not yet applied}; throws when an applied one's file changed since */
	private static List<Migration> pending(List<Migration> migrations, Map<Integer, String> applied) {
		List<Migration> pending = new ArrayList<>();
		for (Migration m : migrations) {
			String checksum = applied.get(m.version());
			if (checksum == null) {
				pending.add(m);
			}
			else if (!checksum.equals(m.checksum())) {
				throw new IllegalStateException("schema file V" + m.version() + " changed after it was applied; "
						+ "add a new version instead of editing " + m.file());
			}
		}
		return pending;
	}

	private static int highest(List<Migration> migrations) {
		return migrations.isEmpty() ? 0 : migrations.getLast().version();
	}

	record Migration(int version, String description, String file, String checksum, List<String> statements) {
	}

	static List<Migration> migrations() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/schema/V*.cypher");
			List<Migration> out = new ArrayList<>();
			for (Resource r : resources) {
				Matcher m = FILE.matcher(r.getFilename());
				if (!m.matches()) {
					continue;
				}
				String text = r.getContentAsString(StandardCharsets.UTF_8);
				out.add(new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), r.getFilename(),
						ContentHash.sha256(text), statements(text)));
			}
			out.sort(Comparator.comparingInt(Migration::version));
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> statements(String text) {
		StringBuilder withoutComments = new StringBuilder();
		for (String line : text.split("\n")) {
			if (!line.strip().startsWith("//")) {
				withoutComments.append(line).append('\n');
			}
		}
		return Arrays.stream(withoutComments.toString().split(";\\s*\n")).map(String::strip)
			.map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s).filter(s -> !s.isEmpty()).toList();
	}

}
