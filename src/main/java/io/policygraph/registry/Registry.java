package io.policygraph.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference data: places, agencies, collectives and organisations, as loaded from
 * {@code seed-data/*.csv} (see {@code seed-data/README.md} for the columns).
 */
public final class Registry {

	/** A place: province, city, district, county, zone or street. */
	public record Place(String id, String name, String kind, String parent, List<String> aliases, String validFrom,
			String validTo, String successor) {
	}

	/**
	 * A body that can carry a measure: an agency, a collective ({@code group}) or an organisation that is
	 * not an agency ({@code organisation}).
	 */
	public record Body(String id, String type, String name, String fullName, List<String> aliases, String level,
			String place, String parent, String kind, List<String> members, String validFrom, String validTo,
			String successor) {

		public List<String> names() {
			List<String> all = new ArrayList<>();
			all.add(this.name);
			if (!this.fullName.isEmpty()) {
				all.add(this.fullName);
			}
			all.addAll(this.aliases);
			return all;
		}

	}

	private final Map<String, Place> places;

	private final Map<String, Body> bodies;

	private Registry(Map<String, Place> places, Map<String, Body> bodies) {
		this.places = places;
		this.bodies = bodies;
	}

	public static Registry empty() {
		return new Registry(Map.of(), Map.of());
	}

	/** {@return the registry in a {@code seed-data} folder} */
	public static Registry load(Path folder) {
		return load(name -> {
			Path p = folder.resolve(name);
			try {
				return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** {@return the registry packaged in the application under {@code seed-data/}} */
	public static Registry loadFromClasspath() {
		return load(name -> {
			try (InputStream in = Registry.class.getClassLoader().getResourceAsStream("seed-data/" + name)) {
				return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	interface Source {

		String read(String name);

	}

	static Registry load(Source source) {
		Map<String, Place> places = new LinkedHashMap<>();
		for (Map<String, String> r : rows(source, "places.csv")) {
			places.put(r.get("id"), new Place(r.get("id"), r.get("name"), r.get("kind"), r.get("parent"), list(r.get("aliases")),
					r.get("validFrom"), r.get("validTo"), r.get("successor")));
		}
		Map<String, Body> bodies = new LinkedHashMap<>();
		for (Map<String, String> r : rows(source, "agencies.csv")) {
			put(bodies, new Body(r.get("id"), "agency", r.get("name"), r.get("fullName"), list(r.get("aliases")),
					r.get("level"), r.get("place"), r.get("parent"), r.get("kind"), List.of(), r.get("validFrom"),
					r.get("validTo"), r.get("successor")));
		}
		for (Map<String, String> r : rows(source, "agency-groups.csv")) {
			put(bodies, new Body(r.get("id"), "group", r.get("name"), "", list(r.get("aliases")), r.get("memberLevel"),
					r.get("place"), "", r.get("memberKind"), list(r.get("members")), "", "", ""));
		}
		for (Map<String, String> r : rows(source, "organisations.csv")) {
			put(bodies, new Body(r.get("id"), "organisation", r.get("name"), "", list(r.get("aliases")), "",
					r.get("place"), "", r.get("kind"), List.of(), "", "", ""));
		}
		return new Registry(Collections.unmodifiableMap(places), Collections.unmodifiableMap(bodies));
	}

	private static void put(Map<String, Body> bodies, Body body) {
		if (bodies.putIfAbsent(body.id(), body) != null) {
			throw new IllegalArgumentException("seed-data: id '" + body.id() + "' is defined twice");
		}
	}

	private static List<Map<String, String>> rows(Source source, String name) {
		String text = source.read(name);
		return text == null ? List.of() : Csv.parse(name, text);
	}

	private static List<String> list(String field) {
		if (field == null || field.isBlank()) {
			return List.of();
		}
		return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public Map<String, Place> places() {
		return this.places;
	}

	public Map<String, Body> bodies() {
		return this.bodies;
	}

	public Place place(String id) {
		return this.places.get(id);
	}

	/** {@return the place and its ancestors, nearest first} */
	public List<Place> lineage(String placeId) {
		List<Place> out = new ArrayList<>();
		Place p = this.places.get(placeId);
		while (p != null && out.size() < 10) {
			out.add(p);
			p = p.parent().isEmpty() ? null : this.places.get(p.parent());
		}
		return out;
	}

}
