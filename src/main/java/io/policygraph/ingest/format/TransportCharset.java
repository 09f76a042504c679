package io.policygraph.ingest.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a file's transport declares (the {@code charset} of an HTTP {@code Content-Type}), which
 * speaks for the bytes as sent: a server that transcoded a page to UTF-8 rarely rewrites its
 * {@code <meta charset=gb2312>}. It is honoured over the page's own declaration and over sniffing when it
 * is sensible: the bytes decode in it without error, and it is not a Western single-byte label (ISO-8859-1,
 * windows-1252, US-ASCII, the default of many servers and clients) on bytes that read as UTF-8 or GB18030,
 * which no Chinese policy text is written in. GB2312 and GBK are read as their superset GB18030.
 */
final class TransportCharset {

	private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([A-Za-z0-9._:\\-]+)\"?", Pattern.CASE_INSENSITIVE);

	private static final Charset GB18030 = Charset.forName("GB18030");

	private TransportCharset() {
	}

	/** {@return the charset a Content-Type names, or null when it names none or one this JVM does not know} */
	static Charset of(String contentType) {
		if (contentType == null) {
			return null;
		}
		Matcher m = CHARSET.matcher(contentType);
		return m.find() ? charset(m.group(1)) : null;
	}

	/** {@return a charset by its label, GB2312 and GBK as GB18030; null when unknown} */
	static Charset charset(String label) {
		String l = label.strip().toLowerCase(Locale.ROOT);
		if (l.equals("gb2312") || l.equals("gbk") || l.equals("gb18030") || l.equals("x-gbk") || l.equals("cp936")) {
			return GB18030;
		}
		try {
			return Charset.forName(label.strip());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** {@return the bytes decoded in the declared charset when it is sensible for them, else null} */
	static String decode(byte[] bytes, Charset declared) {
		if (declared == null) {
			return null;
		}
		Charset charset = charset(declared.name());
		if (charset == null) {
			return null;
		}
		if (westernSingleByte(charset) && !ascii(bytes) && (strict(StandardCharsets.UTF_8, bytes) != null || strict(GB18030, bytes) != null)) {
			return null;
		}
		return strict(charset, bytes);
	}

	private static boolean westernSingleByte(Charset charset) {
		String n = charset.name().toLowerCase(Locale.ROOT);
		return n.startsWith("iso-8859") || n.startsWith("windows-125") || n.equals("us-ascii");
	}

	private static boolean ascii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	static String strict(Charset charset, byte[] bytes) {
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
