package io.policygraph.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.policygraph.ingest.UnreadableSourceException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Recognises a file's format by its content and hands it to that format's reader: {@code %PDF} for PDF, a
 * ZIP holding {@code word/document.xml} (DOCX, and the {@code .wps} files saved as OOXML) or
 * {@code xl/workbook.xml} (XLSX) or {@code OFD.xml} (OFD), an OLE2 container holding a {@code WordDocument} stream (DOC, and most
 * {@code .wps}) or a {@code Workbook} (XLS), HTML by its markup, and text otherwise. The name is used only
 * in messages.
 */
public final class Formats {

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

	/** Names of files a folder contributes to an ingest run; what each is, its content decides. */
	private static final java.util.regex.Pattern DOCUMENT_NAME = java.util.regex.Pattern.compile(
			".*\\.(txt|text|pdf|docx|doc|wps|wpt|dotx|xlsx|xls|et|htm|html|shtml|xhtml|ofd)$", java.util.regex.Pattern.CASE_INSENSITIVE);

	private Formats() {
	}

	/** {@return whether a file in a folder is taken as a document by its name (its content then decides the reader)} */
	public static boolean isDocumentName(String fileName) {
		return !fileName.startsWith(".") && DOCUMENT_NAME.matcher(fileName).matches();
	}

	/**
	 * {@return the file read into normalised text with the origin of each line}
	 * @throws UnreadableSourceException when the format is not supported, a limit is passed, or the content
	 * cannot be read faithfully; the message names the file and the reason
	 */
	public static ReadSource read(String name, byte[] bytes, ReadLimits limits) {
		return read(name, bytes, limits, null);
	}

	/**
	 * {@return the file read into normalised text with the origin of each line}
	 * @param transport the charset the file's transport declared (an HTTP {@code Content-Type}), or null; text
	 * and HTML are decoded in it when it is sensible for their bytes
	 * @throws UnreadableSourceException when the format is not supported, a limit is passed, or the content
	 * cannot be read faithfully; the message names the file and the reason
	 */
	public static ReadSource read(String name, byte[] bytes, ReadLimits limits, Charset transport) {
		Format format = detect(name, bytes, limits);
		long max = limits.maxBytes().get(format);
		if (bytes.length > max) {
			throw new UnreadableSourceException(name, format.label().toUpperCase(Locale.ROOT) + " file of " + bytes.length
					+ " bytes is over the limit of " + max + " bytes (policygraph.formats." + format.label() + ".max-bytes)");
		}
		FormatReader reader = switch (format) {
			case TEXT -> new TextReader(transport);
			case HTML -> new HtmlReader(transport);
			case PDF -> new PdfReader();
			case DOCX -> new DocxReader();
			case DOC -> new DocReader();
			case XLSX, XLS -> new SheetReader(format);
			case OFD -> new OfdReader();
		};
		try {
			return reader.read(name, bytes, limits);
		}
		catch (UnreadableSourceException ex) {
			throw ex;
		}
		catch (RuntimeException | StackOverflowError ex) {
			// a library's own failure on a malformed file is a refusal like any other, with the file named
			throw new UnreadableSourceException(name, "damaged " + format.label().toUpperCase(Locale.ROOT) + " file: " + ex);
		}
	}

	/**
	 * {@return the charset a {@code Content-Type} header names ({@code text/html; charset=GBK}), or null when it
	 * names none or one unknown here}
	 */
	public static Charset charsetOf(String contentType) {
		return TransportCharset.of(contentType);
	}

	/** {@return the format of the content} */
	static Format detect(String name, byte[] bytes, ReadLimits limits) {
		if (bytes.length == 0) {
			throw new UnreadableSourceException(name, "file is empty");
		}
		if (indexOf(bytes, "%PDF-", 1024) >= 0) {
			return Format.PDF;
		}
		if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
			return zipped(name, bytes, limits);
		}
		if (startsWith(bytes, OLE2)) {
			return ole2(name, bytes);
		}
		if (startsWith(bytes, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
			throw new UnreadableSourceException(name, "RTF is not supported; save it as DOCX or text");
		}
		if (startsWith(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G' }) || startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })
				|| startsWith(bytes, "GIF8".getBytes(StandardCharsets.US_ASCII)) || startsWith(bytes, "II*\0".getBytes(StandardCharsets.US_ASCII))
				|| startsWith(bytes, "MM\0*".getBytes(StandardCharsets.US_ASCII))) {
			throw new UnreadableSourceException(name, "图像文件，无可提取文字 (an image holds no text to extract)");
		}
		return HtmlReader.looksLikeHtml(bytes) ? Format.HTML : Format.TEXT;
	}

	/** The entry names of a ZIP say what it holds; the entry count is bounded before anything is inflated. */
	private static Format zipped(String name, byte[] bytes, ReadLimits limits) {
		boolean word = false;
		boolean excel = false;
		boolean ofd = false;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (++entries > limits.maxZipEntries()) {
					throw new UnreadableSourceException(name, "ZIP container with more than " + limits.maxZipEntries()
							+ " entries refused (policygraph.formats.zip.max-entries)");
				}
				String entry = e.getName();
				word |= entry.equals("word/document.xml");
				excel |= entry.equals("xl/workbook.xml");
				ofd |= entry.equals("OFD.xml");
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new UnreadableSourceException(name, "damaged ZIP container: " + ex.getMessage());
		}
		if (word) {
			return Format.DOCX;
		}
		if (excel) {
			return Format.XLSX;
		}
		if (ofd) {
			return Format.OFD;
		}
		throw new UnreadableSourceException(name, "a ZIP archive that is no Word (DOCX), Excel (XLSX) or OFD document");
	}

	private static Format ole2(String name, byte[] bytes) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
				throw new UnreadableSourceException(name, "encrypted (password-protected) Office document refused");
			}
			if (root.hasEntryCaseInsensitive("WordDocument")) {
				return Format.DOC;
			}
			if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				return Format.XLS;
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableSourceException u) {
				throw u;
			}
			throw new UnreadableSourceException(name, "damaged OLE2 (Office 97–2003) container: " + ex.getMessage());
		}
		throw new UnreadableSourceException(name,
				"an Office 97–2003 container that is no Word or Excel document (old Kingsoft WPS or PowerPoint); save it as DOCX");
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static int indexOf(byte[] bytes, String what, int within) {
		byte[] w = what.getBytes(StandardCharsets.US_ASCII);
		int end = Math.min(bytes.length, within) - w.length;
		outer:
		for (int i = 0; i <= end; i++) {
			for (int j = 0; j < w.length; j++) {
				if (bytes[i + j] != w[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
