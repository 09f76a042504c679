package io.policygraph.support;

import java.util.List;

import io.policygraph.chain.ChainTaxonomy;

/**
 * Recognises in a measure's text what it supports: the chains and segments (by the taxonomy's names and
 * aliases), the parks and projects it names, the project portfolios it states, its quantitative targets and the
 * money it gives. One {@link Finder} per kind, run in the order of {@link #finders}; their words are data, in
 * {@code lexicon/support/} (ADR 0009). Pure Java; one instance serves any number of threads.
 */
public final class MeasureLinker {

	private final List<Finder> finders;

	public MeasureLinker(ChainTaxonomy taxonomy) {
		this(taxonomy, List.of());
	}

	/**
	 * @param taxonomy chains and segments to recognise
	 * @param knownParks names and aliases of zones and parks the reference data knows (起步区, 东丽经开区 …),
	 * recognised even where their name has no carrier word
	 */
	public MeasureLinker(ChainTaxonomy taxonomy, List<String> knownParks) {
		TermTrie parks = new TermTrie();
		knownParks.forEach(n -> parks.add(n, n));
		ChainFinder chains = new ChainFinder(taxonomy);
		this.finders = List.of(
				chains,
				new ParkFinder(parks),
				// before projects: a project word inside a stated portfolio names no project
				new PortfolioFinder(),
				// after parks: a park going into production is a project too
				new ProjectFinder(parks, chains::isTerm),
				new TargetFinder(),
				new FundingFinder());
	}

	public Links link(String text) {
		if (text == null || text.isEmpty()) {
			return Links.NONE;
		}
		Found found = new Found();
		for (Finder f : this.finders) {
			f.find(text, found);
		}
		return found.links();
	}

}
