package io.policygraph.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A chain's segments as the workbench draws them (a flow along {@code FEEDS}), each with what supports it
 * and whether it is weak: one carrier or none, or no supporting measure in force after the date asked.
 *
 * @param before the date asked (null: every measure counts as in force)
 * @param segments the chain itself first (measures naming the chain as a whole), then its segments in order
 */
record ChainPicture(String id, String name, LocalDate before, List<Segment> segments) {

	/**
	 * @param measures distinct measures supporting it
	 * @param inForce of those, the ones whose document has not ended by the date
	 * @param carriers distinct bodies on them by explicit responsibility (inherited left out)
	 * @param carrierNames the first three carriers by name
	 */
	record Segment(String id, String type, String name, String position, long order, List<String> feeds, long measures,
			long inForce, long carriers, List<String> carrierNames, List<String> parks, List<String> projects, boolean weak) {
	}

	@SuppressWarnings("unchecked")
	static ChainPicture of(List<Map<String, Object>> rows, LocalDate before) {
		List<Segment> segments = rows.stream().map(r -> {
			long measures = ((Number) r.get("measures")).longValue();
			long inForce = ((Number) r.get("inForce")).longValue();
			long carriers = ((Number) r.get("carriers")).longValue();
			boolean weak = measures > 0 && (carriers <= 1 || inForce == 0);
			return new Segment((String) r.get("id"), (String) r.get("type"), (String) r.get("name"), (String) r.get("position"),
					((Number) r.get("order")).longValue(), (List<String>) r.get("feeds"), measures, inForce, carriers,
					(List<String>) r.get("carrierNames"), (List<String>) r.get("parks"), (List<String>) r.get("projects"), weak);
		}).toList();
		return new ChainPicture((String) rows.get(0).get("chain"), (String) rows.get(0).get("chainName"), before, segments);
	}

}
