package io.policygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-checked responsibility units under {@code src/test/resources/gold/responsibility}.
 */
final class GoldUnits {

	record Unit(String file, int line, String raw, List<String> lead, List<String> responsible, List<String> inherited) {

		List<String> role(Role role) {
			return switch (role) {
				case LEAD -> this.lead;
				case RESPONSIBLE -> this.responsible;
				case INHERITED -> this.inherited;
			};
		}

	}

	record Covered(String file, int firstLine, int lastLine) {

		boolean contains(String f, int line) {
			return this.file.equals(f) && line >= this.firstLine && line <= this.lastLine;
		}

	}

	static final Path DIR = Path.of("src/test/resources/gold/responsibility");

	private GoldUnits() {
	}

	static List<Unit> units() {
		JsonMapper json = JsonMapper.builder().build();
		List<Unit> units = new ArrayList<>();
		for (Path file : files(".jsonl")) {
			for (String line : read(file)) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode n = json.readTree(line);
				units.add(new Unit(n.get("file").asString(), n.get("line").asInt(), n.get("raw").asString(),
						strings(n.get("lead")), strings(n.get("responsible")), strings(n.get("inherited"))));
			}
		}
		return units;
	}

	static List<Covered> covered() {
		List<Covered> out = new ArrayList<>();
		for (Path file : files(".covered.tsv")) {
			List<String> lines = read(file);
			for (String line : lines.subList(1, lines.size())) {
				if (!line.isBlank()) {
					String[] f = line.split("\t");
					out.add(new Covered(f[0], Integer.parseInt(f[1].strip()), Integer.parseInt(f[2].strip())));
				}
			}
		}
		return out;
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(n -> out.add(n.asString()));
		return out;
	}

	private static List<Path> files(String suffix) {
		try (Stream<Path> s = Files.list(DIR)) {
			return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> read(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
