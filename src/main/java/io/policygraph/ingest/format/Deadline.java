package io.policygraph.ingest.format;

import java.time.Duration;

import io.policygraph.ingest.UnreadableSourceException;

/**
 * The time a whole file may take to read, checked between pages and inside a page's content (a page can
 * draw one small form ten times, each drawing the next ten times, and so on: a few hundred bytes that take
 * hours), so a hostile file is refused in about its budget whatever its shape.
 */
final class Deadline {

	private final String name;

	private final String format;

	private final Duration budget;

	private final String key;

	private final long until;

	private int page;

	Deadline(String name, String format, Duration budget, String key) {
		this.name = name;
		this.format = format;
		this.budget = budget;
		this.key = key;
		this.until = System.nanoTime() + budget.toNanos();
	}

	/** Names the page being read, for the message. */
	void page(int page) {
		this.page = page;
	}

	/** @throws UnreadableSourceException when the budget is spent */
	void check() {
		if (System.nanoTime() - this.until > 0) {
			throw new UnreadableSourceException(this.name, "reading the " + this.format + " took longer than its time budget of "
					+ seconds() + " s for the whole file (" + this.key + "); refused" + (this.page > 0 ? " at page " + this.page : ""));
		}
	}

	private String seconds() {
		long ms = this.budget.toMillis();
		return ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
	}

}
