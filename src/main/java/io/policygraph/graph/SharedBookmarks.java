package io.policygraph.graph;

import java.util.concurrent.CompletionStage;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * One bookmark manager for the whole application (ADR 0021): every session opened on the driver, whoever opens it
 * (API reads, corrections, ingest, the seed load), and Spring Data Neo4j's client and transaction manager, take
 * their bookmarks from it and give the new ones back. A read therefore waits, on whichever cluster member it is
 * routed to, until that member has applied the last write this instance made, through either path.
 */
@Configuration(proxyBeanMethods = false)
public class SharedBookmarks {

	@Bean
	BookmarkManager bookmarkManager() {
		return BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
	}

	/**
	 * Spring Data Neo4j's manager, fed from the shared one; what its transactions commit reaches the shared manager
	 * through their sessions, which the driver below gives the shared manager as well.
	 */
	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager(BookmarkManager bookmarks) {
		return Neo4jBookmarkManager.create(bookmarks::getBookmarks);
	}

	@Bean
	Neo4jClient neo4jClient(Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks) {
		return Neo4jClient.with(driver).withDatabaseSelectionProvider(databases).withNeo4jBookmarkManager(bookmarks).build();
	}

	@Bean
	Neo4jTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases,
			Neo4jBookmarkManager bookmarks) {
		return Neo4jTransactionManager.with(driver).withDatabaseSelectionProvider(databases).withBookmarkManager(bookmarks)
			.build();
	}

	/** Gives every session of the driver bean, embedded or external, the shared manager. */
	@Bean
	static BeanPostProcessor sharedBookmarksOnEverySession(ObjectProvider<BookmarkManager> bookmarks) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof Driver driver && !(bean instanceof BookmarkingDriver)
						? new BookmarkingDriver(driver, bookmarks.getObject()) : bean;
			}

		};
	}

	/**
	 * The driver, with the shared bookmark manager on every session whose configuration names none (a session given
	 * explicit bookmarks keeps them as well).
	 */
	record BookmarkingDriver(Driver delegate, BookmarkManager bookmarks) implements Driver {

		@Override
		public <T extends BaseSession> T session(Class<T> type, SessionConfig config, AuthToken auth) {
			return this.delegate.session(type, config.bookmarkManager().isPresent() ? config : withManager(config), auth);
		}

		SessionConfig withManager(SessionConfig config) {
			var builder = SessionConfig.builder()
				.withDefaultAccessMode(config.defaultAccessMode())
				.withBookmarks(config.bookmarks())
				.withBookmarkManager(this.bookmarks)
				.withNotificationConfig(config.notificationConfig())
				.withAutoCommitRetriesMode(config.autoCommitRetriesMode());
			config.database().ifPresent(builder::withDatabase);
			config.fetchSize().ifPresent(builder::withFetchSize);
			config.impersonatedUser().ifPresent(builder::withImpersonatedUser);
			return builder.build();
		}

		@Override
		public ExecutableQuery executableQuery(String query) {
			return this.delegate.executableQuery(query);
		}

		@Override
		public BookmarkManager executableQueryBookmarkManager() {
			return this.delegate.executableQueryBookmarkManager();
		}

		@Override
		public boolean isEncrypted() {
			return this.delegate.isEncrypted();
		}

		@Override
		public void close() {
			this.delegate.close();
		}

		@Override
		public CompletionStage<Void> closeAsync() {
			return this.delegate.closeAsync();
		}

		@Override
		public void verifyConnectivity() {
			this.delegate.verifyConnectivity();
		}

		@Override
		public CompletionStage<Void> verifyConnectivityAsync() {
			return this.delegate.verifyConnectivityAsync();
		}

		@Override
		public boolean verifyAuthentication(AuthToken authToken) {
			return this.delegate.verifyAuthentication(authToken);
		}

		@Override
		public boolean supportsSessionAuth() {
			return this.delegate.supportsSessionAuth();
		}

		@Override
		public boolean supportsMultiDb() {
			return this.delegate.supportsMultiDb();
		}

		@Override
		public CompletionStage<Boolean> supportsMultiDbAsync() {
			return this.delegate.supportsMultiDbAsync();
		}

	}

}
