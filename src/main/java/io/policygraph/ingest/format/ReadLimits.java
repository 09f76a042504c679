package io.policygraph.ingest.format;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a reader accepts before it refuses a file as hostile or unreasonable: a size per format, the page
 * count and reading time of a PDF or an OFD (the time of the whole file), the nesting depth of HTML, and for
 * ZIP containers (DOCX, XLSX, OFD) the least compression ratio, the entry count and the largest entry (POI's
 * {@code ZipSecureFile}; {@link OfdPackage} for OFD).
 *
 * @param maxBytes largest file per format
 * @param maxPdfPages most pages of a PDF or OFD
 * @param pdfTime time budget to read one whole PDF or OFD
 * @param maxHtmlDepth deepest element nesting of an HTML page
 * @param minInflateRatio least compressed/uncompressed ratio of a ZIP entry (below it: a zip bomb)
 * @param maxZipEntries most entries of a ZIP container
 * @param maxZipEntryBytes largest uncompressed ZIP entry
 */
public record ReadLimits(Map<Format, Long> maxBytes, int maxPdfPages, Duration pdfTime, int maxHtmlDepth,
		double minInflateRatio, int maxZipEntries, long maxZipEntryBytes) {

	public ReadLimits {
		maxBytes = Map.copyOf(maxBytes);
	}

	/** {@return the defaults} */
	public static ReadLimits defaults() {
		return from(key -> null);
	}

	/**
	 * {@return the limits set as system properties ({@code policygraph.formats.pdf.max-pages}) or environment
	 * variables ({@code POLICYGRAPH_FORMATS_PDF_MAX_PAGES}), the defaults elsewhere}; one place for the CLI
	 * and the service alike
	 */
	public static ReadLimits configured() {
		return from(key -> {
			String value = System.getProperty(key);
			return value != null ? value : System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_"));
		});
	}

	/** {@return the limits read by key ({@code policygraph.formats.…}), each missing one at its default} */
	public static ReadLimits from(UnaryOperator<String> lookup) {
		Map<Format, Long> sizes = new EnumMap<>(Format.class);
		for (Format f : Format.values()) {
			sizes.put(f, bytes(lookup.apply("policygraph.formats." + f.label() + ".max-bytes"), f.defaultMaxBytes()));
		}
		return new ReadLimits(sizes, (int) number(lookup.apply("policygraph.formats.pdf.max-pages"), 2000),
				Duration.ofSeconds(number(lookup.apply("policygraph.formats.pdf.time-budget-seconds"), 60)),
				(int) number(lookup.apply("policygraph.formats.html.max-depth"), 256),
				Double.parseDouble(value(lookup.apply("policygraph.formats.zip.min-inflate-ratio"), "0.01")),
				(int) number(lookup.apply("policygraph.formats.zip.max-entries"), 1000),
				bytes(lookup.apply("policygraph.formats.zip.max-entry-bytes"), 200L << 20));
	}

	/** {@return a copy with one format's size limit changed} */
	public ReadLimits withMaxBytes(Format format, long bytes) {
		Map<Format, Long> sizes = new EnumMap<>(this.maxBytes);
		sizes.put(format, bytes);
		return new ReadLimits(sizes, this.maxPdfPages, this.pdfTime, this.maxHtmlDepth, this.minInflateRatio,
				this.maxZipEntries, this.maxZipEntryBytes);
	}

	/** {@return a copy with the PDF limits changed} */
	public ReadLimits withPdf(int pages, Duration time) {
		return new ReadLimits(this.maxBytes, pages, time, this.maxHtmlDepth, this.minInflateRatio, this.maxZipEntries,
				this.maxZipEntryBytes);
	}

	private static String value(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value.strip();
	}

	private static long number(String value, long otherwise) {
		return Long.parseLong(value(value, Long.toString(otherwise)));
	}

	/** Sizes as {@code 20MB}, {@code 512KB} or bytes. */
	private static long bytes(String value, long otherwise) {
		String v = value(value, Long.toString(otherwise)).toUpperCase(Locale.ROOT);
		long unit = v.endsWith("GB") ? 1L << 30 : v.endsWith("MB") ? 1L << 20 : v.endsWith("KB") ? 1L << 10 : 1;
		return Long.parseLong(unit == 1 ? v.replace("B", "") : v.substring(0, v.length() - 2).strip()) * unit;
	}

}
