package io.policygraph.ingest;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each written form of validity, one table: the title, a sentence of the text and the issue date beside the
 * dates and the source read from them. The sentences are from the seed corpus unless marked.
 */
class ValidityTests {

	@ParameterizedTest(name = "{0} | {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# explicit: an end date, a number of years from a start date or from the issue date
			-                                        | 本政策措施自发布之日起实施，有效期至2025年8月。            | 2023-06-01 | 2023-06-01 | 2025-08-31 | explicit
			-                                        | 本措施自印发之日起施行，有效期至2026年12月31日。           | 2024-03-05 | 2024-03-05 | 2026-12-31 | explicit
			-                                        | 本措施自2025年1月1日起施行，有效期3年。                    | 2024-12-20 | 2025-01-01 | 2027-12-31 | explicit
			-                                        | 本方案自印发之日起施行，有效期为三年。                      | 2022-05-10 | 2022-05-10 | 2025-05-09 | explicit
			-                                        | 有效期至２０２６年１２月３１日。                             | -          | -          | 2026-12-31 | explicit
			# an explicit end wins over a period in the title
			三年行动计划（2024—2026年）                | 本措施自印发之日起施行，有效期至2025年12月31日。           | 2024-03-05 | 2024-03-05 | 2025-12-31 | explicit
			# a start without an end: the period gives the end
			三年行动计划（2024—2026年）                | 本方案自2024年7月1日起施行。                               | 2024-06-01 | 2024-07-01 | 2026-12-31 | period
			-                                        | 本方案自2024年7月1日起施行。                               | 2024-06-01 | 2024-07-01 | -          | explicit
			# period in the title, every dash the corpus writes
			济南市“无废城市”建设实施方案（2022—2025年）   | 为深入贯彻习近平生态文明思想。                              | 2022-08-01 | 2022-08-01 | 2025-12-31 | period
			济南市促进物流产业高质量发展三年行动计划(2024-2026年) | 为深入贯彻习近平生态文明思想。                        | 2024-04-01 | 2024-04-01 | 2026-12-31 | period
			行动方案（2025-2027年)                     | -                                                        | -          | 2025-01-01 | 2027-12-31 | period
			行动方案（2022—2025 年）                   | -                                                        | 2022-03-01 | 2022-03-01 | 2025-12-31 | period
			行动方案（2023－2025年）                   | -                                                        | 2023-03-01 | 2023-03-01 | 2025-12-31 | period
			# a five-year plan by its name
			济南新旧动能转换起步区“十四五”产业发展规划     | 从全国看，“十四五”时期，我国进入高质量发展新阶段。          | 2021-10-08 | 2021-10-08 | 2025-12-31 | five-year-plan
			济南市 “十四五” 绿色低碳循环发展规划          | -                                                        | -          | 2021-01-01 | 2025-12-31 | five-year-plan
			# in the text, when the title says nothing: the first period, plan name or 到 year
			关于加快氢能产业发展的若干措施               | （三）建设目标。到2025年，“无废城市”建设工作稳步推进。         | 2023-01-10 | 2023-01-10 | 2025-12-31 | period
			关于加快氢能产业发展的若干措施               | （三）建设目标。到2025年，“无废城市”建设工作稳步推进。         | -          | -          | 2025-12-31 | period
			关于加快氢能产业发展的若干措施               | “十四五”期间，组织山东钢铁股份有限公司实施源头减量。         | 2022-01-10 | 2022-01-10 | 2025-12-31 | five-year-plan
			# another document's period, cited in 《》, is not this one's
			实施方案                                  | 为贯彻国家《氢能产业发展中长期规划（2021-2035年）》，落实方案。 | 2022-09-01 | 2022-09-01 | -          | issue-date
			# a year already past when the document was signed, and 截至, are no plan period
			实施方案                                  | 截至2017年年底仅有65.9万户。                               | 2018-02-01 | 2018-02-01 | -          | issue-date
			实施方案                                  | 到2020年，全市完成改造。                                   | 2022-02-01 | 2022-02-01 | -          | issue-date
			# a vision longer than a plan is no period (made-up title)
			远景规划（1990—2035年）                    | -                                                        | 2020-01-01 | 2020-01-01 | -          | issue-date
			# nothing said
			实施方案                                  | 为深入贯彻习近平生态文明思想。                              | -          | -          | -          | none
			""")
	void readsEachForm(String title, String text, LocalDate issued, LocalDate from, LocalDate to, String source) {
		Validity v = Validity.of(title, text == null ? "" : text, issued);
		assertThat(v.from()).as("from").isEqualTo(from);
		assertThat(v.to()).as("to").isEqualTo(to);
		assertThat(v.source()).as("source").isEqualTo(source);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# an uploader's title with a period comes before what the text gave
			三年行动计划（2024—2026年） | 2024-04-01 | 2024-04-01 | 2026-12-31 | period
			# an uploader's issue date starts a document that said nothing
			实施方案                   | 2024-04-01 | 2024-04-01 | -          | issue-date
			""")
	void readsAgainForAnUploadersTitleAndDate(String title, LocalDate issued, LocalDate from, LocalDate to, String source) {
		Validity v = Validity.of(null, "为深入贯彻习近平生态文明思想。", null).withMetadata(title, issued);
		assertThat(v).isEqualTo(new Validity(from, to, source));
	}

}
