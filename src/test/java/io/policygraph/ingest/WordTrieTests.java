package io.policygraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.lexicon.RoleWords;
import io.policygraph.ingest.text.WordTrie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trie of words answers as the alternation of the same words, longest first, would: the same word where a
 * pattern after it fails for the longer one, the same headers with their short notes, the same labels.
 */
class WordTrieTests {

	private static final WordTrie WORDS = new WordTrie(List.of("牵头", "牵头单位", "牵头责任单位", "责任单位", "完成时限"));

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = "¦", quoteCharacter = '"', textBlock = """
			# text ¦ longest word at 0 ¦ word followed by a colon ¦ whole header, with a note of up to 8
			牵头单位：A ¦ 牵头单位 ¦ 牵头单位 ¦ -
			牵头：A ¦ 牵头 ¦ 牵头 ¦ -
			牵头单位A：B ¦ 牵头单位 ¦ - ¦ -
			"牵头单位 ：A" ¦ 牵头单位 ¦ 牵头单位 ¦ -
			"牵头单位　：A" ¦ 牵头单位 ¦ - ¦ -
			牵头责任单位 ¦ 牵头责任单位 ¦ - ¦ 牵头责任单位
			牵头责任 ¦ 牵头 ¦ - ¦ -
			牵头单位（部门） ¦ 牵头单位 ¦ - ¦ 牵头单位
			牵头单位（部门和单位都可以写） ¦ 牵头单位 ¦ - ¦ -
			完成时限(年) ¦ 完成时限 ¦ - ¦ 完成时限
			配合单位 ¦ - ¦ - ¦ -
			""")
	void answersAsTheAlternationOfItsWords(String text, String longest, String labelled, String header) {
		assertThat(orDash(WORDS.longestAt(text, 0, WORDS.longest()))).isEqualTo(longest);
		WordTrie.Match m = WORDS.matchAt(text, 0, WordTrie.COLON);
		assertThat(m == null ? "-" : m.word()).isEqualTo(labelled);
		assertThat(orDash(WORDS.wordWithNote(text, 8))).isEqualTo(header);
		// the same answers from the patterns the trie stands for
		String alternation = "(牵头责任单位|牵头单位|责任单位|完成时限|牵头)";
		Matcher p = Pattern.compile(alternation + "\\s*[:：]").matcher(text);
		assertThat(p.lookingAt() ? p.group(1) : "-").isEqualTo(labelled);
		Matcher h = Pattern.compile(alternation + "([（(].{0,8}[）)])?").matcher(text);
		assertThat(h.matches() ? h.group(1) : "-").isEqualTo(header);
	}

	/** Every line of the corpus and the gold texts, each cell of it, read as a column header and as labels. */
	@Test
	void columnHeadersAndLabelsAreReadAsTheirPatternsReadThem() throws IOException {
		Pattern column = Pattern.compile("(" + Lexicon.anyOf(Lexicon.entries("role-words.tsv", "uses", "column"))
				+ ")([（(].{0,8}[）)])?");
		Pattern label = Pattern.compile("(" + Lexicon.anyOf("field-labels.tsv") + ")\\s*[:：]");
		WordTrie labels = new WordTrie(Lexicon.words("field-labels.tsv"));
		int headers = 0;
		int labelled = 0;
		for (Path dir : List.of(Path.of("seed-data/corpus"), Path.of("src/test/resources/gold"))) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
					for (String line : Files.readAllLines(file)) {
						for (String cell : line.split("[\\t|│｜]|\\s{2,}")) {
							String c = cell.strip();
							Matcher m = column.matcher(c);
							String expected = m.matches() ? m.group(1) : null;
							assertThat(RoleWords.column(c)).as(c).isEqualTo(expected);
							headers += expected == null ? 0 : 1;
						}
						for (int at = 0; at < line.length(); at++) {
							Matcher m = label.matcher(line).region(at, line.length());
							WordTrie.Match read = labels.matchAt(line, at, WordTrie.COLON);
							assertThat(read == null ? "-" : read.word() + "@" + read.end()).as("%s at %d", line, at)
								.isEqualTo(m.lookingAt() ? m.group(1) + "@" + m.end() : "-");
							labelled += read == null ? 0 : 1;
						}
					}
				}
			}
		}
		// the comparison means something only where headers and labels are found
		assertThat(headers).isGreaterThan(20);
		assertThat(labelled).isGreaterThan(20);
	}

	private static String orDash(String s) {
		return s == null ? "-" : s;
	}

}
