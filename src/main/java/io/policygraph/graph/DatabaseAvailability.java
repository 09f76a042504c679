package io.policygraph.graph;

import java.time.Duration;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Waits at start-up for the database to answer, retrying with doubling back-off (1 s, 2 s, 4 s … at
 * most 30 s apart, the last pause cut to the deadline) for the whole of {@code policygraph.neo4j.startup-wait};
 * then gives up with a message that names the server. Wrong credentials fail at once: waiting does not fix them.
 */
@Component
public class DatabaseAvailability {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

	private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	private static final Duration MAX_DELAY = Duration.ofSeconds(30);

	private final Driver driver;

	private final String uri;

	private final Duration maxWait;

	public DatabaseAvailability(Driver driver, @Value("${spring.neo4j.uri}") String uri,
			@Value("${policygraph.neo4j.startup-wait:120s}") Duration maxWait) {
		this.driver = driver;
		this.uri = uri;
		this.maxWait = maxWait;
	}

	/** Returns once the database answers; throws {@link IllegalStateException} when it never did. */
	public void await() {
		long deadline = System.nanoTime() + this.maxWait.toNanos();
		Duration delay = FIRST_DELAY;
		int attempt = 0;
		while (true) {
			attempt++;
			try {
				this.driver.verifyConnectivity();
				if (attempt > 1) {
					log.info("Neo4j at {} answered after {} attempts", this.uri, attempt);
				}
				return;
			}
			catch (AuthenticationException ex) {
				throw new IllegalStateException("Neo4j at " + this.uri + " refused the credentials (NEO4J_USERNAME / "
						+ "NEO4J_PASSWORD): " + ex.getMessage(), ex);
			}
			catch (Neo4jException | IllegalStateException ex) {
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					throw new IllegalStateException("Neo4j at " + this.uri + " did not answer within " + this.maxWait.toSeconds()
							+ " s (" + attempt + " attempts): " + ex.getMessage()
							+ ". Start the server or fix NEO4J_URI; policygraph.neo4j.startup-wait sets how long to wait.", ex);
				}
				Duration pause = delay.toNanos() > remaining ? Duration.ofNanos(remaining) : delay;
				log.warn("Neo4j at {} is not reachable ({}); retrying in {} ms", this.uri, ex.getMessage(), pause.toMillis());
				sleep(pause);
				delay = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
			}
		}
	}

	private static void sleep(Duration d) {
		try {
			Thread.sleep(d);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for Neo4j", ex);
		}
	}

}
