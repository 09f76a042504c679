package io.policygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of some content, as lower-case hex: how a source file is known to be unchanged, a document id is
 * made stable and an applied schema migration is recognised. One place, so they all hash alike.
 */
public final class ContentHash {

	private ContentHash() {
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java platform must provide SHA-256 (MessageDigest's contract)
			throw new IllegalStateException(ex);
		}
	}

	public static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

}
