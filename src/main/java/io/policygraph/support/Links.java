package io.policygraph.support;

import java.util.List;

/**
 * What a measure's text ties it to: chains and segments, parks, projects, quantitative targets and money.
 * Offsets are into the measure text.
 */
public record Links(List<ChainMention> chains, List<ParkMention> parks, List<ProjectMention> projects,
		List<PortfolioMention> portfolios, List<TargetMention> targets, List<FundingMention> funding) {

	public static final Links NONE = new Links(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

	public boolean isEmpty() {
		return this.chains.isEmpty() && this.parks.isEmpty() && this.projects.isEmpty() && this.portfolios.isEmpty()
				&& this.targets.isEmpty() && this.funding.isEmpty();
	}

	/**
	 * A plan's project portfolio as stated: {@code 总投资X亿元的N个重点项目}, {@code 续建项目N个,总投资X亿元}.
	 *
	 * @param status {@code 总计}, {@code 续建}, {@code 新开工} or {@code 储备}
	 */
	public record PortfolioMention(String status, int count, double totalYi, String surface, int start, int end) {
	}

	/** A chain (segment {@code null}) or one of its segments named in the text. */
	public record ChainMention(String surface, int start, int end, String chain, String segment) {
	}

	/** A named park, zone, base or cluster. */
	public record ParkMention(String name, int start, int end) {
	}

	/**
	 * A named project.
	 *
	 * @param investmentYi investment in 亿元 where the text gives it
	 * @param status status word as written (新建, 续建, 建成投用 …) or {@code null}
	 * @param year the year it is due, or {@code null}
	 */
	public record ProjectMention(String name, int start, int end, Double investmentYi, String status, Integer year) {
	}

	/**
	 * A quantitative target.
	 *
	 * @param comparator {@code >=}, {@code >}, {@code <=}, {@code ~} (左右) or {@code =}
	 */
	public record TargetMention(String metric, double value, String unit, String comparator, Integer year, String surface,
			int start, int end) {
	}

	/**
	 * Money a measure gives.
	 *
	 * @param capYuan a cap or fixed amount in yuan, or {@code null} for a rate or ratio
	 * @param basis the rate or ratio as written ({@code 100元/架次}, {@code 50%}), or the amount as written
	 */
	public record FundingMention(Long capYuan, String basis, String surface, int start, int end) {
	}

}
