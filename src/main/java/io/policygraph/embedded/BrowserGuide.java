package io.policygraph.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * What PolicyGraph gives Neo4j Browser so that it shows something on the first try: the style
 * ({@code cypher/policygraph.grass}: a colour per label, captions that tell nodes apart), as the Browser
 * stores it, and a guide whose slides hold the ready-made queries of {@code cypher/queries/}, each
 * clickable into the editor. Both are read from the class path, so the guide always shows the queries
 * that {@code QueryFilesIT} runs.
 */
final class BrowserGuide {

	static final String GRASS = "cypher/policygraph.grass";

	static final String QUERIES = "classpath*:cypher/queries/*.cypher";

	private BrowserGuide() {
	}

	static String grass() {
		return read(new PathMatchingResourcePatternResolver().getResource("classpath:" + GRASS));
	}

	/**
	 * {@return the style as Neo4j Browser keeps it: selector to property to value}, read the way the
	 * Browser reads a grass file (quotes dropped, one {@code name: value} per declaration)
	 */
	static Map<String, Map<String, String>> style(String grass) {
		Map<String, Map<String, String>> rules = new LinkedHashMap<>();
		StringBuilder selector = new StringBuilder();
		StringBuilder body = new StringBuilder();
		boolean quoted = false;
		boolean inRule = false;
		// braces inside quotes belong to a caption ({name}), not to the rule
		for (char c : grass.toCharArray()) {
			if (c == '"' || c == '\'') {
				quoted = !quoted;
			}
			else if (c == '{' && !quoted) {
				inRule = true;
			}
			else if (c == '}' && !quoted) {
				rules.put(selector.toString().strip(), declarations(body.toString()));
				selector.setLength(0);
				body.setLength(0);
				inRule = false;
			}
			else if (inRule) {
				body.append(c);
			}
			else if (!Character.isWhitespace(c)) {
				selector.append(c);
			}
		}
		return rules;
	}

	private static Map<String, String> declarations(String body) {
		Map<String, String> properties = new LinkedHashMap<>();
		for (String declaration : body.split(";")) {
			int colon = declaration.indexOf(':');
			if (colon > 0) {
				properties.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
			}
		}
		return properties;
	}

	/**
	 * {@return a script that gives the Browser PolicyGraph's style unless it already keeps one} (the
	 * Browser reads its style from {@code localStorage["neo4j.grass"]} as it starts; a style the user
	 * changed or reset afterwards is theirs and stays)
	 */
	static String styleScript() {
		String json = style(grass()).entrySet().stream()
			.map(rule -> string(rule.getKey()) + ":" + rule.getValue().entrySet().stream()
				.map(p -> string(p.getKey()) + ":" + string(p.getValue()))
				.collect(Collectors.joining(",", "{", "}")))
			.collect(Collectors.joining(",", "{", "}"));
		return """
				(function () {
				  var key = 'neo4j.grass';
				  try {
				    if (window.localStorage.getItem(key) === null) {
				      window.localStorage.setItem(key, JSON.stringify(%s));
				    }
				  } catch (e) {
				    // no storage (private mode): the Browser's own style applies
				  }
				})();
				""".formatted(json);
	}

	/** A query file: its name, what its comment says, and the statement as pasted. */
	record Query(String file, String title, String explanation, String statement) {
	}

	static List<Query> queries() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(QUERIES);
			return Arrays.stream(files)
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(f -> query(f.getFilename(), read(f)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Query query(String file, String text) {
		List<String> comments = new ArrayList<>();
		for (String line : text.lines().toList()) {
			if (!line.startsWith("//")) {
				break;
			}
			comments.add(line.substring(2).strip());
		}
		String joined = String.join(" ", comments);
		int end = joined.indexOf(". ");
		String title = end < 0 ? joined : joined.substring(0, end + 1);
		String explanation = end < 0 ? "" : joined.substring(end + 2);
		return new Query(file, title, explanation, text.strip());
	}

	/**
	 * {@return the guide as Neo4j Browser plays it ({@code :play <url>}): one {@code <slide>} per query,
	 * the statement in a {@code pre.runnable} that a click puts into the editor}
	 *
	 * @param base the application's own address, for the style command
	 */
	static String guide(String base) {
		StringBuilder html = new StringBuilder("""
				<!doctype html>
				<html lang="zh-CN">
				<head><meta charset="utf-8"><title>PolicyGraph 图谱导览</title></head>
				<body>
				<article class="guide">
				<slide class="row-fluid">
				  <h3>PolicyGraph：谁负责什么</h3>
				  <p>政策文件中的措施（Measure）、牵头与责任单位（Agency、AgencyGroup、Organisation）、
				  文件与章节（Document、Section）、措施支持的产业链、环节、园区和项目（Chain、ChainSegment、Park、Project）。</p>
				  <p>Every slide holds one ready-made query: click it to put it into the editor, then run it
				  (Ctrl+Enter). Each is one statement; its parameters are on its first <code>WITH</code> line.</p>
				  <p>Colours and captions come with PolicyGraph's style; to apply it again after a change, run:</p>
				  <pre class="code runnable">:style %s/browser/policygraph.grass</pre>
				</slide>
				""".formatted(HtmlUtils.htmlEscape(base)));
		for (Query q : queries()) {
			html.append("<slide class=\"row-fluid\">\n  <h3>").append(HtmlUtils.htmlEscape(q.title())).append("</h3>\n");
			if (!q.explanation().isEmpty()) {
				html.append("  <p>").append(HtmlUtils.htmlEscape(q.explanation())).append("</p>\n");
			}
			html.append("  <p><small>cypher/queries/").append(HtmlUtils.htmlEscape(q.file())).append("</small></p>\n");
			html.append("  <pre class=\"code runnable\">").append(HtmlUtils.htmlEscape(q.statement())).append("</pre>\n</slide>\n");
		}
		return html.append("</article>\n</body>\n</html>\n").toString();
	}

	private static String string(String s) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"', '\\' -> out.append('\\').append(c);
				case '<' -> out.append("\\u003c");
				default -> {
					if (c < 0x20) {
						out.append("\\u%04x".formatted((int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	private static String read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
