package io.policygraph.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.policygraph.ingest.UnreadableSourceException;

/**
 * The XML parts of an OFD container (GB/T 33190: a ZIP), inflated under the limits of every ZIP container:
 * the entry count, the size of an entry and its compression ratio are checked while it inflates, on every
 * entry (fonts, images and signatures too, which are read through and dropped), so a bomb is refused before
 * it has grown.
 */
final class OfdPackage {

	/** Entries smaller than this are not judged by their ratio (a short XML part compresses well). */
	private static final long RATIO_GRACE = 100_000;

	private final Map<String, byte[]> parts;

	private final Map<String, String> lowerCase = new HashMap<>();

	private OfdPackage(Map<String, byte[]> parts) {
		this.parts = parts;
		parts.keySet().forEach(k -> this.lowerCase.putIfAbsent(k.toLowerCase(Locale.ROOT), k));
	}

	/** A byte stream that tells how far it has been read: the compressed bytes an entry has taken so far. */
	private static final class Counted extends ByteArrayInputStream {

		Counted(byte[] bytes) {
			super(bytes);
		}

		long position() {
			return this.pos;
		}

	}

	static OfdPackage open(String name, byte[] bytes, ReadLimits limits, Deadline deadline) {
		Counted counted = new Counted(bytes);
		Map<String, byte[]> parts = new HashMap<>();
		byte[] buffer = new byte[8192];
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(counted)) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (++entries > limits.maxZipEntries()) {
					throw new UnreadableSourceException(name, "ZIP container with more than " + limits.maxZipEntries()
							+ " entries refused (policygraph.formats.zip.max-entries)");
				}
				boolean keep = e.getName().toLowerCase(Locale.ROOT).endsWith(".xml");
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				long start = counted.position();
				long size = 0;
				for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
					size += n;
					if (size > limits.maxZipEntryBytes()) {
						throw new UnreadableSourceException(name, "zip bomb refused: the entry " + e.getName() + " inflates to more than "
								+ limits.maxZipEntryBytes() + " bytes (policygraph.formats.zip.max-entry-bytes)");
					}
					long compressed = Math.max(1, counted.position() - start);
					if (size > RATIO_GRACE && (double) compressed / size < limits.minInflateRatio()) {
						throw new UnreadableSourceException(name, "zip bomb refused: the entry " + e.getName() + " inflates more than "
								+ Math.round(1 / limits.minInflateRatio()) + " times its compressed size (policygraph.formats.zip.min-inflate-ratio)");
					}
					if (keep) {
						out.write(buffer, 0, n);
					}
					deadline.check();
				}
				if (keep) {
					parts.put(normalise(e.getName()), out.toByteArray());
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new UnreadableSourceException(name, "damaged OFD container: " + ex.getMessage());
		}
		return new OfdPackage(parts);
	}

	/** {@return the part at a path of the container, or null}; names are matched case-insensitively as Windows writers vary them */
	byte[] part(String path) {
		byte[] exact = this.parts.get(path);
		if (exact != null) {
			return exact;
		}
		String other = this.lowerCase.get(path.toLowerCase(Locale.ROOT));
		return other == null ? null : this.parts.get(other);
	}

	/**
	 * {@return the path a reference names (ST_Loc): from the root when it starts with {@code /}, else from the
	 * folder of the part that holds it}
	 */
	static String resolve(String from, String location) {
		String loc = location.strip().replace('\\', '/');
		String base = loc.startsWith("/") ? "" : from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
		return normalise(base + loc);
	}

	private static String normalise(String path) {
		Deque<String> out = new ArrayDeque<>();
		for (String segment : path.replace('\\', '/').split("/")) {
			if (segment.isEmpty() || segment.equals(".")) {
				continue;
			}
			if (segment.equals("..")) {
				out.pollLast();
			}
			else {
				out.addLast(segment);
			}
		}
		return String.join("/", out);
	}

}
