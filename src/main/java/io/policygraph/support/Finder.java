package io.policygraph.support;

/**
 * Finds one kind of thing a measure's text ties it to (chains, parks, projects, …). {@link MeasureLinker} runs the
 * finders in one fixed order; a finder may read what the finders before it found.
 */
interface Finder {

	/** Adds to {@code found} what this finder finds in {@code text}. */
	void find(String text, Found found);

}
