package io.policygraph.workbench;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The planners' workbench at the root URL: its page, scripts and styles are static resources under
 * {@code static/workbench/}, its pictures come from WebJars (Cytoscape, ECharts), its data from the REST
 * API. A request for JSON at the root still gets Neo4j Browser's discovery document.
 */
@Controller
class WorkbenchController {

	@GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
	String home() {
		return "forward:/workbench/index.html";
	}

}
