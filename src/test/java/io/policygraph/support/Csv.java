package io.policygraph.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal RFC 4180 reader for the tests: enough for cells holding commas, quotes and line breaks. */
public final class Csv {

	private Csv() {
	}

	/** {@return the records of a CSV text without a byte-order mark, each a list of cells} */
	public static List<List<String>> records(String csv) {
		List<List<String>> out = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				out.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				cell.append(c);
			}
		}
		return out;
	}

	/** {@return the rows after the header of a CSV text (a leading byte-order mark skipped), each by column name} */
	public static List<Map<String, String>> rows(String csv) {
		List<List<String>> records = records(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
		List<Map<String, String>> out = new ArrayList<>();
		for (List<String> record : records.subList(Math.min(1, records.size()), records.size())) {
			Map<String, String> row = new LinkedHashMap<>();
			for (int c = 0; c < record.size(); c++) {
				row.put(records.get(0).get(c), record.get(c));
			}
			out.add(row);
		}
		return out;
	}

}
