package io.policygraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a neighbourhood is cut to its node limit, on a hand-made answer: 市城管局 leads m1 (with 市住建局), is
 * responsible for m2 (led by 市住建局, supporting 氢能) and inherits m3 (with 各区县政府).
 */
class AgencyPictureTests {

	private static final Map<String, Object> ROW = row(List.of(
			measure("m1", "lead", List.of(body("b:住建局", "responsible")), List.of()),
			measure("m2", "responsible", List.of(body("b:住建局", "lead")), List.of(Map.of("id", "hydrogen", "name", "氢能", "type", "Chain"))),
			measure("m3", "inherited", List.of(body("b:各区县政府", "inherited")), List.of())));

	@Test
	void withRoomForAllEveryMeasureItsBodiesAndWhatItSupportsAreDrawn() {
		AgencyPicture picture = AgencyPicture.of(ROW, 300);
		assertThat(picture.nodes()).extracting(AgencyPicture.Node::id)
			.containsExactly("b:城管局", "m1", "b:住建局", "m2", "hydrogen", "m3", "b:各区县政府");
		assertThat(picture.edges()).contains(new AgencyPicture.Edge("b:城管局", "m1", "lead"),
				new AgencyPicture.Edge("b:住建局", "m2", "lead"), new AgencyPicture.Edge("m2", "hydrogen", "supports"));
		assertThat(picture.truncated()).isFalse();
		assertThat(picture.measuresShown()).isEqualTo(3);
		assertThat(picture.collaborators()).extracting(AgencyPicture.Collaborator::id, AgencyPicture.Collaborator::sharedMeasures)
			.first().isEqualTo(org.assertj.core.groups.Tuple.tuple("b:住建局", 2));
	}

	@Test
	void aMeasureComesWholeOrNotAtAll() {
		// the agency, m1 and 市住建局 fill 3 of the 4; m2 would bring itself and 氢能 (5): it is left out whole
		AgencyPicture picture = AgencyPicture.of(ROW, 4);
		assertThat(picture.nodes()).extracting(AgencyPicture.Node::id).containsExactly("b:城管局", "m1", "b:住建局");
		assertThat(picture.truncated()).isTrue();
		assertThat(picture.measuresShown()).isEqualTo(1);
		assertThat(picture.measuresTotal()).isEqualTo(3);
		assertThat(picture.edges()).allSatisfy(e -> assertThat(List.of("b:城管局", "m1", "b:住建局")).contains(e.from(), e.to()));
	}

	@Test
	void aPictureOfFewerMeasuresThanTheAgencyCarriesSaysSoEvenWithinItsLimit() {
		Map<String, Object> capped = new LinkedHashMap<>(ROW);
		capped.put("total", 5000L);
		assertThat(AgencyPicture.of(capped, 300).truncated()).isTrue();
	}

	private static Map<String, Object> row(List<Map<String, Object>> measures) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", "b:城管局");
		row.put("name", "市城管局");
		row.put("type", "Agency");
		row.put("total", (long) measures.size());
		row.put("measures", measures);
		return row;
	}

	private static Map<String, Object> measure(String id, String role, List<Map<String, Object>> others, List<Map<String, Object>> supports) {
		return Map.of("id", id, "name", id, "path", "一/（一）", "role", role, "others", others, "supports", supports);
	}

	private static Map<String, Object> body(String id, String role) {
		return Map.of("id", id, "name", id.substring(2), "role", role, "type", "Agency");
	}

}
