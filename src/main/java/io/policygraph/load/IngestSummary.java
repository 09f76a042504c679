package io.policygraph.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an ingest run did, for the progress output and the API: the documents created, replaced and
 * found unchanged, each with its measure and fact counts.
 */
public final class IngestSummary {

	/**
	 * One document and what it holds.
	 *
	 * @param id document id
	 * @param title its title
	 * @param jurisdiction place id
	 * @param jurisdictionEvidence what decided the place: {@code parameter}, {@code issuer}, {@code title},
	 * {@code docNo} or {@code text}
	 * @param measures measures in it
	 * @param facts responsibility facts (body, measure, role) in it
	 * @param replacedBy for a replaced document, the id of the one that superseded it ({@code null} when the
	 * file that held it no longer does)
	 */
	public record Outcome(String id, String title, String jurisdiction, String jurisdictionEvidence, int measures,
			int facts, String replacedBy) {

		Outcome replacedBy(String id) {
			return new Outcome(this.id, this.title, this.jurisdiction, this.jurisdictionEvidence, this.measures,
					this.facts, id);
		}

	}

	/**
	 * A stored document that a new text collides with.
	 *
	 * @param id its id
	 * @param title its title
	 * @param docNo its 文号
	 * @param sourceFile the file it came from
	 * @param matchedOn {@code title} or {@code 文号}
	 */
	public record Conflict(String id, String title, String docNo, String sourceFile, String matchedOn) {
	}

	int files;

	final List<Outcome> created = new ArrayList<>();

	final List<Outcome> replaced = new ArrayList<>();

	final List<Outcome> unchanged = new ArrayList<>();

	final List<String> failures = new ArrayList<>();

	final Set<String> unresolved = new TreeSet<>();

	private final Map<String, Long> stageNanos = new LinkedHashMap<>();

	/** Adds time spent in a stage (stages run on several threads, hence the lock). */
	synchronized void time(String stage, long nanos) {
		this.stageNanos.merge(stage, nanos, Long::sum);
	}

	/**
	 * {@return milliseconds spent per stage, in the order the stages first ran}: {@code lookup} (what the store
	 * holds), {@code extract}, {@code resolve} (jurisdiction, bodies, links against the in-memory registry),
	 * {@code write} (statements), {@code commit}; stages on worker threads add up their time, so the sum can
	 * exceed the wall time
	 */
	public synchronized Map<String, Long> stageMillis() {
		Map<String, Long> out = new LinkedHashMap<>();
		this.stageNanos.forEach((k, v) -> out.put(k, v / 1_000_000));
		return out;
	}

	public int files() {
		return this.files;
	}

	public List<Outcome> created() {
		return this.created;
	}

	public List<Outcome> replaced() {
		return this.replaced;
	}

	public List<Outcome> unchanged() {
		return this.unchanged;
	}

	public int measures() {
		return this.created.stream().mapToInt(Outcome::measures).sum();
	}

	public int facts() {
		return this.created.stream().mapToInt(Outcome::facts).sum();
	}

	public List<String> failures() {
		return this.failures;
	}

	public Set<String> unresolved() {
		return this.unresolved;
	}

	void add(IngestSummary other) {
		this.files += other.files;
		this.created.addAll(other.created);
		this.replaced.addAll(other.replaced);
		this.unchanged.addAll(other.unchanged);
		this.failures.addAll(other.failures);
		this.unresolved.addAll(other.unresolved);
		other.stageMillis().forEach((k, v) -> time(k, v * 1_000_000));
	}

	@Override
	public String toString() {
		return String.format("%d file(s) read, %d document(s) created, %d replaced, %d unchanged, %d measure(s), "
				+ "%d responsibility fact(s), %d unresolved surface form(s), %d failure(s)", this.files, this.created.size(),
				this.replaced.size(), this.unchanged.size(), measures(), facts(), this.unresolved.size(), this.failures.size());
	}

}
