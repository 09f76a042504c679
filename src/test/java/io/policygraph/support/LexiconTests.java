package io.policygraph.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.policygraph.ingest.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The lexicon files are what the README says, each documented, and read the way the finders expect. */
class LexiconTests {

	static final Path FOLDER = Path.of("src/main/resources", Lexicon.FOLDER, "support");

	/** The values the finders ask for, per file and column: a value outside them is a typo no finder reads. */
	static final Map<String, Map<String, Set<String>>> VALUES = Map.of(
			"carriers.tsv", Map.of("kind", Set.of("place", "title")),
			"governing-verbs.tsv", Map.of("aim", Set.of("yes", "no")),
			"quantifiers.tsv", Map.of("role", Set.of("count", "rank")),
			"kind-heads.tsv", Map.of("position", Set.of("start", "end")),
			"project-progress.tsv", Map.of("role", Set.of("after-item", "starts-up")),
			"target-verbs.tsv", Map.of("comparator", Set.of(">", ">=", "<=", "=")),
			"target-qualifiers.tsv", Map.of("comparator", Set.of(">=", "<=", "~")),
			"target-units.tsv", Map.of("kind", Set.of("plain", "scale", "scalable")),
			"not-targets.tsv", Map.of("role", Set.of("spec-before", "span-after", "tasks-after", "capacity-before")),
			"rate-units.tsv", Map.of("role", Set.of("after-slash", "after-per")));

	static List<String> files() throws IOException {
		try (Stream<Path> s = Files.list(FOLDER)) {
			return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") || n.endsWith(".tsv")).sorted().toList();
		}
	}

	@Test
	void theReadmeListsEveryFileAndNoOther() throws IOException {
		Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(Files.readString(FOLDER.resolve("README.md")));
		Set<String> listed = new HashSet<>();
		while (row.find()) {
			listed.add(row.group(1));
		}
		assertThat(listed).containsExactlyInAnyOrderElementsOf(files());
	}

	@Test
	void everyFileSaysWhatItHoldsWithAnExampleFromADocument() throws IOException {
		for (String file : files()) {
			List<String> lines = Files.readAllLines(FOLDER.resolve(file), StandardCharsets.UTF_8);
			List<String> header = lines.stream().takeWhile(l -> l.startsWith("#")).toList();
			assertThat(header).as(file).isNotEmpty();
			assertThat(String.join("\n", header)).as(file).containsPattern("Example \\((seed-data|src/test/resources)/[^)]+\\.txt:\\d+\\)");
		}
	}

	@Test
	void everyFileLoadsWithoutRepeatsAndWithKnownValues() throws IOException {
		for (String file : files()) {
			List<Lexicon.Entry> entries = Lexicon.entries("support/" + file);
			assertThat(entries).as(file).isNotEmpty();
			assertThat(entries).as(file + ": an entry listed twice").doesNotHaveDuplicates();
			VALUES.getOrDefault(file, Map.of()).forEach((column, allowed) -> entries.forEach(e -> assertThat(
					Set.of(e.get(column).split(" "))).as(file + " " + e.word() + " " + column).isSubsetOf(allowed)));
		}
		Lexicon.entries("support/grant-words.tsv").forEach(e -> assertThat(Set.of(e.get("where").split(" ")))
			.as("grant-words.tsv " + e.word())
			.isSubsetOf("before-amount", "after-rate", "after-ratio", "after-rate-cap"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			the longer of two words that begin alike wins | 达,达到 | | 达到50 | 达到
			a word not followed by its exception          | 新城 | 区 | 新城区 |
			a word followed by something else             | 新城 | 区 | 新城框架 | 新城
			exceptions may be words                       | 建设 | 集团 银行 | 中铁建设集团 |
			""")
	void anyOfBuildsAnAlternation(String why, String words, String unlessFollowedBy, String text, String expected) {
		List<Lexicon.Entry> entries = Stream.of(words.split(","))
			.map(w -> new Lexicon.Entry(w, unlessFollowedBy == null ? Map.of() : Map.of(Lexicon.UNLESS_FOLLOWED_BY, unlessFollowedBy)))
			.toList();
		Matcher m = Pattern.compile(Lexicon.anyOf(entries)).matcher(text);
		assertThat(m.find() ? m.group() : null).isEqualTo(expected);
	}

}
