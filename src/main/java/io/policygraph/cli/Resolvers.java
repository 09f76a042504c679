package io.policygraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

import io.policygraph.ingest.ExtractedDocument;
import io.policygraph.registry.AgencyResolver;
import io.policygraph.registry.Jurisdictions;
import io.policygraph.registry.Registry;

/**
 * Agency resolution for {@code extract}: the registry in {@code ./seed-data} when there is one,
 * otherwise the copy packaged in the jar.
 */
final class Resolvers {

	private Resolvers() {
	}

	static BiFunction<ExtractedDocument, String, String> fromSeedData() {
		Path dir = Path.of("seed-data");
		Registry registry = Files.isDirectory(dir) && Files.exists(dir.resolve("agencies.csv")) ? Registry.load(dir)
				: Registry.loadFromClasspath();
		AgencyResolver resolver = new AgencyResolver(registry);
		Jurisdictions jurisdictions = new Jurisdictions(resolver);
		Map<ExtractedDocument, String> places = new HashMap<>();
		return (document, surface) -> {
			String place = places.computeIfAbsent(document, d -> {
				StringBuilder text = new StringBuilder(d.title());
				d.measures().forEach(m -> text.append('\n').append(m.text()));
				String p = jurisdictions.decide(d, text.toString()).placeId();
				return p == null ? "" : p;
			});
			return place.isEmpty() ? null : resolver.resolve(place, surface);
		};
	}

}
