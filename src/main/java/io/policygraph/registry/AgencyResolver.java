package io.policygraph.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a surface form ({@code 市发展改革委}, {@code 投资促进局}, {@code 省科技厅}) to one canonical body in
 * the jurisdiction of the document that names it. The level prefix moves along the place tree
 * ({@code 省} → the province, {@code 市} → the city, {@code 区}/{@code 县} or none → the district); names
 * that carry their own place (济南机场海关, 雄安新区管委会) resolve by that place. Nothing is ever matched
 * in a city that is not the document's own or one of its ancestors: an unknown name stays unresolved.
 */
public final class AgencyResolver {

	/** Short and long forms of the same stem, longest first; each is rewritten to the last form. */
	private static final String[][] SYNONYMS = {
			{ "发展和改革委员会", "发展改革委", "发改委", "发展改革委员会" },
			{ "工业和信息化局", "工信局" },
			{ "工业和信息化厅", "工信厅" },
			{ "市场监督管理局", "市场监管局" },
			{ "人力资源和社会保障局", "人力资源社会保障局", "人力社保局", "人社局" },
			{ "人力资源和社会保障厅", "人力资源社会保障厅", "人社厅" },
			{ "住房和城乡建设局", "住房城乡建设局", "住建局" },
			{ "住房和城乡建设委员会", "住房城乡建设委员会", "住建委" },
			{ "住房和城乡建设厅", "住房城乡建设厅", "住建厅" },
			{ "科学技术局", "科技局" },
			{ "科学技术厅", "科技厅" },
			{ "科学技术委员会", "科委" },
			{ "卫生健康委员会", "卫生健康委", "卫健委" },
			{ "城市管理局", "城管局" },
			{ "应急管理局", "应急局" },
			{ "应急管理厅", "应急厅" },
			{ "文化和旅游局", "文旅局" },
			{ "生态环境局", "环保局" },
			{ "交通运输局", "交通局" },
			{ "自然资源和规划局", "自然资源规划局", "规划和自然资源局" },
			{ "国有资产监督管理委员会", "国资委" },
			{ "地方金融监督管理局", "金融监管局", "地方金融监管局" },
			{ "人民政府办公厅", "政府办公厅" },
			{ "人民政府办公室", "政府办公室", "政府办" },
			{ "人民政府", "政府" },
			{ "管理委员会", "管委会", "管委" } };

	private final Registry registry;

	/** place id → normalised name → body id */
	private final Map<String, Map<String, String>> byPlace = new HashMap<>();

	/** names that carry their place (full names, self-qualifying aliases) → body id */
	private final Map<String, String> global = new HashMap<>();

	/** Known place names and aliases by first character, longest first: a scan tries only names that can match. */
	private final Map<Character, List<String>> placeNamesByFirst = new HashMap<>();

	private final Map<String, String> placeByName = new HashMap<>();

	public AgencyResolver(Registry registry) {
		this.registry = registry;
		for (Registry.Place p : registry.places().values()) {
			this.placeByName.putIfAbsent(p.name(), p.id());
			for (String a : p.aliases()) {
				if (a.length() >= 2) {
					this.placeByName.putIfAbsent(a, p.id());
				}
			}
		}
		List<String> placeNames = new ArrayList<>(this.placeByName.keySet());
		placeNames.sort(Comparator.comparingInt(String::length).reversed());
		for (String p : placeNames) {
			this.placeNamesByFirst.computeIfAbsent(p.charAt(0), k -> new ArrayList<>()).add(p);
		}
		for (Registry.Body b : registry.bodies().values()) {
			Map<String, String> names = this.byPlace.computeIfAbsent(b.place(), k -> new LinkedHashMap<>());
			for (String n : b.names()) {
				names.putIfAbsent(key(stripLevel(n)), b.id());
				names.putIfAbsent(key(stripPlace(n, b.place())), b.id());
				if (startsWithPlaceName(n)) {
					this.global.putIfAbsent(key(n), b.id());
				}
			}
		}
	}

	public Registry registry() {
		return this.registry;
	}

	/**
	 * {@return the canonical id of the body {@code surface} names in a document of {@code placeId}, or
	 * {@code null} when the registry does not know it there}
	 */
	public String resolve(String placeId, String surface) {
		if (surface == null || surface.isBlank()) {
			return null;
		}
		String s = surface.strip();
		String self = this.global.get(key(s));
		if (self != null) {
			return self;
		}
		List<Registry.Place> lineage = this.registry.lineage(placeId);
		if (lineage.isEmpty()) {
			return null;
		}
		for (Registry.Place target : candidates(lineage, s)) {
			String id = lookup(target.id(), s);
			if (id != null) {
				return id;
			}
		}
		return withinPlace(placeId, s);
	}

	/**
	 * Bodies of places inside the document's own (streets, zones) are named without a prefix:
	 * 金桥街 in a 东丽区 document is that street's office.
	 */
	private String withinPlace(String placeId, String surface) {
		String found = null;
		for (Registry.Place p : this.registry.places().values()) {
			if (p.id().equals(placeId) || this.registry.lineage(p.id()).stream().noneMatch(a -> a.id().equals(placeId))) {
				continue;
			}
			String id = lookup(p.id(), surface);
			if (id != null) {
				if (found != null && !found.equals(id)) {
					return null;
				}
				found = id;
			}
		}
		return found;
	}

	/** Where a prefix sends the lookup: 省 to the province, 市 to the city, 区/县 or none to the district. */
	private List<Registry.Place> candidates(List<Registry.Place> lineage, String s) {
		List<Registry.Place> out = new ArrayList<>();
		if (s.startsWith("省")) {
			lineage.stream().filter(p -> p.kind().equals("province")).findFirst().ifPresent(out::add);
		}
		else if (s.startsWith("市") && !s.startsWith("市中") && !s.startsWith("市场") && !s.endsWith("分局")) {
			lineage.stream().filter(p -> p.kind().equals("city") || p.kind().equals("municipality")).findFirst()
				.ifPresent(out::add);
		}
		else if (s.startsWith("国家") || s.startsWith("中国") || s.startsWith("全国")) {
			lineage.stream().filter(p -> p.kind().equals("country")).findFirst().ifPresent(out::add);
		}
		if (out.isEmpty()) {
			// unprefixed, 区/县, 市中…: the document's own place first, then up the tree
			out.addAll(lineage);
		}
		return out;
	}

	private String lookup(String placeId, String surface) {
		Map<String, String> names = this.byPlace.get(placeId);
		if (names == null) {
			return null;
		}
		String id = names.get(key(surface));
		if (id == null) {
			id = names.get(key(stripLevel(surface)));
		}
		return id;
	}

	private boolean startsWithPlaceName(String name) {
		if (name.isEmpty()) {
			return false;
		}
		for (String p : this.placeNamesByFirst.getOrDefault(name.charAt(0), List.of())) {
			if (name.startsWith(p) && name.length() > p.length() + 1) {
				return true;
			}
		}
		return false;
	}

	private String stripPlace(String name, String placeId) {
		Registry.Place place = this.registry.place(placeId);
		if (place == null) {
			return name;
		}
		for (String n : allNames(place)) {
			if (name.startsWith(n) && name.length() > n.length()) {
				return stripLevel(name.substring(n.length()));
			}
		}
		return stripLevel(name);
	}

	private static List<String> allNames(Registry.Place place) {
		List<String> names = new ArrayList<>();
		names.add(place.name());
		names.addAll(place.aliases());
		names.sort(Comparator.comparingInt(String::length).reversed());
		return names;
	}

	static String stripLevel(String name) {
		if (name.length() > 2 && (name.startsWith("省") || name.startsWith("区") || name.startsWith("县"))) {
			return name.substring(1);
		}
		if (name.length() > 2 && name.startsWith("市") && !name.startsWith("市中") && !name.startsWith("市场")) {
			return name.substring(1);
		}
		return name;
	}

	/** Normalises a stem: brackets made full-width, spaces removed, short forms rewritten to the long one. */
	static String key(String name) {
		String k = name.replace('(', '（').replace(')', '）').replaceAll("\\s", "");
		for (String[] group : SYNONYMS) {
			for (int i = 1; i < group.length; i++) {
				if (k.endsWith(group[i]) && !k.endsWith(group[0])) {
					k = k.substring(0, k.length() - group[i].length()) + group[0];
					break;
				}
			}
		}
		return k;
	}

	/** {@return the place a name such as 济南市人民政府 or 东丽区 starts with, or {@code null}} */
	public String placeNamedAtStart(String text) {
		if (text.isEmpty()) {
			return null;
		}
		for (String p : this.placeNamesByFirst.getOrDefault(text.charAt(0), List.of())) {
			if (text.startsWith(p)) {
				return this.placeByName.get(p);
			}
		}
		return null;
	}

	/** {@return how often each known place is named in {@code text}} */
	public Map<String, Integer> placeMentions(String text) {
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i < text.length(); i++) {
			for (String p : this.placeNamesByFirst.getOrDefault(text.charAt(i), List.of())) {
				if (p.length() >= 2 && text.startsWith(p, i)) {
					counts.merge(this.placeByName.get(p), 1, Integer::sum);
					i += p.length() - 1;
					break;
				}
			}
		}
		return counts;
	}

}
