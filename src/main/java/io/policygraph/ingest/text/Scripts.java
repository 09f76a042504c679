package io.policygraph.ingest.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional characters read as their simplified forms, for matching only: the vocabulary is written in
 * simplified Chinese, and a document published in traditional script ({@code 牽頭單位：省發展改革委}) should read
 * the same. The table is data ({@code lexicon/traditional.tsv}); it holds only characters that simplified text
 * never uses, so folding a simplified document changes nothing. Names are handed out as written
 * ({@link #asWritten}).
 */
public final class Scripts {

	private static final String TABLE = "lexicon/traditional.tsv";

	/** The simplified form of every character, itself where the table has none. */
	private static final char[] SIMPLIFIED = load();

	private Scripts() {
	}

	/** {@return the simplified form of {@code c}, or {@code c} itself} */
	public static char simplified(char c) {
		return SIMPLIFIED[c];
	}

	/** {@return whether {@code c} is a traditional character the table folds} */
	public static boolean isTraditional(char c) {
		return SIMPLIFIED[c] != c;
	}

	/** {@return the text with every traditional character of the table folded; same length} */
	public static String simplified(String text) {
		char[] out = text.toCharArray();
		for (int i = 0; i < out.length; i++) {
			out[i] = SIMPLIFIED[out[i]];
		}
		return new String(out);
	}

	/**
	 * {@return {@code folded} as the text writes it} Folding is character for character, so the written form is
	 * the piece of {@code written} at the place where {@code folded} stands in its folded form; {@code folded}
	 * itself when it stands nowhere there (pieces joined over a page break).
	 * @param folded a piece of folded text, a body's name
	 * @param written the lines the piece comes from, width-folded but in their own script
	 */
	public static String asWritten(String folded, String written) {
		int at = simplified(written).indexOf(folded);
		return at < 0 ? folded : written.substring(at, at + folded.length());
	}

	private static char[] load() {
		char[] table = new char[Character.MAX_VALUE + 1];
		for (int c = 0; c < table.length; c++) {
			table[c] = (char) c;
		}
		InputStream in = Scripts.class.getClassLoader().getResourceAsStream(TABLE);
		if (in == null) {
			throw new IllegalStateException("missing " + TABLE + " on the class path");
		}
		try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			boolean header = true;
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					// the line that names the columns
					header = false;
					continue;
				}
				String[] cols = line.split("\t");
				if (cols.length >= 2 && cols[0].length() == 1 && cols[1].length() == 1) {
					table[cols[0].charAt(0)] = cols[1].charAt(0);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return table;
	}

}
