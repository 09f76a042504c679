package io.policygraph.graph;

import java.util.Set;

import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bookmark manager (ADR 0021): a write through the raw driver (as ingest and corrections write) or through
 * Spring Data Neo4j leaves its bookmark in the one manager, and the sessions the API's reads open take their
 * bookmarks from that manager, so on a cluster they wait for that write on whichever member serves them.
 */
class SharedBookmarksIT extends EmbeddedGraphTest {

	@Autowired
	BookmarkManager bookmarks;

	@Autowired
	Neo4jBookmarkManager springDataBookmarks;

	@Autowired
	Neo4jClient client;

	@Autowired
	Transactions transactions;

	/** The probes are no part of any graph the other tests of this JVM expect. */
	@AfterEach
	void removeProbes() {
		clean();
	}

	@Test
	void aWriteThroughEitherPathIsWhereTheNextReadStarts() {
		clean();
		Set<Bookmark> written;
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("CREATE (:BookmarkProbe {path: 'driver'})").consume());
			written = session.lastBookmarks();
		}
		assertThat(written).isNotEmpty();
		assertThat(this.bookmarks.getBookmarks()).as("the driver path's write is in the shared manager").containsAll(written);
		assertThat(this.springDataBookmarks.getBookmarks()).as("and Spring Data Neo4j starts from it").containsAll(written);

		this.client.query("CREATE (:BookmarkProbe {path: 'spring-data'})").run();
		Set<Bookmark> afterSpringData = this.bookmarks.getBookmarks();
		assertThat(afterSpringData).as("Spring Data Neo4j's write moved the shared manager on").isNotEmpty()
			.doesNotContainAnyElementsOf(written);

		// the sessions the API's reads open (Transactions, read mode) carry the shared manager
		SharedBookmarks.BookmarkingDriver bookmarking = (SharedBookmarks.BookmarkingDriver) this.driver;
		assertThat(bookmarking.bookmarks()).isSameAs(this.bookmarks);
		SessionConfig read = bookmarking.withManager(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
		assertThat(read.bookmarkManager()).containsSame(this.bookmarks);
		assertThat(read.defaultAccessMode()).isEqualTo(AccessMode.READ);
		long probes = this.transactions.read(tx -> tx.run("MATCH (p:BookmarkProbe) RETURN count(p) AS c").single().get("c").asLong());
		assertThat(probes).isEqualTo(2);
	}

}
