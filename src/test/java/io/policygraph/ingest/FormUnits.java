package io.policygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the table-driven form tests share: a measure's text set in a small document (a notice issuing a plan, then
 * the plan), the units the extractor reads from it, and the bodies a test row names.
 */
final class FormUnits {

	private static final String NOTICE = "某县人民政府办公室关于印发某县测试行动方案的通知\n各乡镇人民政府，县政府各部门：\n现将方案印发给你们。\n\n"
			+ "某县人民政府办公室\n2024年3月1日\n\n某县测试行动方案\n";

	private FormUnits() {
	}

	/** {@return the units of the plan whose body is {@code body}} ({@code \n} and {@code \t} written as escapes) */
	static List<ExtractedMeasure> read(PolicyExtractor extractor, String body) {
		String doc = NOTICE + body.replace("\\n", "\n").replace("\\t", "\t") + "\n";
		ExtractedFile f = extractor.extract("t.txt", doc.getBytes(StandardCharsets.UTF_8));
		return f.documents().get(f.documents().size() - 1).responsibilityUnits();
	}

	/** {@return the bodies of the unit in {@code role}, as written} */
	static List<String> surfaces(ExtractedMeasure m, Role role) {
		return m.withRole(role).stream().map(Mention::surface).toList();
	}

	/** {@return the bodies of a test row's cell, separated by ;} (none for an empty or missing cell) */
	static List<String> list(String cell) {
		return cell == null ? List.of() : Stream.of(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
