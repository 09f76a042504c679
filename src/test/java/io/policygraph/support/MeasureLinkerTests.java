package io.policygraph.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The façade: every finder runs on one text, and hostile input links in linear time (the per-kind tables are in
 * the {@code *FinderTests}; the measured figures in {@link SupportQualityTests}).
 */
class MeasureLinkerTests {

	@Test
	void oneTextGivesEveryKind() {
		Links links = Linking.link("到2025年，依托京东数字经济产业园，推进江北区氢能产业园区建设项目，新增加氢站10座，"
				+ "对新建加氢站给予不超过设备投资额30%的补助，最高500万元。");
		assertThat(links.chains()).isNotEmpty();
		assertThat(links.parks()).extracting(Links.ParkMention::name).contains("京东数字经济产业园");
		assertThat(links.projects()).extracting(Links.ProjectMention::name).containsExactly("江北区氢能产业园区建设项目");
		assertThat(links.targets()).extracting(Links.TargetMention::value).containsExactly(10.0);
		assertThat(links.funding()).extracting(Links.FundingMention::basis).containsExactly("30%", "500万元");
	}

	@Test
	void noTextLinksNothing() {
		assertThat(Linking.link("")).isSameAs(Links.NONE);
		assertThat(Linking.link(null)).isSameAs(Links.NONE);
		assertThat(Linking.link("加强组织领导。").isEmpty()).isTrue();
	}

	@Test
	void fundingLinksInLinearTime() {
		for (String hostile : List.of("给予不超过按照每吨LPR".repeat(2_000), "不超过费用".repeat(4_000) + "1%",
				"按照1元/吨以".repeat(3_000))) {
			assertThat(cpuMillis(() -> Linking.link(hostile))).isLessThan(1_000);
		}
	}

	@Test
	void targetsLinkInLinearTime() {
		// 20,000 characters without punctuation: target words and ranges, and one run of digits
		for (String hostile : List.of("建设1—2个到2025年新增累计达".repeat(1_400), "1".repeat(20_000))) {
			assertThat(cpuMillis(() -> Linking.link(hostile))).isLessThan(1_000);
		}
	}

	/**
	 * The calling thread's CPU time: unlike the wall clock it does not grow when other processes share the
	 * cores, so the bound tells quadratic from linear on a loaded machine too.
	 */
	private static long cpuMillis(Runnable work) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long t0 = threads.getCurrentThreadCpuTime();
		work.run();
		return (threads.getCurrentThreadCpuTime() - t0) / 1_000_000;
	}

}
