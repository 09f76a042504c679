package io.policygraph.support;

import io.policygraph.ingest.lexicon.Lexicon;

/** The carrier words of {@code carriers.tsv}: what a park, zone or base name ends in. */
final class Carriers {

	/** Carriers that name a place one can point at: a park, zone, town or district. */
	static final String PLACE = Lexicon.anyOf(Lexicon.entries("support/carriers.tsv", "kind", "place"));

	/**
	 * Carriers that are as often a title to be earned (示范区, 基地) as a place: after 打造, 创建, 争创 … they name
	 * an aim, not a park.
	 */
	static final String TITLE = Lexicon.anyOf(Lexicon.entries("support/carriers.tsv", "kind", "title"));

	static final String ANY = PLACE + "|" + TITLE;

	private Carriers() {
	}

}
