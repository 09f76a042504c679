package io.policygraph.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the RFC 4180 CSV files of {@code seed-data/}: header row, quoted fields, UTF-8.
 */
public final class Csv {

	private Csv() {
	}

	public static List<Map<String, String>> parse(String name, String text) {
		List<List<String>> rows = rows(text);
		if (rows.isEmpty()) {
			throw new IllegalArgumentException(name + ": no header row");
		}
		List<String> header = rows.get(0);
		List<Map<String, String>> out = new ArrayList<>();
		for (int r = 1; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			if (row.size() == 1 && row.get(0).isBlank()) {
				continue;
			}
			if (row.size() > header.size()) {
				throw new IllegalArgumentException(name + ": row " + (r + 1) + " has " + row.size() + " fields, header has " + header.size());
			}
			Map<String, String> m = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				m.put(header.get(c).strip(), c < row.size() ? row.get(c).strip() : "");
			}
			out.add(m);
		}
		return out;
	}

	private static List<List<String>> rows(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\uFEFF') {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

}
