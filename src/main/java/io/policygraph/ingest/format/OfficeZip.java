package io.policygraph.ingest.format;

import io.policygraph.ingest.UnreadableSourceException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits POI applies while it inflates an OOXML container (DOCX, XLSX): the least compression ratio of
 * an entry, the largest entry and the most entries. POI keeps them in static settings, so they are set
 * before each read; and its refusals become one message naming the file.
 */
final class OfficeZip {

	private OfficeZip() {
	}

	static synchronized void apply(ReadLimits limits) {
		ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
		ZipSecureFile.setMaxEntrySize(limits.maxZipEntryBytes());
		ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
	}

	/** {@return the refusal for a failure of POI while opening or reading a container} */
	static UnreadableSourceException refusal(String name, String format, Exception ex) {
		String message = String.valueOf(ex.getMessage());
		Throwable cause = ex;
		while (cause != null) {
			String m = String.valueOf(cause.getMessage());
			if (m.contains("Zip bomb") || m.contains("zip bomb")) {
				return new UnreadableSourceException(name, "zip bomb refused: an entry inflates beyond the allowed ratio or size "
						+ "(policygraph.formats.zip.min-inflate-ratio / max-entry-bytes)");
			}
			if (m.contains("DOCTYPE") || m.contains("external entit")) {
				return new UnreadableSourceException(name, "XML with a DOCTYPE or external entities refused");
			}
			if (m.contains("file count") || m.contains("too many entries") || m.contains("maximum number of")) {
				return new UnreadableSourceException(name, "ZIP container with too many entries refused (policygraph.formats.zip.max-entries)");
			}
			cause = cause.getCause();
		}
		if (ex instanceof EncryptedDocumentException) {
			return new UnreadableSourceException(name, "encrypted (password-protected) " + format + " refused");
		}
		return new UnreadableSourceException(name, "damaged " + format + ": " + message);
	}

}
