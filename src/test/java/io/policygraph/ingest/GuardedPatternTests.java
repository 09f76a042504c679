package io.policygraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.policygraph.ingest.lexicon.Lexicon;
import io.policygraph.ingest.lexicon.RoleWords;
import io.policygraph.ingest.text.GuardedPattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A guarded pattern finds exactly what {@link Matcher#find()} finds, one match after another, groups included:
 * look-behinds and look-aheads still see the text around the place tried, and {@code ^} does not match there.
 */
class GuardedPatternTests {

	@ParameterizedTest(name = "{0} in {2}")
	@CsvSource(delimiterString = "¦", quoteCharacter = '"', textBlock = """
			# pattern ¦ starts ¦ text
			(牵头|配合)单位 ¦ 牵配 ¦ （牵头单位：市发展改革委；配合单位：市财政局）
			(?<![到至前])\\d{4}年\\s*$|去年 ¦ 0123456789去 ¦ 到2025年，去年完成；2023年
			(?<![到至前])\\d{4}年\\s*$|去年 ¦ 0123456789去 ¦ 完成至2023年
			(?<!截)至(\\d{4})年 ¦ 至 ¦ 截至2022年底，至2025年全面建成，至2030年
			^责任单位 ¦ 责 ¦ 牵头单位：A；责任单位：B
			^责任单位 ¦ 责 ¦ 责任单位：B；责任单位：C
			[A-Z]+(?=\\d) ¦ ABCDEFGHIJKLMNOPQRSTUVWXYZ ¦ AB CD1 EF2G3
			要|将|应当|须 ¦ 要将应须 ¦ 各地要将任务落实，应当按期完成，须报告
			""")
	void findsWhatTheMatcherFinds(String regex, String starts, String text) {
		Pattern pattern = Pattern.compile(regex.strip());
		assertThat(matches(new GuardedPattern(pattern, starts.strip()).scan(text))).isEqualTo(matches(pattern.matcher(text)));
	}

	/** The role keywords of the lexicon, over every paragraph of the seed corpus. */
	@Test
	void roleKeywordsAreFoundAsTheMatcherFindsThemInTheSeedCorpus() throws IOException {
		GuardedPattern keywords = new GuardedPattern(RoleWords.KEYWORD,
				"【[〔" + Lexicon.firstChars(Lexicon.entries("role-words.tsv")));
		int found = 0;
		try (Stream<Path> files = Files.list(Path.of("seed-data/corpus"))) {
			for (Path file : files.sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					List<String> expected = matches(RoleWords.KEYWORD.matcher(line));
					assertThat(matches(keywords.scan(line))).as(line).isEqualTo(expected);
					found += expected.size();
				}
			}
		}
		// the comparison means something only where keywords are found
		assertThat(found).isGreaterThan(100);
	}

	@ParameterizedTest(name = "{0} from {2} in {3}")
	@CsvSource(delimiterString = "¦", quoteCharacter = '"', textBlock = """
			# pattern ¦ starts ¦ from ¦ text
			(?<!截)至(\\d{4})年 ¦ 至 ¦ 1 ¦ 截至2022年底，至2025年全面建成
			(?<!截)至(\\d{4})年 ¦ 至 ¦ 2 ¦ 截至2022年底，至2025年全面建成
			^责任单位 ¦ 责 ¦ 0 ¦ 责任单位：B；责任单位：C
			^责任单位 ¦ 责 ¦ 1 ¦ 责任单位：B；责任单位：C
			列第一位的为牵头单位 ¦ 列 ¦ 5 ¦ 列第一位的为牵头单位，下同；列第一位的为牵头单位
			""")
	void findsFromAPlaceWhatTheMatcherFindsFromIt(String regex, String starts, int from, String text) {
		Pattern pattern = Pattern.compile(regex.strip());
		Matcher m = pattern.matcher(text);
		List<String> expected = new ArrayList<>();
		if (m.find(from)) {
			do {
				expected.add(m.start() + "-" + m.end() + ":" + m.group() + groups(m));
			}
			while (m.find());
		}
		assertThat(matches(new GuardedPattern(pattern, starts.strip()).scan(text, from))).isEqualTo(expected);
	}

	@Test
	void aPatternThatMatchesNothingAtAllIsRefused() {
		assertThatThrownBy(() -> new GuardedPattern(Pattern.compile("(牵头)?"), "牵")).isInstanceOf(IllegalArgumentException.class);
	}

	private static List<String> matches(Matcher m) {
		List<String> out = new ArrayList<>();
		while (m.find()) {
			out.add(m.start() + "-" + m.end() + ":" + m.group() + groups(m));
		}
		return out;
	}

	private static List<String> matches(GuardedPattern.Scan s) {
		List<String> out = new ArrayList<>();
		while (s.find()) {
			out.add(s.start() + "-" + s.end() + ":" + s.match().group() + groups(s.match()));
		}
		return out;
	}

	private static String groups(Matcher m) {
		StringBuilder sb = new StringBuilder();
		for (int g = 1; g <= m.groupCount(); g++) {
			sb.append('|').append(m.group(g));
		}
		return sb.toString();
	}

}
