package io.policygraph.ingest.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The vocabulary of PolicyGraph, read once from {@code lexicon/} on the class path: the extraction core's words
 * in the folder itself, the support finders' in {@code lexicon/support/} (each folder's {@code README.md} lists
 * its files). A file holds one entry per line: in a {@code .txt} file the word alone, in a {@code .tsv} file the
 * word and further columns named by the file's first line that is no comment. Lines starting with {@code #} are
 * comments; blank lines are skipped. Patterns are built from these words, so a word a region writes its own way
 * is added as one line of data.
 */
public final class Lexicon {

	/** Where the files are, on the class path; file names are given relative to it. */
	public static final String FOLDER = "lexicon/";

	/** Columns that bound a match: space-separated characters or words that may not stand right before or after. */
	public static final String UNLESS_PRECEDED_BY = "unless_preceded_by";

	public static final String UNLESS_FOLLOWED_BY = "unless_followed_by";

	private static final Map<String, List<Entry>> FILES = new ConcurrentHashMap<>();

	private static final String REGEX_SPECIAL = "\\^$.|?*+()[]{}";

	private Lexicon() {
	}

	/**
	 * One line of a lexicon file.
	 *
	 * @param word the word as written in documents
	 * @param columns the other columns by name; a column left empty is absent
	 */
	public record Entry(String word, Map<String, String> columns) {

		public String get(String column) {
			return this.columns.getOrDefault(column, "");
		}

		/** Whether the column holds {@code value} among its space-separated values. */
		public boolean has(String column, String value) {
			return Arrays.asList(get(column).split(" ")).contains(value);
		}

	}

	/** {@return the entries of a file, in the file's order}, read at the first call only. */
	public static List<Entry> entries(String file) {
		return FILES.computeIfAbsent(file, Lexicon::read);
	}

	/** {@return the entries of a file whose column holds the value} (see {@link Entry#has}). */
	public static List<Entry> entries(String file, String column, String value) {
		return entries(file).stream().filter(e -> e.has(column, value)).toList();
	}

	public static List<String> words(String file) {
		return entries(file).stream().map(Entry::word).toList();
	}

	/** {@return the words of the entries whose column holds the value} */
	public static List<String> words(String file, String column, String value) {
		return entries(file, column, value).stream().map(Entry::word).toList();
	}

	/** {@return a regular expression that matches any of the file's words}, see {@link #anyOf(List)}. */
	public static String anyOf(String file) {
		return anyOf(entries(file));
	}

	/**
	 * {@return a regular expression (an alternation without a group of its own) that matches any of the entries},
	 * each bounded by its {@code unless_…} columns. The longest word comes first, so that where two words begin
	 * alike (达到, 达) the longer wins whatever the order of the file.
	 */
	public static String anyOf(List<Entry> entries) {
		String alternatives = entries.stream()
			.sorted(Comparator.comparingInt((Entry e) -> -e.word().length()))
			.map(e -> lookBehind(e.get(UNLESS_PRECEDED_BY)) + escape(e.word()) + lookAhead(e.get(UNLESS_FOLLOWED_BY)))
			.collect(Collectors.joining("|"));
		if (entries.size() < FIRST_CHAR_GUARD) {
			return alternatives;
		}
		// a long alternation is tried word by word at every position of the text: one look at the next
		// character first turns most positions away at once
		StringBuilder first = new StringBuilder();
		entries.stream().map(e -> e.word().charAt(0)).distinct().forEach(c -> {
			if ("\\[]^-&".indexOf(c) >= 0) {
				first.append('\\');
			}
			first.append(c);
		});
		return "(?=[" + first + "])(?:" + alternatives + ")";
	}

	/**
	 * {@return the characters the entries' words begin with}: where a match of {@link #anyOf(List)} can start, for a
	 * {@link io.policygraph.ingest.text.GuardedPattern}
	 */
	public static String firstChars(List<Entry> entries) {
		StringBuilder first = new StringBuilder();
		entries.stream().map(e -> e.word().charAt(0)).distinct().forEach(first::append);
		return first.toString();
	}

	/** {@return the characters the words of a file begin with}, see {@link #firstChars(List)} */
	public static String firstChars(String file) {
		return firstChars(entries(file));
	}

	/** From how many words on an alternation opens with a guard on its first character. */
	private static final int FIRST_CHAR_GUARD = 8;

	private static String lookBehind(String words) {
		return words.isBlank() ? "" : "(?<!" + either(words) + ")";
	}

	private static String lookAhead(String words) {
		return words.isBlank() ? "" : "(?!" + either(words) + ")";
	}

	/** Single characters as a class ([基鉴属]), words as an alternation (集团|银行). */
	private static String either(String spaceSeparated) {
		List<String> words = Arrays.stream(spaceSeparated.strip().split(" +")).toList();
		if (words.stream().allMatch(w -> w.length() == 1)) {
			return "[" + words.stream().map(Lexicon::escape).collect(Collectors.joining()) + "]";
		}
		return words.stream().map(Lexicon::escape).collect(Collectors.joining("|"));
	}

	private static String escape(String word) {
		StringBuilder out = new StringBuilder();
		for (char c : word.toCharArray()) {
			if (REGEX_SPECIAL.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

	private static List<Entry> read(String file) {
		String text;
		try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
			if (in == null) {
				throw new IllegalStateException("No lexicon file " + FOLDER + file + " on the class path");
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		boolean tsv = file.endsWith(".tsv");
		String[] header = null;
		List<Entry> out = new ArrayList<>();
		String[] lines = text.split("\r?\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = tsv ? line.split("\t", -1) : new String[] { line };
			if (tsv && header == null) {
				header = cells;
				continue;
			}
			String where = FOLDER + file + ":" + (i + 1);
			if (tsv && cells.length > header.length) {
				throw new IllegalStateException(where + ": " + cells.length + " columns, the header names " + header.length);
			}
			String word = cells[0].strip();
			if (word.isEmpty() || !word.equals(cells[0])) {
				throw new IllegalStateException(where + ": the word is empty or has spaces around it");
			}
			Map<String, String> columns = new HashMap<>();
			for (int c = 1; c < cells.length; c++) {
				if (!cells[c].isBlank()) {
					columns.put(header[c], cells[c].strip());
				}
			}
			out.add(new Entry(word, Map.copyOf(columns)));
		}
		return List.copyOf(out);
	}

}
