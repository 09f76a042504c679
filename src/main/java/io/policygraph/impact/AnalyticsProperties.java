package io.policygraph.impact;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the agency analytics ({@code policygraph.analytics.*}).
 *
 * @param jgraphtLimit networks with at most this many agencies are scored by JGraphT
 * @param betweennessWorkBudget breadth-first steps (vertices plus link ends visited) that exact
 *     betweenness may take on a larger network; beyond it sources are sampled to fit
 */
@ConfigurationProperties("policygraph.analytics")
public record AnalyticsProperties(@DefaultValue("2000") int jgraphtLimit,
		@DefaultValue("1000000000") long betweennessWorkBudget) {
}
