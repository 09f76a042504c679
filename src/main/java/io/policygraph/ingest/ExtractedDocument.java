package io.policygraph.ingest;

import java.time.LocalDate;
import java.util.List;

import io.policygraph.ingest.format.ReadSource;

/**
 * One policy document found in a source file.
 *
 * @param title the document's own title (for a 印发 notice, the title of what it promulgates)
 * @param noticeTitle the title of the covering notice, or {@code null}
 * @param issuer the issuing body as written, or {@code null}
 * @param docNo the document number (文号) without spaces, or {@code null}
 * @param issuedOn the date it was signed, or {@code null}
 * @param kind 规划, 实施方案, 行动计划, 若干措施, 意见, 应急预案, 通知 …
 * @param validity when it is in force, and how that was found
 * @param lineStart first physical line
 * @param lineEnd last physical line
 * @param sections headings in document order
 * @param measures measures in document order
 * @param flags data-quality notes ({@code notice-body-mismatch}, {@code duplicated-header}, {@code no-issuer})
 * @param source what the file was read as: its format, and where each line came from (page, paragraph, sheet and row)
 */
public record ExtractedDocument(String title, String noticeTitle, String issuer, String docNo, LocalDate issuedOn,
		String kind, Validity validity, int lineStart, int lineEnd,
		List<ExtractedSection> sections, List<ExtractedMeasure> measures, List<String> flags, ReadSource source) {

	/** {@return the first day in force, or {@code null}} */
	public LocalDate validFrom() {
		return this.validity.from();
	}

	/** {@return the last day in force, or {@code null}} */
	public LocalDate validTo() {
		return this.validity.to();
	}

	public List<ExtractedMeasure> responsibilityUnits() {
		return this.measures.stream().filter(ExtractedMeasure::hasResponsibility).toList();
	}

	/**
	 * {@return a digest of the responsibility units as facts: each unit's section path and the bodies it names in
	 * each role, in order}; {@code null} for a document without units. The same document read from another
	 * format gives the same digest (a reader may change a measure's wording at a line break, never its facts),
	 * so it is what decides that two files hold one document (ADR 0012).
	 */
	public String unitsDigest() {
		List<ExtractedMeasure> units = responsibilityUnits();
		if (units.isEmpty()) {
			return null;
		}
		StringBuilder sb = new StringBuilder();
		for (ExtractedMeasure m : units) {
			sb.append(m.path());
			for (Role role : List.of(Role.LEAD, Role.RESPONSIBLE, Role.INHERITED)) {
				sb.append('\u0001');
				m.withRole(role).forEach(x -> sb.append(x.surface()).append('\u0002'));
			}
			sb.append('\n');
		}
		return ContentHash.sha256(sb.toString());
	}

}
