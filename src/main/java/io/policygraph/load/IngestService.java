package io.policygraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.policygraph.graph.DocumentGraphWriter;
import io.policygraph.graph.DocumentGraphWriter.Resolved;
import io.policygraph.graph.DocumentWriter;
import io.policygraph.graph.Vocabulary;
import io.policygraph.ingest.ContentHash;
import io.policygraph.ingest.ExtractedDocument;
import io.policygraph.ingest.ExtractedFile;
import io.policygraph.ingest.Mention;
import io.policygraph.ingest.PolicyExtractor;
import io.policygraph.ingest.UnreadableSourceException;
import io.policygraph.ingest.format.Formats;
import io.policygraph.registry.AgencyResolver;
import io.policygraph.registry.Jurisdictions;
import io.policygraph.registry.Registry;
import io.policygraph.support.Links;
import io.policygraph.support.MeasureLinker;
import org.neo4j.driver.Driver;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The ingest pipeline shared by start-up seeding, the {@code ingest} command and the API: extract,
 * decide each document's jurisdiction, resolve every surface form there, and write each document in
 * its own transaction. A document is its content ({@link #documentId}): bytes already stored change
 * nothing; a different text with the title or 文号 of a stored document is refused unless it is said to
 * replace it (by id, or, for a folder maintained in place, by being the same file name changed), or is the
 * same document in another format, which the file is then recorded as containing (ADR 0012).
 */
@Service
public class IngestService {

	private final PolicyExtractor extractor = new PolicyExtractor();

	private final AgencyResolver resolver;

	private final Jurisdictions jurisdictions;

	private final DocumentGraphWriter writer;

	private final DocumentWriter documents;

	private final Driver driver;

	private final MeasureLinker linker;

	private final ApplicationEventPublisher events;

	/**
	 * @param writer removals and files recorded as containing a stored document, over the driver
	 * @param documents the writer of batches of new documents chosen for this database (ADR 0020)
	 */
	public IngestService(AgencyResolver resolver, MeasureLinker linker, DocumentGraphWriter writer, DocumentWriter documents,
			Driver driver, ApplicationEventPublisher events) {
		this.documents = documents;
		this.events = events;
		this.resolver = resolver;
		this.linker = linker;
		this.jurisdictions = new Jurisdictions(resolver);
		this.writer = writer;
		this.driver = driver;
	}

	/**
	 * How a file is taken in.
	 *
	 * @param metadata what the caller says about the document (each part {@code null} when not said)
	 * @param replace id of a document the new one supersedes, or {@code null}
	 * @param sameNameReplaces whether a file replaces the documents an earlier file of the same name held
	 * (a folder of files maintained in place: the seed corpus, {@code ingest PATH})
	 * @param restoreRetired whether documents deleted or replaced earlier come back when their bytes are
	 * loaded again (yes when someone asks for the file; no for the seed corpus at start-up)
	 * @param rewrite whether documents already stored are extracted and written again (after a change of the
	 * extraction rules: {@code seed}, {@code ingest --force})
	 */
	public record Options(Metadata metadata, String replace, boolean sameNameReplaces, boolean restoreRetired,
			boolean rewrite) {

		/** {@code ingest PATH}: a changed file replaces its earlier version; what was deleted comes back. */
		public static final Options COMMAND = new Options(Metadata.NONE, null, true, true, false);

		/** Start-up: the corpus as a folder maintained in place; what was deleted stays deleted. */
		public static final Options SEED = new Options(Metadata.NONE, null, true, false, false);

		/** An upload: nothing is replaced unless asked for by id. */
		public static Options upload(Metadata metadata, String replace) {
			return new Options(metadata, replace, false, true, false);
		}

		/** {@return these options, writing stored documents again} */
		public Options rewriting() {
			return new Options(this.metadata, this.replace, this.sameNameReplaces, true, true);
		}

	}

	/**
	 * What a caller states about an uploaded document, overriding what extraction reads.
	 *
	 * @param title the title
	 * @param jurisdiction a place id ({@code jinan}) or name ({@code 济南市})
	 * @param issued the issue date
	 * @param docNo the 文号
	 */
	public record Metadata(String title, String jurisdiction, LocalDate issued, String docNo) {

		public static final Metadata NONE = new Metadata(null, null, null, null);

		boolean aboutTheDocument() {
			return this.title != null || this.issued != null || this.docNo != null;
		}

	}

	/**
	 * {@return what ingesting the files and folders did}; folders contribute their documents by name (text, PDF,
	 * Word, WPS, Excel, HTML: {@link Formats#isDocumentName}), each read by its content
	 */
	public IngestSummary ingest(List<Path> paths, Consumer<String> progress) {
		return ingest(paths, Options.COMMAND, progress);
	}

	/** {@return what ingesting the files and folders did}; a file that cannot be taken in is a failure, not an exception */
	public IngestSummary ingest(List<Path> paths, Options options, Consumer<String> progress) {
		return ingest(paths, options, progress, p -> {
		});
	}

	/**
	 * {@return what ingesting the files and folders did}; a file that cannot be taken in is a failure, not an
	 * exception. Files are read and extracted on all cores, a few ahead of the one being written (a bounded window:
	 * a slow writer holds the readers back), and written by the calling thread alone, in order.
	 *
	 * @param advanced told after each file how far the run is
	 */
	public IngestSummary ingest(List<Path> paths, Options options, Consumer<String> progress,
			Consumer<IngestProgress> advanced) {
		IngestSummary summary = new IngestSummary();
		List<Path> files = expand(paths);
		long totalBytes = files.stream().mapToLong(IngestService::size).sum();
		long started = System.nanoTime();
		long doneBytes = 0;
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService readers = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "ingest-reader");
			t.setDaemon(true);
			return t;
		});
		try {
			Deque<Future<Prepared>> window = new ArrayDeque<>();
			int next = 0;
			for (int i = 0; i < files.size(); i++) {
				while (next < files.size() && window.size() <= threads) {
					Path file = files.get(next++);
					window.add(readers.submit(() -> prepare(file.getFileName().toString(), Files.readAllBytes(file), null, options, summary)));
				}
				Path file = files.get(i);
				summary.files++;
				try {
					write(window.remove().get(), options, summary, progress);
				}
				catch (ExecutionException ex) {
					failed(file, ex.getCause(), summary, progress);
				}
				catch (IngestRefusedException ex) {
					failed(file, ex, summary, progress);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("ingest interrupted", ex);
				}
				doneBytes += size(file);
				advanced.accept(new IngestProgress(i + 1, files.size(), doneBytes, totalBytes, summary.created.size(),
						System.nanoTime() - started));
			}
		}
		finally {
			readers.shutdownNow();
		}
		searchable(summary);
		progress.accept("ingest: " + summary);
		summary.failures.forEach(f -> progress.accept("  not ingested: " + f));
		return summary;
	}

	private static void failed(Path file, Throwable cause, IngestSummary summary, Consumer<String> progress) {
		if (cause instanceof UnreadableSourceException) {
			// issue 15: a refused file is listed by the reader's message, which names it, and the run goes on
			progress.accept("refused  " + cause.getMessage());
			summary.failures.add(cause.getMessage());
		}
		else if (cause instanceof IOException || cause instanceof IngestRefusedException) {
			summary.failures.add(file + ": " + cause.getMessage());
			progress.accept("failed   " + file + ": " + cause.getMessage());
		}
		else if (cause instanceof RuntimeException r) {
			throw r;
		}
		else {
			throw new IllegalStateException(cause);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * How far a run over files is.
	 *
	 * @param files files done
	 * @param totalFiles files in the run
	 * @param bytes bytes of the files done
	 * @param totalBytes bytes of all files
	 * @param documents documents created so far
	 * @param elapsedNanos time since the run started
	 */
	public record IngestProgress(int files, int totalFiles, long bytes, long totalBytes, int documents, long elapsedNanos) {
	}

	/** Ingests one file's content under a name, as {@code ingest PATH} would. */
	public IngestSummary ingest(String name, byte[] bytes, Consumer<String> progress) {
		return ingest(name, bytes, Options.COMMAND, progress);
	}

	/**
	 * Ingests one file's content under a name; used by the API's upload. Nothing is written when a document
	 * of the file is refused.
	 *
	 * @throws IngestRefusedException when a document has no jurisdiction, or conflicts with one stored
	 * @throws UnreadableSourceException when the bytes are no text
	 */
	public IngestSummary ingest(String name, byte[] bytes, Options options, Consumer<String> progress) {
		return ingest(name, bytes, null, options, progress);
	}

	/**
	 * Ingests one file's content as sent with a {@code Content-Type}: its charset decodes text and HTML when
	 * it is sensible for the bytes (issue 15), as {@link #ingest(String, byte[], Options, Consumer)} otherwise.
	 *
	 * @param transport the charset the request declared, or null
	 */
	public IngestSummary ingest(String name, byte[] bytes, Charset transport, Options options, Consumer<String> progress) {
		IngestSummary summary = new IngestSummary();
		summary.files++;
		Prepared prepared;
		try {
			prepared = prepare(name, bytes, transport, options, summary);
		}
		catch (UnreadableSourceException ex) {
			progress.accept("refused  " + ex.getMessage());
			throw ex;
		}
		write(prepared, options, summary, progress);
		searchable(summary);
		return summary;
	}

	/**
	 * Waits until the full-text index holds what was written: it is updated after each commit, off the write path
	 * (schema V008, ADR 0020), and a search right after an ingest or upload must find its documents.
	 */
	private void searchable(IngestSummary summary) {
		if (summary.created.isEmpty() && summary.replaced.isEmpty()) {
			return;
		}
		long t = System.nanoTime();
		refreshSearch();
		summary.time("search index", System.nanoTime() - t);
	}

	private void refreshSearch() {
		try (var session = this.driver.session()) {
			session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
		}
	}

	/**
	 * Removes a document, its sections, measures and facts, and what only it held up.
	 *
	 * @return what was removed, or {@code null} when no document has the id
	 */
	public IngestSummary.Outcome delete(String id) {
		IngestSummary.Outcome existing = outcome(id);
		if (existing == null || !this.writer.delete(id)) {
			return null;
		}
		this.events.publishEvent(new DocumentsDeleted(List.of(id)));
		refreshSearch();
		return existing;
	}

	/**
	 * A file read and extracted, each document with its id, place and bodies resolved against the in-memory
	 * registry: everything that needs no lock on the store, done on a reader thread.
	 *
	 * @param extracted {@code null} when the store holds the file whole already
	 */
	private record Prepared(String name, String sha, StoredFile stored, ExtractedFile extracted, List<Found> documents) {
	}

	/**
	 * One document of a prepared file.
	 *
	 * @param decision its place, {@code null} when none could be decided
	 * @param resolved surface → body, {@code null} without a place
	 * @param unresolved surfaces the registry does not know ({@code place:surface})
	 */
	private record Found(String id, ExtractedDocument document, Jurisdictions.Decision decision,
			Map<String, Resolved> resolved, Map<Integer, DocumentGraphWriter.MeasureLinks> links, List<String> unresolved) {
	}

	private Prepared prepare(String name, byte[] bytes, Charset transport, Options options, IngestSummary summary) {
		String sha = ContentHash.sha256(bytes);
		long t0 = System.nanoTime();
		StoredFile stored = storedFile(sha);
		summary.time("lookup", System.nanoTime() - t0);
		if (!options.rewrite() && stored.complete(options.restoreRetired())) {
			return new Prepared(name, sha, stored, null, List.of());
		}
		long t1 = System.nanoTime();
		ExtractedFile extracted = this.extractor.extract(name, bytes, transport);
		long t2 = System.nanoTime();
		summary.time("extract", t2 - t1);
		Metadata metadata = options.metadata();
		String statedPlace = metadata.jurisdiction() == null ? null : place(metadata.jurisdiction());
		List<Found> found = extracted.documents().parallelStream().map(x -> {
			ExtractedDocument d = withMetadata(x, metadata);
			Jurisdictions.Decision decision = statedPlace != null ? new Jurisdictions.Decision(statedPlace, "parameter")
					: this.jurisdictions.decide(d, documentText(d));
			if (decision.placeId() == null) {
				return new Found(documentId(sha, d), d, null, null, null, List.of());
			}
			List<String> unresolved = new ArrayList<>();
			return new Found(documentId(sha, d), d, decision, resolve(d, decision.placeId(), unresolved),
					links(d, decision.placeId()), unresolved);
		}).toList();
		summary.time("resolve", System.nanoTime() - t2);
		return new Prepared(name, sha, stored, extracted, found);
	}

	/**
	 * Decides what each document of a prepared file is (new, stored, a replacement, a conflict, the same document
	 * in another format) with one look-up per kind for the whole file, then writes the new ones in batches of
	 * about {@link DocumentGraphWriter#BATCH_ROWS} rows, one transaction each.
	 */
	private void write(Prepared file, Options options, IngestSummary summary, Consumer<String> progress) {
		String name = file.name();
		String sha = file.sha();
		StoredFile stored = file.stored();
		if (file.extracted() == null) {
			Map<String, IngestSummary.Outcome> known = outcomes(stored.documents());
			stored.documents().stream().map(known::get).filter(o -> o != null).forEach(summary.unchanged::add);
			progress.accept("unchanged " + name);
			return;
		}
		if (options.replace() != null && outcome(options.replace()) == null) {
			throw new IngestRefusedException(IngestRefusedException.Reason.UNKNOWN_REPLACE, "replace",
					"no document has the id '" + options.replace() + "'", List.of());
		}
		ExtractedFile extracted = file.extracted();
		Metadata metadata = options.metadata();
		if (metadata.aboutTheDocument() && extracted.documents().size() != 1) {
			throw new IngestRefusedException(IngestRefusedException.Reason.AMBIGUOUS, "title",
					"title, issued and docNo describe one document; " + name + " holds " + extracted.documents().size(), List.of());
		}
		long t0 = System.nanoTime();
		Map<String, IngestSummary.Outcome> outcomes = outcomes(file.documents().stream().map(Found::id).toList());
		Map<String, List<IngestSummary.Conflict>> conflicting = conflicts(file.documents());
		summary.time("lookup", System.nanoTime() - t0);
		List<String> ids = new ArrayList<>();
		List<Planned> plans = new ArrayList<>();
		List<Alternative> alternatives = new ArrayList<>();
		for (Found f : file.documents()) {
			ExtractedDocument d = f.document();
			String id = f.id();
			ids.add(id);
			IngestSummary.Outcome existing = outcomes.get(id);
			if (existing != null && !options.rewrite()) {
				summary.unchanged.add(existing);
				continue;
			}
			if (stored.retired().contains(id) && !options.restoreRetired()) {
				progress.accept("retired  " + name + ":" + d.lineStart() + " " + d.title() + " (deleted or replaced earlier)");
				continue;
			}
			if (f.decision() == null) {
				throw new IngestRefusedException(IngestRefusedException.Reason.NO_JURISDICTION, "jurisdiction",
						"no jurisdiction for '" + d.title() + "' (" + name + ":" + d.lineStart()
								+ "): neither its issuer, title, 文号 nor text names a known place; name it with the 'jurisdiction' "
								+ "parameter (ingest --jurisdiction)",
						List.of());
			}
			List<IngestSummary.Conflict> conflicts = conflicting.getOrDefault(id, List.of());
			List<String> replacing = new ArrayList<>();
			if (existing != null) {
				replacing.add(id);
			}
			for (var c : conflicts) {
				if (c.id().equals(options.replace()) || (options.sameNameReplaces() && name.equals(c.sourceFile()))) {
					replacing.add(c.id());
				}
			}
			List<IngestSummary.Conflict> open = conflicts.stream().filter(c -> !replacing.contains(c.id())).toList();
			String same = replacing.isEmpty() ? sameDocumentInAnotherFormat(open, d, extracted) : null;
			if (same != null) {
				ids.set(ids.size() - 1, same);
				alternatives.add(new Alternative(same, d));
				continue;
			}
			if (!open.isEmpty()) {
				throw new IngestRefusedException(IngestRefusedException.Reason.CONFLICT, "replace",
						"'" + d.title() + "' has the " + open.get(0).matchedOn() + " of document " + open.get(0).id()
								+ " ('" + open.get(0).title() + "') but other text; to supersede it, upload again with replace="
								+ open.get(0).id() + " (ingest --replace " + open.get(0).id() + ")",
						open);
			}
			plans.add(new Planned(f, replacing));
		}
		if (options.replace() != null && !plans.isEmpty()
				&& plans.stream().noneMatch(p -> p.replacing().contains(options.replace()))) {
			plans.get(0).replacing().add(options.replace());
		}
		List<Planned> batch = new ArrayList<>();
		List<DocumentGraphWriter.Item> items = new ArrayList<>();
		int rows = 0;
		for (Planned plan : plans) {
			Found f = plan.found();
			List<String> others = plan.replacing().stream().filter(r -> !r.equals(f.id())).toList();
			var doc = new DocumentGraphWriter.DocumentToWrite(f.id(), name, sha, f.decision().placeId(),
					f.decision().evidence(), f.document(), f.resolved(), f.links(), history(others));
			int size = DocumentGraphWriter.rows(doc);
			if (!batch.isEmpty() && rows + size > DocumentGraphWriter.BATCH_ROWS) {
				writeBatch(name, batch, items, summary, progress);
				batch.clear();
				items.clear();
				rows = 0;
			}
			batch.add(plan);
			items.add(new DocumentGraphWriter.Item(doc, plan.replacing()));
			rows += size;
		}
		if (!batch.isEmpty()) {
			writeBatch(name, batch, items, summary, progress);
		}
		for (Alternative a : alternatives) {
			IngestSummary.Outcome existing = outcome(a.id());
			if (existing != null && this.writer.contain(a.id(), name, sha, extracted.format().label())) {
				summary.unchanged.add(existing);
				progress.accept("same     " + name + ":" + a.document().lineStart() + " " + a.document().title() + " is "
						+ a.id() + " in another format (its units are equal): recorded as a file containing it");
			}
		}
		if (options.sameNameReplaces()) {
			for (String old : earlierDocumentsOf(name, sha)) {
				IngestSummary.Outcome gone = delete(old);
				if (gone != null) {
					summary.replaced.add(gone);
				}
			}
		}
		finish(sha, name, ids);
	}

	/**
	 * Writes one batch in one transaction and reports each document. A document the writer could not write is a
	 * failure naming it; the others of the batch are in.
	 */
	private void writeBatch(String name, List<Planned> batch, List<DocumentGraphWriter.Item> items, IngestSummary summary,
			Consumer<String> progress) {
		List<List<IngestSummary.Outcome>> replaced = new ArrayList<>();
		for (Planned plan : batch) {
			replaced.add(plan.replacing().stream().filter(r -> !r.equals(plan.found().id())).map(this::outcome)
				.filter(o -> o != null).toList());
		}
		long started = System.nanoTime();
		DocumentGraphWriter.BatchWritten result = this.documents.write(items);
		result.statementNanos().forEach((k, v) -> summary.time("write " + k, v));
		summary.time("commit", result.commitNanos());
		long perDocument = (System.nanoTime() - started) / batch.size();
		List<String> written = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			Found f = batch.get(i).found();
			ExtractedDocument d = f.document();
			summary.unresolved.addAll(f.unresolved());
			var w = result.written().get(i);
			if (w == null) {
				String failure = name + ":" + d.lineStart() + " '" + d.title() + "' (" + f.id() + ") not written: "
						+ result.failures().get(i);
				summary.failures.add(failure);
				progress.accept("failed   " + failure);
				continue;
			}
			if (!w.written()) {
				summary.unchanged.add(outcome(f.id()));
				continue;
			}
			written.add(f.id());
			summary.created.add(new IngestSummary.Outcome(f.id(), d.title(), f.decision().placeId(), f.decision().evidence(),
					w.measures(), w.facts(), null));
			replaced.get(i).forEach(r -> summary.replaced.add(r.replacedBy(f.id())));
			progress.accept(String.format("ingested %s:%d-%d %s [%s] %d measures, %d facts (%d ms, batch of %d)", name,
					d.lineStart(), d.lineEnd(), d.title(), f.decision().placeId(), w.measures(), w.facts(),
					perDocument / 1_000_000, batch.size()));
		}
		if (!written.isEmpty()) {
			this.events.publishEvent(new DocumentsWritten(written));
		}
	}

	/** A document found in this file that a stored document in another format already is. */
	private record Alternative(String id, ExtractedDocument document) {
	}

	/** A document ready to write and what it supersedes. */
	private record Planned(Found found, List<String> replacing) {
	}

	/** The digest's file as stored: the documents it gave and those deleted or replaced since. */
	private record StoredFile(List<String> documents, List<String> retired, long present) {

		boolean complete(boolean restoreRetired) {
			return this.documents != null
					&& this.present + (restoreRetired ? 0 : this.documents.stream().filter(this.retired::contains).count())
							== this.documents.size();
		}

	}

	private StoredFile storedFile(String sha) {
		try (var session = this.driver.session()) {
			var rows = session.run("""
					MATCH (f:SourceFile {sha256: $sha})
					RETURN f.documents AS documents, coalesce(f.retired, []) AS retired,
					       COUNT { MATCH (d:Document) WHERE d.id IN coalesce(f.documents, []) } AS present""",
					Map.of("sha", sha)).list();
			if (rows.isEmpty()) {
				return new StoredFile(null, List.of(), 0);
			}
			var r = rows.get(0);
			return new StoredFile(r.get("documents").isNull() ? null : r.get("documents").asList(v -> v.asString()),
					r.get("retired").asList(v -> v.asString()), r.get("present").asLong());
		}
	}

	/** {@return the stored document with its counts, or {@code null}} */
	private IngestSummary.Outcome outcome(String id) {
		try (var session = this.driver.session()) {
			var rows = session.run("""
					MATCH (d:Document {id: $id})
					RETURN d.title AS title, d.jurisdiction AS jurisdiction, d.jurisdictionEvidence AS evidence,
					       COUNT { MATCH (m:Measure {documentId: $id}) } AS measures,
					       COUNT { MATCH (m:Measure {documentId: $id})<-[:%s]-() } AS facts""".formatted(Vocabulary.RESPONSIBILITY),
					Map.of("id", id)).list();
			if (rows.isEmpty()) {
				return null;
			}
			var r = rows.get(0);
			return new IngestSummary.Outcome(id, r.get("title").asString(null), r.get("jurisdiction").asString(null),
					r.get("evidence").asString(null), r.get("measures").asInt(), r.get("facts").asInt(), null);
		}
	}

	/** {@return the stored documents among these ids, with their counts} */
	private Map<String, IngestSummary.Outcome> outcomes(List<String> ids) {
		Map<String, IngestSummary.Outcome> out = new HashMap<>();
		if (ids.isEmpty()) {
			return out;
		}
		try (var session = this.driver.session()) {
			session.run("""
					UNWIND $ids AS id
					MATCH (d:Document {id: id})
					RETURN id, d.title AS title, d.jurisdiction AS jurisdiction, d.jurisdictionEvidence AS evidence,
					       COUNT { MATCH (m:Measure {documentId: id}) } AS measures,
					       COUNT { MATCH (m:Measure {documentId: id})<-[:%s]-() } AS facts""".formatted(Vocabulary.RESPONSIBILITY),
					Map.of("ids", ids)).forEachRemaining(r -> out.put(r.get("id").asString(),
							new IngestSummary.Outcome(r.get("id").asString(), r.get("title").asString(null),
									r.get("jurisdiction").asString(null), r.get("evidence").asString(null), r.get("measures").asInt(),
									r.get("facts").asInt(), null)));
		}
		return out;
	}

	/**
	 * For each document, the stored documents of the same jurisdiction with the same title, or anywhere with the
	 * same 文号: one statement for the file, each match an index seek (schema V006).
	 */
	private Map<String, List<IngestSummary.Conflict>> conflicts(List<Found> documents) {
		List<Map<String, Object>> docs = new ArrayList<>();
		for (Found f : documents) {
			Map<String, Object> p = new HashMap<>();
			p.put("id", f.id());
			p.put("title", f.document().title());
			p.put("docNo", f.document().docNo());
			p.put("place", f.decision() == null ? null : f.decision().placeId());
			docs.add(p);
		}
		Map<String, List<IngestSummary.Conflict>> out = new HashMap<>();
		if (docs.isEmpty()) {
			return out;
		}
		try (var session = this.driver.session()) {
			session.run("""
					UNWIND $docs AS doc
					CALL (doc) {
					  MATCH (o:Document {title: doc.title}) WHERE o.jurisdiction = doc.place AND o.id <> doc.id
					  RETURN o, 'title' AS on
					  UNION
					  MATCH (o:Document {docNo: doc.docNo}) WHERE o.id <> doc.id
					  RETURN o, '文号' AS on
					}
					WITH doc, o, collect(on) AS on
					RETURN doc.id AS doc, o.id AS id, o.title AS title, o.docNo AS docNo, o.sourceFile AS file,
					       CASE WHEN '文号' IN on THEN '文号' ELSE 'title' END AS matchedOn
					ORDER BY doc, id""", Map.of("docs", docs)).forEachRemaining(r -> out
				.computeIfAbsent(r.get("doc").asString(), k -> new ArrayList<>())
				.add(new IngestSummary.Conflict(r.get("id").asString(), r.get("title").asString(null),
						r.get("docNo").asString(null), r.get("file").asString(null), r.get("matchedOn").asString())));
		}
		return out;
	}

	/**
	 * {@return the stored document that the conflicting documents are, when they are one, read from another
	 * format with units equal to this document's (ADR 0012)}; otherwise {@code null}, and the conflict stands
	 */
	private String sameDocumentInAnotherFormat(List<IngestSummary.Conflict> open, ExtractedDocument d, ExtractedFile file) {
		String digest = d.unitsDigest();
		if (digest == null || open.stream().map(IngestSummary.Conflict::id).distinct().count() != 1) {
			return null;
		}
		try (var session = this.driver.session()) {
			var rows = session.run("""
					MATCH (o:Document {id: $id}) WHERE o.unitsDigest = $digest AND o.format <> $format
					RETURN o.id AS id""", Map.of("id", open.get(0).id(), "digest", digest, "format", file.format().label()))
				.list(r -> r.get("id").asString());
			return rows.isEmpty() ? null : rows.get(0);
		}
	}

	/** Documents that an earlier version of a file of this name gave, for a changed file that replaces them. */
	private List<String> earlierDocumentsOf(String name, String sha) {
		try (var session = this.driver.session()) {
			return session.run("MATCH (d:Document {sourceFile: $name}) WHERE d.sha256 <> $sha RETURN d.id AS id ORDER BY id",
					Map.of("name", name, "sha", sha)).list(r -> r.get("id").asString());
		}
	}

	/** The replaced documents' own history carried forward, the latest replacement first. */
	private DocumentGraphWriter.History history(List<String> replacing) {
		if (replacing.isEmpty()) {
			return null;
		}
		try (var session = this.driver.session()) {
			var r = session.run("""
					UNWIND $ids AS id
					MATCH (d:Document {id: id})
					WITH collect(d) AS ds
					RETURN [d IN ds | d.id] + reduce(a = [], d IN ds | a + coalesce(d.supersedes, [])) AS ids,
					       [d IN ds | d.sha256] + reduce(a = [], d IN ds | a + coalesce(d.supersededSha256, [])) AS sha,
					       [d IN ds | toString(datetime())] + reduce(a = [], d IN ds | a + coalesce(d.supersededAt, [])) AS at""",
					Map.of("ids", replacing)).single();
			return new DocumentGraphWriter.History(r.get("ids").asList(v -> v.asString()), r.get("sha").asList(v -> v.asString()),
					r.get("at").asList(v -> v.asString()));
		}
	}

	/** A place by id or by name (济南, 济南市), or a refusal naming the parameter. */
	private String place(String idOrName) {
		Registry registry = this.resolver.registry();
		String s = idOrName.strip();
		if (registry.place(s) != null) {
			return s;
		}
		for (Registry.Place p : registry.places().values()) {
			if (p.name().equals(s) || p.aliases().contains(s)) {
				return p.id();
			}
		}
		String atStart = this.resolver.placeNamedAtStart(s);
		if (atStart != null && registry.place(atStart).name().startsWith(s)) {
			return atStart;
		}
		throw new IngestRefusedException(IngestRefusedException.Reason.NO_JURISDICTION, "jurisdiction",
				"jurisdiction '" + idOrName + "' is no known place id or name", List.of());
	}

	private static ExtractedDocument withMetadata(ExtractedDocument d, Metadata m) {
		if (!m.aboutTheDocument()) {
			return d;
		}
		String title = m.title() != null ? m.title() : d.title();
		LocalDate issued = m.issued() != null ? m.issued() : d.issuedOn();
		return new ExtractedDocument(title, d.noticeTitle(), d.issuer(), m.docNo() != null ? m.docNo() : d.docNo(), issued,
				d.kind(), d.validity().withMetadata(title, issued), d.lineStart(), d.lineEnd(), d.sections(), d.measures(), d.flags(), d.source());
	}

	private Map<String, Resolved> resolve(ExtractedDocument d, String place, List<String> unresolved) {
		Map<String, Resolved> out = new HashMap<>();
		Registry registry = this.resolver.registry();
		for (var m : d.measures()) {
			for (Mention x : m.mentions()) {
				out.computeIfAbsent(x.surface(), surface -> {
					String id = this.resolver.resolve(place, surface);
					if (id == null) {
						unresolved.add(place + ":" + surface);
						return new Resolved(place + ":?" + surface, Vocabulary.AGENCY, true);
					}
					return new Resolved(id, switch (registry.bodies().get(id).type()) {
						case "group" -> Vocabulary.AGENCY_GROUP;
						case "organisation" -> Vocabulary.ORGANISATION;
						default -> Vocabulary.AGENCY;
					}, false);
				});
			}
		}
		return out;
	}

	/** What each measure's text supports, and the places inside the jurisdiction it names. */
	private Map<Integer, DocumentGraphWriter.MeasureLinks> links(ExtractedDocument d, String place) {
		Map<Integer, DocumentGraphWriter.MeasureLinks> out = new HashMap<>();
		Registry registry = this.resolver.registry();
		for (var m : d.measures()) {
			Links links = this.linker.link(m.text());
			List<String> places = new ArrayList<>();
			for (String p : this.resolver.placeMentions(m.text()).keySet()) {
				if (!p.equals(place) && registry.lineage(p).stream().anyMatch(x -> x.id().equals(place))) {
					places.add(p);
				}
			}
			if (!links.isEmpty() || !places.isEmpty()) {
				out.put(m.ordinal(), new DocumentGraphWriter.MeasureLinks(links, places));
			}
		}
		return out;
	}

	/** Records which documents the file gave, so that the same bytes again are answered without extraction. */
	private void finish(String sha, String name, List<String> ids) {
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("""
					MERGE (f:SourceFile {sha256: $sha}) ON CREATE SET f.name = $name
					SET f.documents = $ids, f.retired = [x IN coalesce(f.retired, []) WHERE NOT EXISTS { MATCH (:Document {id: x}) }],
					    f.ingestedAt = datetime()""", Map.of("sha", sha, "name", name, "ids", ids)).consume());
		}
	}

	/**
	 * The identity of a document is its content: the digest of the file's bytes and where in the file it
	 * starts. The same bytes give the same ids whatever the file is called; any other text gives other ids.
	 */
	static String documentId(String fileSha, ExtractedDocument d) {
		return "doc-" + ContentHash.sha256(fileSha + ":" + d.lineStart()).substring(0, 12);
	}

	static String documentText(ExtractedDocument d) {
		StringBuilder sb = new StringBuilder(d.title());
		d.measures().forEach(m -> sb.append('\n').append(m.text()));
		return sb.toString();
	}

	private static List<Path> expand(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path p : paths) {
			if (Files.isDirectory(p)) {
				try (Stream<Path> s = Files.list(p)) {
					s.filter(f -> Formats.isDocumentName(f.getFileName().toString())).sorted().forEach(files::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			else {
				files.add(p);
			}
		}
		return files;
	}

}
