package io.policygraph.browser;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the application serves Neo4j Browser, checked over HTTP against the seed graph: the Browser's page
 * loads PolicyGraph's style first; every label the graph holds has a style rule; every relationship type
 * is written in the graph's one language (upper-case English); the style file and the guide answer the
 * Browser's cross-origin fetch.
 */
class BrowserAssetsIT extends EmbeddedGraphTest {

	/** Sub-labels of Place: a place is styled as a Place. */
	/** Place kinds (a place is drawn as a Place) and the store's own bookkeeping, which no analyst draws. */
	private static final List<String> UNSTYLED = List.of("City", "Country", "District", "Province", "Street", "Zone", "SchemaVersion",
			"ReferenceData", "__MigrationLock");

	@BeforeEach
	void seed() throws Exception {
		seedGraph();
	}

	private HttpResponse<String> fetch(String path, String origin) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).header("Origin", origin).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theBrowserPageLoadsTheStyleBeforeTheApp() throws Exception {
		String page = fetch("/browser/", "http://127.0.0.1:" + this.port).body();
		assertThat(page).contains("Neo4j Browser");
		assertThat(page.indexOf("src=\"policygraph-style.js\"")).isPositive().isLessThan(page.indexOf("src=\"app-"));
		HttpResponse<String> script = fetch("/browser/policygraph-style.js", "http://127.0.0.1:" + this.port);
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
		try (var session = this.driver.session()) {
			for (String label : session.run("CALL db.labels() YIELD label RETURN label").list(r -> r.get(0).asString())) {
				if (!UNSTYLED.contains(label)) {
					assertThat(script.body()).as(label).contains("\"node." + label + "\":{\"color\":");
				}
			}
			assertThat(session.run("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType").list(r -> r.get(0).asString()))
				.isNotEmpty().allMatch(t -> t.matches("[A-Z][A-Z_]*"));
		}
	}

	@Test
	void theGuideAndTheStyleFileAnswerTheBrowsersFetch() throws Exception {
		// a Browser opened at one address of the machine fetching from the other: a cross-origin request
		String origin = "http://localhost:" + this.port;
		HttpResponse<String> guide = fetch("/guide/policygraph.html", origin);
		assertThat(guide.statusCode()).isEqualTo(200);
		assertThat(guide.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
		assertThat(guide.body()).contains("<title>PolicyGraph 图谱导览</title>").contains("<pre class=\"code runnable\">")
			.contains(":style http://localhost:" + this.port + "/browser/policygraph.grass");
		HttpResponse<String> grass = fetch("/browser/policygraph.grass", origin);
		assertThat(grass.statusCode()).isEqualTo(200);
		assertThat(grass.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
		assertThat(grass.body()).contains("node.Measure");
	}

}
