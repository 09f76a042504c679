package io.policygraph.graph;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest that lets a restart skip unchanged reference data depends on the content only, not on the iteration
 * order of the maps that carry it (which for {@code Map.of} differs from one JVM to the next).
 */
class ReferenceStampTests {

	@Test
	void theSameContentInAnotherMapOrderHasTheSameDigest() {
		Map<String, Object> one = new LinkedHashMap<>();
		one.put("id", "jinan:生态环境局");
		one.put("aliases", List.of("市生态环境局", "生态环境局"));
		one.put("validFrom", LocalDate.of(2019, 1, 1));
		Map<String, Object> other = new LinkedHashMap<>();
		other.put("validFrom", LocalDate.of(2019, 1, 1));
		other.put("aliases", List.of("市生态环境局", "生态环境局"));
		other.put("id", "jinan:生态环境局");
		assertThat(one.toString()).as("the orders differ").isNotEqualTo(other.toString());

		assertThat(ReferenceStamp.of(Map.of("agency", List.of(one)))).isEqualTo(ReferenceStamp.of(Map.of("agency", List.of(other))));
	}

	@Test
	void anyChangeOfContentChangesTheDigest() {
		Map<String, Object> base = Map.of("id", "jinan", "aliases", List.of("济南", "济南市"), "parent", "shandong");
		String digest = ReferenceStamp.of(Map.of("places", List.of(base)));
		assertThat(ReferenceStamp.of(Map.of("places", List.of(Map.of("id", "jinan", "aliases", List.of("济南市", "济南"),
				"parent", "shandong"))))).as("list order is content").isNotEqualTo(digest);
		assertThat(ReferenceStamp.of(Map.of("places", List.of(Map.of("id", "jinan", "aliases", List.of("济南", "济南市"),
				"parent", "shandong", "validTo", "2030-12-31"))))).isNotEqualTo(digest);
		assertThat(ReferenceStamp.of(Map.of("places", List.of(Map.of("id", "jinan", "aliases", List.of("济南", "济南市")))))).as("a key dropped")
			.isNotEqualTo(digest);
	}

}
