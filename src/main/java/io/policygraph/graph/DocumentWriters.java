package io.policygraph.graph;

import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Chooses the writer of documents by where the database runs (ADR 0020): in this process (a
 * {@link GraphDatabaseService} bean exists), the Core API; a server, Cypher over the driver.
 */
@Configuration(proxyBeanMethods = false)
class DocumentWriters {

	private static final Logger log = LoggerFactory.getLogger(DocumentWriters.class);

	@Bean
	@Primary
	DocumentWriter documentWriter(DocumentGraphWriter cypher, ObjectProvider<GraphDatabaseService> embedded,
			WriterProperties properties) {
		GraphDatabaseService database = embedded.getIfAvailable();
		if (database == null || properties.writer().equals("cypher")) {
			log.info("Documents are written by Cypher statements over the driver");
			return cypher;
		}
		log.info("Documents are written by the Core API in this process");
		return new EmbeddedDocumentWriter(database);
	}

}
