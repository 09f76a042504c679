package io.policygraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the bytes of a source file into text: UTF-16 when a byte-order mark says so (Windows'
 * "Unicode" text), UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise GB18030 (a
 * superset of GBK and GB2312). Anything that is neither, or that is not
 * text at all, is refused.
 */
public final class SourceDecoder {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private SourceDecoder() {
	}

	/**
	 * {@return the decoded text}
	 * @param source the file name, used in error messages
	 * @param bytes the raw content
	 * @throws UnreadableSourceException when the content is empty, binary or undecodable
	 */
	public static String decode(String source, byte[] bytes) {
		return decode(source, bytes, null);
	}

	/**
	 * {@return the decoded text}
	 * @param source the file name, used in error messages
	 * @param bytes the raw content
	 * @param decoded the content already decoded in a charset its transport declared, or null to decode it here
	 * @throws UnreadableSourceException when the content is empty, binary or undecodable
	 */
	public static String decode(String source, byte[] bytes, String decoded) {
		if (bytes.length == 0) {
			throw new UnreadableSourceException(source, "file is empty");
		}
		String text;
		if (decoded != null) {
			text = decoded;
		}
		else if (startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xFE }) || startsWith(bytes, new byte[] { (byte) 0xFE, (byte) 0xFF })) {
			Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
			text = tryDecode(utf16, bytes, 2);
			if (text == null) {
				throw new UnreadableSourceException(source, "starts with a UTF-16 byte-order mark but is not valid UTF-16 text");
			}
		}
		else {
			int offset = startsWith(bytes, "\uFEFF".getBytes(StandardCharsets.UTF_8)) ? 3 : 0;
			text = tryDecode(StandardCharsets.UTF_8, bytes, offset);
			if (text == null) {
				text = tryDecode(GB18030, bytes, offset);
			}
			if (text == null) {
				throw new UnreadableSourceException(source, "not valid UTF-8 or GB18030/GBK text");
			}
		}
		if (looksBinary(text)) {
			throw new UnreadableSourceException(source, "file looks binary (control characters), not policy text");
		}
		if (text.isBlank()) {
			throw new UnreadableSourceException(source, "file holds only white space");
		}
		return text;
	}

	private static String tryDecode(Charset charset, byte[] bytes, int offset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean looksBinary(String text) {
		int control = 0;
		int limit = Math.min(text.length(), 1 << 16);
		for (int i = 0; i < limit; i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return true;
			}
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				control++;
			}
		}
		return control > limit / 100 + 1;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
