package io.policygraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.policygraph.chain.ChainTaxonomy;
import org.neo4j.driver.Driver;

import org.springframework.stereotype.Component;

/**
 * Writes the chain taxonomy: chains, segments ({@code SEGMENT_OF}) and the supply order between segments
 * ({@code FEEDS}). Idempotent ({@code MERGE}).
 */
@Component
public class TaxonomyGraphWriter {

	/** One statement, so a cold start plans it once (ADR 0007). */
	static final String WRITE_TAXONOMY = """
			CALL () {
			  UNWIND $chains AS r
			  MERGE (c:Chain {id: r.id}) SET c += r
			}
			CALL () {
			  UNWIND $segments AS r
			  MERGE (s:ChainSegment {id: r.id}) SET s += r.props
			  WITH s, r
			  MATCH (c:Chain {id: r.chain})
			  MERGE (s)-[:SEGMENT_OF]->(c)
			}
			CALL () {
			  UNWIND $segments AS r
			  UNWIND r.feeds AS target
			  MATCH (s:ChainSegment {id: r.id}), (t:ChainSegment {id: target})
			  MERGE (s)-[:FEEDS]->(t)
			}""";

	private final Driver driver;

	public TaxonomyGraphWriter(Driver driver) {
		this.driver = driver;
	}

	/** Writes the taxonomy unless the store holds it as it is ({@link ReferenceStamp}). {@return whether it wrote} */
	public boolean write(ChainTaxonomy taxonomy) {
		List<Map<String, Object>> chains = new ArrayList<>();
		for (ChainTaxonomy.Chain c : taxonomy.chains().values()) {
			chains.add(Map.of("id", c.id(), "name", c.name(), "aliases", c.aliases(), "aliasText",
					String.join(" ", c.aliases()), "description", c.description()));
		}
		List<Map<String, Object>> segments = new ArrayList<>();
		for (ChainTaxonomy.Segment s : taxonomy.segments().values()) {
			segments.add(Map.of("id", s.id(), "chain", s.chain(), "feeds", s.feeds(), "props",
					Map.of("id", s.id(), "name", s.name(), "position", s.position(), "order", s.order(), "aliases", s.aliases(),
							"aliasText", String.join(" ", s.aliases()), "chain", s.chain())));
		}
		Map<String, Object> params = Map.of("chains", chains, "segments", segments);
		String sha = ReferenceStamp.of(params);
		try (var session = this.driver.session()) {
			return session.executeWrite(tx -> {
				if (ReferenceStamp.current(tx, "taxonomy", sha, "ChainSegment", segments.size())) {
					return false;
				}
				tx.run(WRITE_TAXONOMY, params).consume();
				ReferenceStamp.stamp(tx, "taxonomy", sha);
				return true;
			});
		}
	}

}
