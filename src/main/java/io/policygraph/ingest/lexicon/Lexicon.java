package io.policygraph.ingest.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The vocabulary of the extraction core, read once from {@code src/main/resources/lexicon/} (see the
 * README there). Each file is a list of entries, one a line: the word, then tab-separated columns whose
 * meaning the file's header states; {@code #} starts a comment line. Grammar classes build their
 * patterns from these words, so a word that a region writes differently (协办, 主责) is added in one
 * place, as data.
 */
public final class Lexicon {

	/**
	 * One line of a lexicon file.
	 *
	 * @param word the word as written
	 * @param columns the other columns, possibly none
	 */
	public record Entry(String word, List<String> columns) {

		/** {@return column {@code i} (0 is the first after the word), or the empty string} */
		public String column(int i) {
			return i < this.columns.size() ? this.columns.get(i) : "";
		}

		/** {@return whether column {@code i} is a comma list holding {@code value}} */
		public boolean has(int i, String value) {
			for (String v : column(i).split(",")) {
				if (v.strip().equals(value)) {
					return true;
				}
			}
			return false;
		}

	}

	private static final Map<String, List<Entry>> FILES = new ConcurrentHashMap<>();

	private Lexicon() {
	}

	/** {@return the entries of one lexicon file, in written order} */
	public static List<Entry> entries(String file) {
		return FILES.computeIfAbsent(file, Lexicon::load);
	}

	/** {@return the words of one lexicon file} */
	public static List<String> words(String file) {
		return entries(file).stream().map(Entry::word).toList();
	}

	/** {@return the words of the entries that {@code filter} keeps} */
	public static List<String> words(String file, Predicate<Entry> filter) {
		return entries(file).stream().filter(filter).map(Entry::word).toList();
	}

	/**
	 * {@return a regular-expression alternation of the given words, longest first so that a word that
	 * starts another never hides it, each quoted}
	 */
	public static String alternation(List<String> words) {
		return words.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
	}

	/** {@return the alternation of every word of one file} */
	public static String alternation(String file) {
		return alternation(words(file));
	}

	/** {@return the alternation of the words of one file that {@code filter} keeps} */
	public static String alternation(String file, Predicate<Entry> filter) {
		return alternation(words(file, filter));
	}

	private static List<Entry> load(String file) {
		String path = "/lexicon/" + file;
		try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("lexicon file missing from the classpath: " + path);
			}
			List<Entry> out = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int n = 0;
			while ((line = reader.readLine()) != null) {
				n++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				String word = cells[0].strip();
				if (word.isEmpty()) {
					throw new IllegalStateException(path + " line " + n + ": an entry must start with its word");
				}
				List<String> columns = new ArrayList<>();
				for (int i = 1; i < cells.length; i++) {
					columns.add(cells[i].strip());
				}
				out.add(new Entry(word, List.copyOf(columns)));
			}
			return List.copyOf(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read lexicon file " + path, ex);
		}
	}

}
