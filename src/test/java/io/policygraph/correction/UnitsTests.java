package io.policygraph.correction;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How split and join corrections find their units again, and how a split cuts a unit: one row per case. */
class UnitsTests {

	/** A document's units as an edited copy may hold them: 推进测试 twice, in two sections. */
	static final List<Units.Unit> DOCUMENT = List.of(unit("m1", 1, "一", "推进测试。", 3, 3), unit("m2", 2, "一", "建设园区。", 4, 4),
			unit("m3", 3, "一", "推进测试。", 5, 5), unit("m4", 4, "一", "完善制度。", 6, 7), unit("m5", 5, "二", "推进测试。", 9, 9),
			unit("m6", 6, "二", "建设园区。", 10, 10));

	static Stream<Arguments> runs() {
		return Stream.of(
				// one unit: the text, nearest to the old lines
				Arguments.of("same place", List.of(anchor("推进测试。", 5, 5)), List.of("m3")),
				Arguments.of("lines moved down by four: the nearer of three", List.of(anchor("推进测试。", 9, 9)), List.of("m5")),
				Arguments.of("tie broken by the earlier", List.of(anchor("推进测试。", 4, 4)), List.of("m1")),
				Arguments.of("text gone", List.of(anchor("推进试点。", 5, 5)), null),
				// a run: consecutive units of one section, texts in order
				Arguments.of("two units in place", List.of(anchor("推进测试。", 3, 3), anchor("建设园区。", 4, 4)), List.of("m1", "m2")),
				Arguments.of("two units moved: the run whose first unit is nearer",
						List.of(anchor("推进测试。", 8, 8), anchor("建设园区。", 9, 9)), List.of("m5", "m6")),
				Arguments.of("three units", List.of(anchor("建设园区。", 4, 4), anchor("推进测试。", 5, 5), anchor("完善制度。", 6, 7)),
						List.of("m2", "m3", "m4")),
				Arguments.of("order of the texts reversed", List.of(anchor("完善制度。", 6, 7), anchor("建设园区。", 4, 4)), null),
				Arguments.of("across sections", List.of(anchor("完善制度。", 6, 7), anchor("推进测试。", 9, 9)), null),
				Arguments.of("a unit between them now", List.of(anchor("推进测试。", 3, 3), anchor("推进测试。", 5, 5)), null),
				Arguments.of("the second text changed", List.of(anchor("推进测试。", 3, 3), anchor("建设测试园区。", 4, 4)), null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("runs")
	void aRunIsFoundByItsTextsAndLines(String name, List<Correction.Anchor> anchors, List<String> expected) {
		List<Units.Unit> run = Units.locateRun(DOCUMENT, anchors);
		assertThat(run == null ? null : run.stream().map(Units.Unit::id).toList()).isEqualTo(expected);
	}

	/** 一、推进测试 over lines 10–12 (line 11 starts at offset 7, line 12 at 14), its annotation on line 13. */
	static final String TEXT = "推进测试工作，完善配套制度，加快建设园区。";

	static final List<Integer> OFFSETS = List.of(0, 7, 14);

	static final List<Integer> LINES = List.of(10, 11, 12);

	static Stream<Arguments> splits() {
		return Stream.of(
				Arguments.of("at a line boundary: each part its own lines", List.of(7), List.of("推进测试工作，|10-10", "完善配套制度，加快建设园区。|11-13")),
				Arguments.of("at every line boundary", List.of(7, 14),
						List.of("推进测试工作，|10-10", "完善配套制度，|11-11", "加快建设园区。|12-13")),
				Arguments.of("inside a line: the line is shared", List.of(3), List.of("推进测|10-10", "试工作，完善配套制度，加快建设园区。|10-13")),
				Arguments.of("inside the second line", List.of(10), List.of("推进测试工作，完善配|10-11", "套制度，加快建设园区。|11-13")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("splits")
	void aSplitCutsTheTextAndNarrowsTheLines(String name, List<Integer> at, List<String> expected) {
		List<Units.Part> parts = Units.split(TEXT, at, 10, 13, OFFSETS, LINES);
		assertThat(parts.stream().map(p -> p.text() + "|" + p.lineStart() + "-" + p.lineEnd()).toList()).isEqualTo(expected);
		assertThat(String.join("", parts.stream().map(Units.Part::text).toList())).isEqualTo(TEXT);
	}

	@Test
	void aPartKeepsWhereItsOwnLinesStart() {
		Units.Part second = Units.split(TEXT, List.of(3), 10, 13, OFFSETS, LINES).get(1);
		assertThat(second.lineOffsets()).containsExactly(0, 4, 11);
		assertThat(second.lineNumbers()).containsExactly(10, 11, 12);
		assertThat(Units.split(TEXT, List.of(7, 14), 10, 13, OFFSETS, LINES).get(1).lineOffsets()).isNull();
	}

	@Test
	void aUnitOnOneLineGivesEveryPartItsLines() {
		assertThat(Units.split("推进测试。建设园区。", List.of(5), 4, 4, null, null).stream().map(p -> p.lineStart() + "-" + p.lineEnd()))
			.containsExactly("4-4", "4-4");
	}

	@Test
	void substringsGiveTheOffsetsInOrder() {
		assertThat(Units.offsetsOf(TEXT, List.of("完善", "加快"))).containsExactly(7, 14);
		assertThat(Units.offsetsOf("推进测试。推进测试。", List.of("推进测试"))).containsExactly(5);
	}

	static Stream<Arguments> badSplits() {
		return Stream.of(Arguments.of(List.of()), Arguments.of(List.of(0)), Arguments.of(List.of(TEXT.length())),
				Arguments.of(List.of(30)), Arguments.of(List.of(-2)), Arguments.of(List.of(10, 7)), Arguments.of(List.of(7, 7)));
	}

	@ParameterizedTest
	@MethodSource("badSplits")
	void offsetsOutsideTheTextOrNotAscendingAreRefused(List<Integer> at) {
		assertThatThrownBy(() -> Units.split(TEXT, at, 10, 13, OFFSETS, LINES)).isInstanceOf(CorrectionRejectedException.class)
			.satisfies(e -> assertThat(((CorrectionRejectedException) e).status()).isEqualTo(400));
	}

	@Test
	void aPartOfBlanksAndAMissingSubstringAreRefused() {
		assertThatThrownBy(() -> Units.split("推进测试。   ", List.of(5), 1, 1, null, null)).isInstanceOf(CorrectionRejectedException.class);
		assertThatThrownBy(() -> Units.offsetsOf(TEXT, List.of("加快", "完善"))).isInstanceOf(CorrectionRejectedException.class)
			.hasMessageContaining("完善");
	}

	@Test
	void joinedUnitsKeepTheirLines() {
		Units.Joined j = Units.join(List.of(new Units.Lines("推进测试。", 3, null, null), new Units.Lines("建设园区，", 4, null, null),
				new Units.Lines("完善制度。", 4, List.of(0, 3), List.of(4, 5))));
		assertThat(j.text()).isEqualTo("推进测试。建设园区，完善制度。");
		assertThat(j.lineOffsets()).containsExactly(0, 5, 13);
		assertThat(j.lineNumbers()).containsExactly(3, 4, 5);
		assertThat(Units.join(List.of(new Units.Lines("甲。", 2, null, null), new Units.Lines("乙。", 2, null, null))).lineOffsets()).isNull();
	}

	private static Units.Unit unit(String id, int ordinal, String path, String text, int lineStart, int lineEnd) {
		return new Units.Unit(id, ordinal, path, text, lineStart, lineEnd);
	}

	private static Correction.Anchor anchor(String text, int lineStart, int lineEnd) {
		return new Correction.Anchor("doc", null, null, text, lineStart, lineEnd, null);
	}

}
