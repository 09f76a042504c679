package io.policygraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.policygraph.ingest.lexicon.RoleWords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role keywords are read with a trie of the lexicon's words ({@link RoleWords#keywordAt},
 * {@link RoleWords#nextKeyword}); they must answer exactly as the keyword's written definition, the regular
 * expression {@link RoleWords#KEYWORD}, answers: the same places, the same word, the same end.
 */
class RoleKeywordTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = "¦", quoteCharacter = '"', textBlock = """
			# text ¦ the keywords a careful reader sees, as word@start-end
			（牵头单位：市发展改革委；责任单位：市财政局） ¦ 牵头单位@1-6 责任单位@13-18
			【牵头单位】市发展改革委 ¦ 牵头单位@0-6
			"【牵头单位】 ：市发展改革委" ¦ 牵头单位@0-8
			"【责任单位】 市财政局" ¦ 责任单位@0-7
			"牵头单位 ：市发展改革委" ¦ 牵头单位@0-6
			牵头责任单位:市发展改革委 ¦ 牵头责任单位@0-7
			牵头：A；配合：B ¦ 牵头@0-3 配合@5-8
			市发展改革委牵头：A ¦ 牵头@6-9
			由市发展改革委牵头，市财政局配合 ¦ -
			"牵头 】A" ¦ -
			责任单位市财政局 ¦ -
			"　牵头单位：A" ¦ 牵头单位@1-6
			责任单位：A、B；配合单位：C ¦ 责任单位@0-5 配合单位@9-14
			〔牵头单位〕市发展改革委 ¦ 牵头单位@0-6
			[责任单位]市财政局 ¦ 责任单位@0-6
			牵头单位——县住建局 ¦ 牵头单位@0-6
			"牵头单位 —县住建局" ¦ 牵头单位@0-6
			牵头单位--县住建局 ¦ 牵头单位@0-6
			市建委〔牵头单位〕、市发改委 ¦ -
			市建委〔牵头〕、市发改委 ¦ -
			市建委牵头：A ¦ 牵头@3-6
			【牵头】A ¦ 牵头@0-4
			""")
	void readsTheKeywordsACarefulReaderSees(String text, String expected) {
		List<String> read = new ArrayList<>();
		for (RoleWords.Keyword k = RoleWords.nextKeyword(text, 0); k != null; k = RoleWords.nextKeyword(text, k.end())) {
			read.add(k.word() + "@" + k.start() + "-" + k.end());
		}
		assertThat(String.join(" ", read)).isEqualTo(expected.strip().equals("-") ? "" : expected.strip());
		assertThat(read).isEqualTo(byPattern(text));
	}

	/** Every line of the seed corpus and of every gold text, and every suffix of the lines holding a keyword. */
	@Test
	void answersAsTheWrittenPatternOnEveryLineOfTheCorpusAndTheGoldTexts() throws IOException {
		int keywords = 0;
		int lines = 0;
		for (Path dir : List.of(Path.of("seed-data/corpus"), Path.of("src/test/resources/gold"))) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
					for (String line : Files.readAllLines(file)) {
						List<String> expected = byPattern(line);
						assertThat(byTrie(line)).as(line).isEqualTo(expected);
						assertThat(RoleWords.isBareLabel(line)).as(line).isEqualTo(RoleWords.KEYWORD.matcher(line.strip()).matches());
						lines++;
						if (expected.isEmpty()) {
							continue;
						}
						keywords += expected.size();
						for (int at = 0; at < line.length(); at++) {
							RoleWords.Keyword k = RoleWords.keywordAt(line, at);
							Matcher m = RoleWords.KEYWORD.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
							m.region(at, line.length());
							assertThat(k == null ? "-" : k.word() + "@" + k.end())
								.as("%s at %d", line, at)
								.isEqualTo(m.lookingAt() ? m.group(1) + "@" + m.end() : "-");
						}
					}
				}
			}
		}
		// the comparison means something only where keywords are found
		assertThat(lines).isGreaterThan(5_000);
		assertThat(keywords).isGreaterThan(500);
	}

	private static List<String> byTrie(String text) {
		List<String> out = new ArrayList<>();
		for (RoleWords.Keyword k = RoleWords.nextKeyword(text, 0); k != null; k = RoleWords.nextKeyword(text, k.end())) {
			out.add(k.word() + "@" + k.start() + "-" + k.end());
		}
		return out;
	}

	private static List<String> byPattern(String text) {
		List<String> out = new ArrayList<>();
		Matcher m = RoleWords.KEYWORD.matcher(text);
		while (m.find()) {
			out.add(m.group(1) + "@" + m.start() + "-" + m.end());
		}
		return out;
	}

}
