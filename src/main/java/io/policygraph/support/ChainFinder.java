package io.policygraph.support;

import java.util.List;

import io.policygraph.chain.ChainTaxonomy;

/** Chains and segments by the names and aliases of the taxonomy (氢能, 制氢, 加氢站), longest first. */
final class ChainFinder implements Finder {

	private final TermTrie terms = new TermTrie();

	private final ChainTaxonomy taxonomy;

	ChainFinder(ChainTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
		for (ChainTaxonomy.Segment s : taxonomy.segments().values()) {
			this.terms.add(s.name(), "s:" + s.id());
			s.aliases().forEach(a -> this.terms.add(a, "s:" + s.id()));
		}
		for (ChainTaxonomy.Chain c : taxonomy.chains().values()) {
			this.terms.add(c.name(), "c:" + c.id());
			c.aliases().forEach(a -> this.terms.add(a, "c:" + c.id()));
		}
	}

	@Override
	public void find(String text, Found found) {
		for (TermTrie.Hit h : this.terms.find(text)) {
			if (h.key().startsWith("s:")) {
				String segment = h.key().substring(2);
				found.chains.add(new Links.ChainMention(h.surface(), h.start(), h.end(),
						this.taxonomy.segments().get(segment).chain(), segment));
			}
			else {
				found.chains.add(new Links.ChainMention(h.surface(), h.start(), h.end(), h.key().substring(2), null));
			}
		}
	}

	/** Whether the whole of {@code s} is one chain's or segment's name (新能源, 生物医药). */
	boolean isTerm(String s) {
		List<TermTrie.Hit> hits = this.terms.find(s);
		return !hits.isEmpty() && hits.get(0).start() == 0 && hits.get(0).end() == s.length();
	}

}
