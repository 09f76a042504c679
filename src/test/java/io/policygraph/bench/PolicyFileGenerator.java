package io.policygraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.policygraph.ingest.ExtractedDocument;
import io.policygraph.ingest.ExtractedMeasure;
import io.policygraph.ingest.PolicyExtractor;

/**
 * Writes a file of many policy documents for the write-path benchmark (issue 22): notices of 济南 and 青岛
 * with an implementation plan each, whose measures are real measure texts of the seed corpus annotated with
 * bodies of the registry (牵头单位/责任单位), a few unknown to it. Titles and 文号 are distinct, so every
 * document is new to an empty store. The same seed and size give the same bytes.
 */
public final class PolicyFileGenerator {

	private static final String[] TOPICS = { "数字经济", "先进制造业", "现代物流", "氢能产业", "生物医药", "新材料", "文化旅游",
			"现代农业", "绿色低碳", "海洋经济", "低空经济", "人工智能", "集成电路", "新能源汽车", "健康养老", "跨境电商", "会展经济", "金融服务",
			"科技创新", "人才引进", "营商环境", "城市更新", "县域经济", "质量强市", "知识产权", "体育产业", "夜间经济", "外贸外资", "民营经济",
			"招商引资" };

	private static final String[] KINDS = { "实施方案", "行动计划", "若干措施", "工作方案", "三年行动方案" };

	private static final String[][] BODIES = {
			{ "市发展改革委", "市工业和信息化局", "市科技局", "市财政局", "市商务局", "市自然资源和规划局", "市生态环境局", "市住房城乡建设局",
					"市交通运输局", "市农业农村局", "市文化和旅游局", "市市场监管局", "市大数据局", "市人力资源社会保障局", "市教育局",
					"市卫生健康委", "市投资促进局", "市地方金融监管局", "市行政审批服务局", "市城管局", "市水务局", "市应急局", "市税务局",
					"各区县政府", "功能区管委会" },
			{ "市发展改革委", "市工业和信息化局", "市科技局", "市财政局", "市商务局", "市自然资源和规划局", "市生态环境局", "市住房城乡建设局",
					"市交通运输局", "市文化和旅游局", "市市场监管局", "市大数据局", "市人力资源社会保障局", "市教育局", "市卫生健康委",
					"市海洋发展局", "市民营经济局", "市国资委", "市体育局", "市行政审批局", "市城市管理局", "市税务局", "市贸促会" } };

	private static final String[] CITY = { "济南市", "青岛市" };

	private static final String[] SHORT = { "济", "青" };

	private static final String[] UNKNOWN = { "市口岸发展专班", "市产业链工作专班", "市重点项目服务中心" };

	private static final String[] NUMBERS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private PolicyFileGenerator() {
	}

	/** {@code PolicyFileGenerator OUT MB [SEED]}: writes about MB megabytes of documents to OUT. */
	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		double mb = Double.parseDouble(args[1]);
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 0;
		Files.writeString(out, generate(measureTexts(Path.of("seed-data/corpus")), (long) (mb * 1_000_000), seed),
				StandardCharsets.UTF_8);
		System.out.printf("%s: %.2f MB%n", out, Files.size(out) / 1e6);
	}

	/** The measure texts of the seed corpus, without their annotations. */
	static List<String> measureTexts(Path corpus) throws IOException {
		PolicyExtractor extractor = new PolicyExtractor();
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(corpus)) {
			for (Path f : files.sorted().toList()) {
				for (ExtractedDocument d : extractor.extract(f.getFileName().toString(), Files.readAllBytes(f)).documents()) {
					for (ExtractedMeasure m : d.measures()) {
						String t = m.text().replaceAll("[（(][^）)]*(牵头|责任|配合)[^）)]*[）)]", "").replaceAll("^\\d+[.．、]", "").strip();
						if (t.length() >= 30 && t.length() <= 200 && t.endsWith("。")) {
							texts.add(t);
						}
					}
				}
			}
		}
		return texts;
	}

	/** {@return documents up to the given number of UTF-8 bytes} */
	static String generate(List<String> texts, long bytes, long seed) {
		Random random = new Random(seed);
		StringBuilder sb = new StringBuilder();
		long written = 0;
		// another seed gives other titles and 文号 (their years), so files of any number of seeds can be loaded together
		// (the benchmark's series loads hundreds)
		int base = 2025 + 20 * (int) seed;
		for (int n = 0; written < bytes; n++) {
			StringBuilder doc = new StringBuilder();
			document(doc, n, base, texts, random);
			written += doc.toString().getBytes(StandardCharsets.UTF_8).length;
			sb.append(doc);
		}
		return sb.toString();
	}

	private static void document(StringBuilder sb, int n, int base, List<String> texts, Random random) {
		int city = n % 2;
		String[] bodies = BODIES[city];
		int round = n / (2 * TOPICS.length * KINDS.length);
		String title = CITY[city] + TOPICS[(n / 2) % TOPICS.length] + KINDS[(n / 2 / TOPICS.length) % KINDS.length]
				+ "（" + (base + round) + "—" + (base + 2 + round) + "年）";
		int year = base + n % 3;
		sb.append(CITY[city]).append("人民政府办公厅关于印发").append(title).append("的通知\n\n");
		sb.append(SHORT[city]).append("政办字〔").append(year).append("〕").append(n + 1).append("号\n\n");
		sb.append("各区县人民政府，市政府各部门：\n\n");
		sb.append("现将《").append(title).append("》印发给你们，请认真贯彻执行。\n\n");
		sb.append(CITY[city]).append("人民政府办公厅\n\n").append(year).append("年").append(1 + n % 12).append("月").append(1 + n % 28)
			.append("日\n\n");
		sb.append(title).append("\n\n");
		sb.append("为深入贯彻落实党中央、国务院决策部署，推动").append(TOPICS[(n / 2) % TOPICS.length]).append("高质量发展，制定本方案。\n\n");
		int sections = 3 + random.nextInt(3);
		for (int s = 0; s < sections; s++) {
			sb.append(NUMBERS[s]).append("、").append(s == 0 ? "总体要求" : "重点任务").append("\n\n");
			int groups = 2 + random.nextInt(2);
			for (int g = 0; g < groups; g++) {
				sb.append("（").append(NUMBERS[g]).append("）").append(texts.get(random.nextInt(texts.size())).substring(0, 6)).append("\n\n");
				int measures = 2 + random.nextInt(3);
				for (int m = 0; m < measures; m++) {
					sb.append(m + 1).append(".").append(texts.get(random.nextInt(texts.size()))).append(annotation(bodies, random))
						.append("\n\n");
				}
			}
		}
		sb.append(NUMBERS[sections]).append("、保障措施\n\n加强组织领导，强化要素保障，确保各项任务落到实处。\n\n");
	}

	private static String annotation(String[] bodies, Random random) {
		StringBuilder a = new StringBuilder("（牵头单位：");
		a.append(bodies[random.nextInt(bodies.length - 2)]);
		a.append("；责任单位：");
		int k = 1 + random.nextInt(3);
		for (int i = 0; i < k; i++) {
			if (i > 0) {
				a.append("、");
			}
			a.append(random.nextInt(40) == 0 ? UNKNOWN[random.nextInt(UNKNOWN.length)] : bodies[random.nextInt(bodies.length)]);
		}
		a.append("）");
		return a.toString();
	}

}
