package io.policygraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long each workbench screen takes from its URL to drawn, in headless Chromium, against a running
 * service (the 1M-node synthetic graph, say): {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * io.policygraph.bench.WorkbenchBenchmark http://127.0.0.1:8081} after
 * {@code ./mvnw dependency:build-classpath -Dmdep.outputFile=cp.txt}. The subjects are found through the API:
 * the busiest body among the first page of agencies, one of its measures, that measure's document, the first
 * chain; a second argument names the body instead (the busiest of all, say). Each screen is opened once cold and then {@value #ROUNDS} times; prints the first time, the median
 * and the largest of the rounds, and the nodes drawn.
 */
public final class WorkbenchBenchmark {

	private static final int ROUNDS = 5;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private WorkbenchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
		JsonNode agencies = api(base, "/api/agencies?size=200");
		JsonNode busiest = null;
		for (JsonNode a : agencies.get("items")) {
			if (busiest == null || load(a) > load(busiest)) {
				busiest = a;
			}
		}
		if (args.length > 1) {
			busiest = api(base, "/api/agencies?size=1&q=" + enc(args[1])).get("items").get(0);
		}
		String agency = busiest.get("id").asString();
		String measure = api(base, "/api/agencies/" + enc(agency) + "/responsibilities?size=1").get("items").get(0).get("measure").asString();
		String document = api(base, "/api/measures/" + enc(measure)).get("document").get("id").asString();
		String chain = api(base, "/api/chains").get(0).get("id").asString();
		String place = agency.substring(0, agency.indexOf(':'));
		System.out.printf("agency %s (%s, %d lead + %d responsible), measure %s, document %s, chain %s%n", agency,
				busiest.get("name").asString(), busiest.get("leads").asInt(), busiest.get("responsible").asInt(), measure, document, chain);
		String[][] screens = { { "search", "#/search?q=" + enc(busiest.get("name").asString()) }, { "agency", "#/agency/" + enc(agency) },
				{ "measure", "#/measure/" + enc(measure) }, { "document", "#/document/" + enc(document) },
				{ "impact", "#/impact?a.agency=" + enc(agency) + "&a.change=remove" }, { "chain", "#/chain/" + enc(chain) + "?before=2025-09-01" },
				{ "analytics", "#/analytics?jurisdiction=" + enc(place) }, { "review", "#/review" } };
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
		ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
		try {
			System.out.println("| screen | first ms | median ms | max ms | nodes drawn |");
			System.out.println("|---|---|---|---|---|");
			for (String[] s : screens) {
				long first = open(browser, base, s[1], s[0]);
				List<Long> rounds = new ArrayList<>();
				for (int i = 0; i < ROUNDS; i++) {
					rounds.add(open(browser, base, s[1], s[0]));
				}
				rounds.sort(null);
				Object nodes = browser.executeScript(
						"return [...document.querySelectorAll('[data-picture]')].map(p => p.cy.nodes().length).join(' + ')");
				System.out.printf("| %s | %d | %d | %d | %s |%n", s[0], first, rounds.get(ROUNDS / 2), rounds.get(ROUNDS - 1), nodes);
			}
		}
		finally {
			browser.quit();
		}
	}

	private static long open(ChromeDriver browser, String base, String hash, String screen) {
		browser.get("about:blank");
		browser.get(base + "/" + hash);
		new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> screen.equals(d.findElement(By.id("main")).getDomAttribute("data-ready"))
				&& (Boolean) ((JavascriptExecutor) d).executeScript("return [...document.querySelectorAll('[data-picture]')].every(p => p.cy)"));
		String state = browser.findElement(By.id("main")).getDomAttribute("data-state");
		if (!"ready".equals(state)) {
			throw new IllegalStateException(screen + ": " + browser.findElement(By.id("main")).getText());
		}
		return Long.parseLong(browser.findElement(By.id("main")).getDomAttribute("data-ms"));
	}

	private static int load(JsonNode agency) {
		return agency.get("leads").asInt() + agency.get("responsible").asInt();
	}

	private static JsonNode api(String base, String path) throws IOException, InterruptedException {
		HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
		}
		return JSON.readTree(r.body());
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
