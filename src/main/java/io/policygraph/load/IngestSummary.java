package io.policygraph.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an ingest run did, for the progress output and the API.
 */
public final class IngestSummary {

	int files;

	int unchanged;

	int documents;

	int measures;

	int edges;

	final List<String> failures = new ArrayList<>();

	final Set<String> unresolved = new TreeSet<>();

	public int files() {
		return this.files;
	}

	public int unchanged() {
		return this.unchanged;
	}

	public int documents() {
		return this.documents;
	}

	public int measures() {
		return this.measures;
	}

	public int edges() {
		return this.edges;
	}

	public List<String> failures() {
		return this.failures;
	}

	public Set<String> unresolved() {
		return this.unresolved;
	}

	@Override
	public String toString() {
		return String.format("%d file(s) read, %d unchanged, %d document(s), %d measure(s), %d responsibility edge(s), "
				+ "%d unresolved surface form(s), %d failure(s)", this.files, this.unchanged, this.documents, this.measures,
				this.edges, this.unresolved.size(), this.failures.size());
	}

}
