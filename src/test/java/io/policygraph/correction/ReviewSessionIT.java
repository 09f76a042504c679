package io.policygraph.correction;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.PolicyGraphApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's review session, run as written: the shell commands between its {@code review-session} markers,
 * with {@code bash -euo pipefail}, against the service started on the seed corpus. Every command succeeds and the
 * review queue ends at zero, as the README says.
 */
class ReviewSessionIT {

	private static final String SECRET = "readme-review-secret";

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theReadmeSessionClearsTheSeedReviewQueue() throws Exception {
		String session = session(Files.readString(Path.of("README.md")));
		Files.createDirectories(Path.of("target"));
		Path work = Files.createTempDirectory(Path.of("target"), "review-session-").toAbsolutePath();
		Path script = work.resolve("session.sh");
		Files.writeString(script, session);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PolicyGraphApplication.class).run("--server.port=0",
				"--policygraph.embedded.bolt-port=0", "--policygraph.embedded.data-dir=" + work.resolve("data"),
				"--policygraph.seed.enabled=true", "--policygraph.api-keys=reviewer:" + SECRET, "--policygraph.api-key=")) {
			String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			assertThat(review(base).get("total").asInt()).isPositive();

			ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", script.toString()).directory(work.toFile())
				.redirectErrorStream(true)
				.redirectOutput(work.resolve("session.log").toFile());
			bash.environment().put("PG", base);
			bash.environment().put("POLICYGRAPH_API_KEY", SECRET);
			Process run = bash.start();
			assertThat(run.waitFor(20, TimeUnit.MINUTES)).as("the session ends").isTrue();
			String log = Files.readString(work.resolve("session.log"));
			assertThat(run.exitValue()).as("every command of the session succeeds:\n" + log).isZero();

			JsonNode queue = review(base);
			assertThat(queue.get("total").asInt()).as(queue.toString()).isZero();
			assertThat(Files.readString(work.resolve("corrections.json"))).contains("\"author\":\"reviewer\"");
		}
	}

	/** {@return the commands of the README's fenced block between the session markers} */
	static String session(String readme) {
		Matcher m = Pattern.compile("<!-- review-session:start -->\\s*```bash\\n(.*?)```\\s*<!-- review-session:end -->", Pattern.DOTALL)
			.matcher(readme);
		assertThat(m.find()).as("README.md holds the review session between its markers").isTrue();
		return m.group(1);
	}

	private JsonNode review(String base) throws Exception {
		HttpResponse<String> r = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/api/review")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return this.json.readTree(r.body());
	}

}
