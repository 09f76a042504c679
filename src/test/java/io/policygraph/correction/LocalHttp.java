package io.policygraph.correction;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A JSON request to the service under test on loopback, with the API key when one is given. */
final class LocalHttp {

	private LocalHttp() {
	}

	static HttpResponse<String> send(HttpClient http, int port, String method, String path, String body, String key)
			throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (key != null) {
			b.header("X-API-Key", key);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

}
