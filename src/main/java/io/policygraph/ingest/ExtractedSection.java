package io.policygraph.ingest;

/**
 * A heading of a document: chapter, section, item, box or annex.
 *
 * @param path labels from the top, joined by {@code /} ({@code 二/（三）/4})
 * @param kind the numbering level ({@code chapter}, {@code section}, {@code item}, {@code subitem},
 * {@code point}, {@code box}, {@code annex})
 * @param title the heading text after its number
 * @param lineStart first physical line
 * @param lineEnd last physical line of the heading paragraph
 */
public record ExtractedSection(String path, String kind, String title, int lineStart, int lineEnd) {
}
