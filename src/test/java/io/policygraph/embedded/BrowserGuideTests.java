package io.policygraph.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.policygraph.graph.Vocabulary;
import org.junit.jupiter.api.Test;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The style and guide PolicyGraph gives Neo4j Browser: a colour of its own for every label, far enough
 * from every other to tell apart at a glance; captions that name things (a measure by its first words,
 * not its section path); relationship captions in the graph's one language; a guide slide per query file.
 */
class BrowserGuideTests {

	private final Map<String, Map<String, String>> style = BrowserGuide.style(BrowserGuide.grass());

	/** Colours closer than this (RGB distance) were mistaken for each other: Park/Section were 34 apart, Project/ChainSegment 22. */
	static final double LEAST_DISTANCE = 60;

	@Test
	void everyKindOfNodeHasAColourOfItsOwn() {
		List<String> labels = new ArrayList<>(Vocabulary.KINDS);
		labels.add(Vocabulary.SOURCE_FILE);
		for (String label : labels) {
			assertThat(this.style).as(label).containsKey("node." + label);
			assertThat(this.style.get("node." + label)).as(label).containsKeys("color", "caption");
		}
		for (int i = 0; i < labels.size(); i++) {
			for (int j = i + 1; j < labels.size(); j++) {
				String a = this.style.get("node." + labels.get(i)).get("color");
				String b = this.style.get("node." + labels.get(j)).get("color");
				assertThat(distance(a, b)).as("%s %s and %s %s", labels.get(i), a, labels.get(j), b).isGreaterThanOrEqualTo(LEAST_DISTANCE);
			}
		}
	}

	@Test
	void captionsNameThingsAndRelationshipsKeepTheirType() {
		assertThat(this.style.get("node.Measure").get("caption")).isEqualTo("{text}");
		assertThat(this.style.get("node.Document").get("caption")).isEqualTo("{title}");
		this.style.forEach((selector, properties) -> {
			if (selector.startsWith("relationship")) {
				assertThat(properties.get("caption")).as(selector).isEqualTo("<type>");
			}
		});
	}

	@Test
	void theStyleScriptStoresTheStyleOnlyWhenTheBrowserHasNone() {
		String script = BrowserGuide.styleScript();
		assertThat(script).contains("localStorage.getItem(key) === null").contains("'neo4j.grass'")
			.contains("\"node.Measure\":{").contains("\"caption\":\"{text}\"").doesNotContain("<");
	}

	@Test
	void theGuideHoldsEveryQueryFileAsARunnableSlide() {
		String guide = BrowserGuide.guide("http://localhost:8080");
		List<BrowserGuide.Query> queries = BrowserGuide.queries();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(11);
		assertThat(guide.split("<slide ", -1)).hasSize(queries.size() + 2);
		for (BrowserGuide.Query q : queries) {
			assertThat(guide).contains("<pre class=\"code runnable\">" + HtmlUtils.htmlEscape(q.statement()) + "</pre>");
			assertThat(q.title()).as(q.file()).endsWith(".").doesNotStartWith("//");
		}
		assertThat(guide).contains("<pre class=\"code runnable\">:style http://localhost:8080/browser/policygraph.grass</pre>")
			.doesNotContain("<script");
	}

	private static double distance(String a, String b) {
		double sum = 0;
		for (int i = 1; i < 7; i += 2) {
			int d = Integer.parseInt(a.substring(i, i + 2), 16) - Integer.parseInt(b.substring(i, i + 2), 16);
			sum += d * d;
		}
		return Math.sqrt(sum);
	}

}
