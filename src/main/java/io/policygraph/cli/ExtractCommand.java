package io.policygraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

import io.policygraph.ingest.ExtractedDocument;
import io.policygraph.ingest.ExtractedFile;
import io.policygraph.ingest.ExtractedMeasure;
import io.policygraph.ingest.Mention;
import io.policygraph.ingest.PolicyExtractor;
import io.policygraph.ingest.Role;
import io.policygraph.ingest.format.Origin;

/**
 * {@code extract FILE...}: prints one JSON object per responsibility unit, without any database.
 * The shape is a contract other tools read; keep it stable.
 */
final class ExtractCommand {

	private final PolicyExtractor extractor = new PolicyExtractor();

	private final BiFunction<ExtractedDocument, String, String> resolver;

	ExtractCommand(BiFunction<ExtractedDocument, String, String> resolver) {
		this.resolver = resolver;
	}

	int run(List<Path> files, PrintStream out, PrintStream err) throws IOException {
		int failures = 0;
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				err.println("extract: " + file + ": no such file");
				failures++;
				continue;
			}
			ExtractedFile extracted;
			try {
				extracted = this.extractor.extract(file.getFileName().toString(), Files.readAllBytes(file));
			}
			catch (io.policygraph.ingest.UnreadableSourceException ex) {
				err.println("extract: " + ex.getMessage());
				failures++;
				continue;
			}
			for (ExtractedDocument document : extracted.documents()) {
				for (ExtractedMeasure unit : document.responsibilityUnits()) {
					out.println(line(extracted, document, unit));
				}
			}
		}
		out.flush();
		return failures == 0 ? 0 : 1;
	}

	String line(ExtractedFile file, ExtractedDocument document, ExtractedMeasure unit) {
		StringBuilder json = new StringBuilder(256);
		json.append("{\"file\": ").append(Json.string(file.name()))
			.append(", \"document\": ").append(Json.string(document.title()))
			.append(", \"docNo\": ").append(Json.string(document.docNo()))
			.append(", \"lineStart\": ").append(unit.lineStart())
			.append(", \"lineEnd\": ").append(unit.lineEnd());
		origin(json, file.origin(unit.lineStart()));
		json.append(", \"path\": ").append(Json.string(unit.path()))
			.append(", \"text\": ").append(Json.string(unit.text()))
			.append(", \"form\": ").append(Json.string(unit.form()));
		for (Role role : Role.values()) {
			json.append(", \"").append(role.name().toLowerCase()).append("\": [");
			String sep = "";
			for (Mention m : unit.withRole(role)) {
				json.append(sep)
					.append("{\"surface\": ")
					.append(Json.string(m.surface()))
					.append(", \"agency\": ")
					.append(Json.string(this.resolver.apply(document, m.surface())))
					.append(", \"form\": ")
					.append(Json.string(m.form()))
					.append('}');
				sep = ", ";
			}
			json.append(']');
		}
		json.append(", \"openList\": ").append(unit.openList());
		json.append(", \"flags\": [");
		for (int i = 0; i < unit.flags().size(); i++) {
			json.append(i == 0 ? "" : ", ").append(Json.string(unit.flags().get(i)));
		}
		json.append("]}");
		return json.toString();
	}

	/** Where the unit's first line stands in the published file: page, sheet and row, or paragraph (and table row). */
	private static void origin(StringBuilder json, Origin origin) {
		if (origin == null) {
			return;
		}
		if (origin.page() != null) {
			json.append(", \"page\": ").append(origin.page());
		}
		if (origin.sheet() != null) {
			json.append(", \"sheet\": ").append(Json.string(origin.sheet()));
		}
		if (origin.paragraph() != null) {
			json.append(", \"paragraph\": ").append(origin.paragraph());
		}
		if (origin.row() != null) {
			json.append(", \"row\": ").append(origin.row());
		}
	}

}
