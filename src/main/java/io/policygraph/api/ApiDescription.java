package io.policygraph.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * What the generated description cannot know from the controllers: the problem document every error answers
 * with (its schema, on every operation's 400, 404 and 503), and an example answer per endpoint, taken from the
 * seed graph and kept in {@code openapi/examples.json} (keyed {@code "GET /api/documents"}; lists cut to their
 * first items, long texts to 120 characters).
 */
@Component
final class ApiDescription implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	private static final String EXAMPLES = "openapi/examples.json";

	/** Plain maps and lists: the description is written by swagger's own JSON library, not ours. */
	private final Map<String, Object> examples;

	ApiDescription(JsonMapper mapper) {
		try (InputStream in = ApiDescription.class.getClassLoader().getResourceAsStream(EXAMPLES)) {
			if (in == null) {
				throw new IllegalStateException("No " + EXAMPLES + " on the class path");
			}
			this.examples = MeasureController.castMap(mapper.readValue(in, Map.class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void customise(OpenAPI api) {
		api.getComponents().addSchemas(PROBLEM, problemSchema());
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			problems(operation);
			csv(operation);
			example(method.name() + " " + path, operation);
		}));
	}

	/** RFC 9457 members, and the ones this API adds where they apply. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		Schema<?> place = new ObjectSchema().addProperty("id", new StringSchema()).addProperty("name", new StringSchema());
		return new ObjectSchema()
			.description("An error, as application/problem+json (RFC 9457)")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Not found"))
			.addProperty("status", new IntegerSchema().example(404))
			.addProperty("detail", new StringSchema().example("jurisdiction 'jinna' is no known place id or name"))
			.addProperty("instance", new StringSchema().example("/api/documents"))
			.addProperty("closest", new ArraySchema().items(place).description("for an unknown place: the closest known places"))
			.addProperty("parameter", new StringSchema().description("for a refused upload: the parameter to give or change"))
			.addProperty("conflicts", new ArraySchema().items(new ObjectSchema())
				.description("for a 409: the stored documents the upload collides with"));
	}

	private static void problems(Operation operation) {
		Map<String, String> errors = Map.of("400", "a parameter is missing or wrong", "404",
				"no such id, or an unknown place (with the closest known ones)", "503", "the database is unavailable or busy");
		errors.forEach((status, description) -> {
			if (operation.getResponses().get(status) == null) {
				operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
					.content(new Content().addMediaType("application/problem+json",
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
			}
		});
	}

	/** The schemas of the answers that hold a table ({@link Tabular}): PlaceLoad, Expiring, Analytics. */
	private static final List<String> TABLES = List.of("PlaceLoad", "Expiring", "Analytics");

	/** A list answer (an array, a page, an answer holding a table) is offered as text/csv too. */
	private static void csv(Operation operation) {
		ApiResponse ok = operation.getResponses().get("200");
		MediaType json = ok == null || ok.getContent() == null ? null : ok.getContent().get("application/json");
		if (json == null || json.getSchema() == null) {
			return;
		}
		String ref = json.getSchema().get$ref() == null ? "" : json.getSchema().get$ref().replace("#/components/schemas/", "");
		if ("array".equals(json.getSchema().getType()) || ref.startsWith("Page") || TABLES.contains(ref)) {
			ok.getContent().addMediaType("text/csv", new MediaType().schema(new StringSchema()
				.description("the list as CSV: UTF-8 with a byte-order mark, a header line, one line per item")));
		}
	}

	private void example(String key, Operation operation) {
		Object example = this.examples.get(key);
		if (example == null) {
			return;
		}
		for (String status : List.of("200", "201")) {
			ApiResponse ok = operation.getResponses().get(status);
			if (ok != null && ok.getContent() != null) {
				ok.getContent().forEach((type, media) -> {
					boolean json = type.contains("json") || type.equals("*/*");
					// a text answer (GraphML) has its example as a string; a JSON one never on its CSV form
					if (json != example instanceof String) {
						media.setExample(example);
					}
				});
			}
		}
	}

}
