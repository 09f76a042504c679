package io.policygraph.support;

import java.util.ArrayList;
import java.util.List;

/** What the finders have found in one measure's text so far, one list per kind. */
final class Found {

	final List<Links.ChainMention> chains = new ArrayList<>();

	final List<Links.ParkMention> parks = new ArrayList<>();

	final List<Links.PortfolioMention> portfolios = new ArrayList<>();

	final List<Links.ProjectMention> projects = new ArrayList<>();

	final List<Links.TargetMention> targets = new ArrayList<>();

	final List<Links.FundingMention> funding = new ArrayList<>();

	Links links() {
		return new Links(this.chains, this.parks, this.projects, this.portfolios, this.targets, this.funding);
	}

}
