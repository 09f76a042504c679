package io.policygraph.embedded;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Neo4j Browser (the static app in the {@code neo4j-browser} jar) at {@code /browser/} and the
 * discovery document it reads from the root URL (asked for as JSON) to fill in its connect form; a page
 * request for the root URL gets the workbench instead.
 */
@Configuration(proxyBeanMethods = false)
class BrowserConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
	}

	@RestController
	static class BrowserController {

		private final Environment environment;

		private final ObjectProvider<EmbeddedNeo4jConfiguration.EmbeddedDatabase> embedded;

		BrowserController(Environment environment,
				ObjectProvider<EmbeddedNeo4jConfiguration.EmbeddedDatabase> embedded) {
			this.environment = environment;
			this.embedded = embedded;
		}

		@GetMapping("/browser")
		ModelAndView browserFolder() {
			return new ModelAndView("redirect:/browser/");
		}

		@GetMapping("/browser/")
		ModelAndView browserIndex() {
			return new ModelAndView("forward:/browser/index.html");
		}

		/** The discovery document Neo4j Browser asks its own host for. */
		@GetMapping(value = "/", produces = MediaType.APPLICATION_JSON_VALUE)
		Map<String, String> discovery() {
			String bolt = boltUri();
			return Map.of("bolt_direct", bolt, "bolt_routing", bolt.replaceFirst("^bolt", "neo4j"),
					"neo4j_version", org.neo4j.kernel.internal.Version.getNeo4jVersion(), "neo4j_edition", "community");
		}

		private String boltUri() {
			var db = embedded.getIfAvailable();
			if (db != null) {
				return db.boltUri().replace("127.0.0.1", "localhost");
			}
			return environment.getProperty("spring.neo4j.uri", "bolt://localhost:7687");
		}

	}

}
