package io.policygraph.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which writer takes the ingest's batches (ADR 0020).
 *
 * @param writer {@code auto}: the Core API when the database runs in this process, Cypher over the driver
 * otherwise; {@code cypher}: the driver always (to compare the two writers on one kind of store)
 */
@ConfigurationProperties("policygraph.write")
public record WriterProperties(String writer) {

	public WriterProperties {
		if (writer == null || writer.isBlank()) {
			writer = "auto";
		}
		if (!writer.equals("auto") && !writer.equals("cypher")) {
			throw new IllegalArgumentException("policygraph.write.writer is auto or cypher, not '" + writer + "'");
		}
	}

}
