package io.policygraph.embedded;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Begins starting the embedded database on a thread of its own as soon as the application context's refresh begins,
 * so that Neo4j's start (about 6 s) runs alongside Spring's (classpath scanning, bean creation, about 3 s) instead of
 * after it. The bean {@code embeddedDatabase} then only waits for what is left. Registered in
 * {@code META-INF/spring.factories}; with an external database ({@code NEO4J_URI}) it does nothing.
 * <p>
 * It starts in the first registry post-processor rather than in the initializer itself, because test property
 * sources (a data folder per test) are added by initializers that may run after this one.
 */
public final class EarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN = "embeddedNeo4jStarting";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.addBeanFactoryPostProcessor(new BeanDefinitionRegistryPostProcessor() {

			@Override
			public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
				if (!EmbeddedMode.isEmbedded(context.getEnvironment())
						|| !(registry instanceof DefaultListableBeanFactory factory)) {
					return;
				}
				EmbeddedNeo4jProperties properties = Binder.get(context.getEnvironment())
					.bindOrCreate("policygraph.embedded", EmbeddedNeo4jProperties.class);
				Starting starting = Starting.begin(properties);
				factory.registerSingleton(BEAN, starting);
				factory.registerDisposableBean(BEAN, starting);
			}

		});
	}

	/**
	 * A database being started. Until a bean takes it, a context that fails or closes shuts it down: Neo4j's threads
	 * would keep the JVM alive.
	 */
	static final class Starting implements DisposableBean {

		private static final Logger log = LoggerFactory.getLogger(Starting.class);

		private final CompletableFuture<EmbeddedNeo4jConfiguration.EmbeddedDatabase> database = new CompletableFuture<>();

		private volatile boolean taken;

		static Starting begin(EmbeddedNeo4jProperties properties) {
			Starting starting = new Starting();
			Thread.ofPlatform().name("embedded-neo4j-start").daemon().start(() -> {
				try {
					starting.database.complete(EmbeddedNeo4jConfiguration.start(properties));
				}
				catch (Throwable ex) {
					starting.database.completeExceptionally(ex);
				}
			});
			return starting;
		}

		/** {@return the started database, from now on the caller's to shut down}; throws why it did not start */
		EmbeddedNeo4jConfiguration.EmbeddedDatabase await() {
			long waiting = System.nanoTime();
			try {
				EmbeddedNeo4jConfiguration.EmbeddedDatabase db = this.database.join();
				this.taken = true;
				log.info("Waited {} ms for the embedded Neo4j started alongside Spring",
						Duration.ofNanos(System.nanoTime() - waiting).toMillis());
				return db;
			}
			catch (CompletionException ex) {
				throw ex.getCause() instanceof RuntimeException r ? r : new IllegalStateException(ex.getCause());
			}
		}

		@Override
		public void destroy() {
			if (!this.taken) {
				this.database.thenAccept(EmbeddedNeo4jConfiguration.EmbeddedDatabase::shutdown).exceptionally(ex -> null).join();
			}
		}

	}

}
