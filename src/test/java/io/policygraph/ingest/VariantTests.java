package io.policygraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.policygraph.ingest.FormUnits.list;
import static io.policygraph.ingest.FormUnits.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The written variants of each form that documents of provinces not yet read will print (issue 14): other
 * punctuation, other role words, other table shapes. One row of {@code variants/variants.tsv} each; its expected
 * bodies were written as a careful reader names them before the extractor read the row.
 */
class VariantTests {

	private static final Path TABLE = Path.of("src/test/resources/variants/variants.tsv");

	/** The lead cell of a row whose input is no unit at all. */
	private static final String NONE = "NONE";

	private final PolicyExtractor extractor = new PolicyExtractor();

	static Stream<Arguments> variants() throws IOException {
		List<Arguments> rows = new ArrayList<>();
		boolean header = true;
		for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			String[] cells = line.split("\t", -1);
			rows.add(Arguments.of(cells[0], cells[1], cells[2], cells[3], cells[4]));
		}
		return rows.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	void eachVariantIsReadAsACarefulReaderReadsIt(String shape, String body, String lead, String responsible,
			String inherited) {
		List<ExtractedMeasure> units = units(body);
		if (lead.equals(NONE)) {
			assertThat(units).as("units").isEmpty();
			return;
		}
		String[] leads = lead.split(" // ", -1);
		String[] responsibles = responsible.split(" // ", -1);
		String[] inheriteds = inherited.split(" // ", -1);
		if (leads.length > 1) {
			assertThat(units).as("units").hasSize(leads.length);
		}
		assertThat(units).as("units").isNotEmpty();
		for (int i = 0; i < leads.length; i++) {
			ExtractedMeasure unit = units.get(i);
			assertThat(surfaces(unit, Role.LEAD)).as("lead of unit %d", i + 1).containsExactlyElementsOf(list(leads[i]));
			assertThat(surfaces(unit, Role.RESPONSIBLE)).as("responsible of unit %d", i + 1)
				.containsExactlyElementsOf(list(responsibles[i]));
			assertThat(surfaces(unit, Role.INHERITED)).as("inherited of unit %d", i + 1)
				.containsExactlyElementsOf(list(inheriteds[i]));
		}
	}

	private List<ExtractedMeasure> units(String body) {
		return FormUnits.read(this.extractor, body);
	}

}
