package io.policygraph.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves Neo4j Browser (the static app in the {@code neo4j-browser} jar) at {@code /browser/} and the
 * discovery document it reads from the root URL (asked for as JSON) to fill in its connect form; a page
 * request for the root URL gets the workbench instead. The Browser's page starts with PolicyGraph's style
 * (see {@link BrowserGuide}); the style file and the guide are served for {@code :style} and {@code :play},
 * to any origin, since the Browser fetches them by the {@code localhost} address its allowlist admits.
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

		/** The Browser's own page with PolicyGraph's style script loaded before the app. */
		@GetMapping(value = "/browser/", produces = "text/html;charset=UTF-8")
		String browserIndex() throws IOException {
			try (InputStream in = new ClassPathResource("browser/index.html").getInputStream()) {
				String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				return page.replaceFirst("<script ", "<script src=\"policygraph-style.js\"></script><script ");
			}
		}

		@GetMapping(value = "/browser/policygraph-style.js", produces = "text/javascript;charset=UTF-8")
		String style() {
			return BrowserGuide.styleScript();
		}

		@CrossOrigin
		@GetMapping(value = "/browser/policygraph.grass", produces = "text/plain;charset=UTF-8")
		String grass() {
			return BrowserGuide.grass();
		}

		/** PolicyGraph's guide: {@code :play http://localhost:8080/guide/policygraph.html}. */
		@CrossOrigin
		@GetMapping(value = "/guide/policygraph.html", produces = "text/html;charset=UTF-8")
		String guide() {
			return BrowserGuide.guide(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
				.replace("127.0.0.1", "localhost"));
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
