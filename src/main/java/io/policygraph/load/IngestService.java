package io.policygraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.policygraph.graph.DocumentGraphWriter;
import io.policygraph.graph.DocumentGraphWriter.Resolved;
import io.policygraph.ingest.ExtractedDocument;
import io.policygraph.ingest.ContentHash;
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

import org.springframework.stereotype.Service;

/**
 * The ingest pipeline shared by start-up seeding, the {@code ingest} command and the API: extract,
 * decide each document's jurisdiction, resolve every surface form there, and write each document in
 * its own transaction. A file whose bytes are unchanged is skipped; a changed file replaces its
 * documents and drops the ones it no longer holds.
 */
@Service
public class IngestService {

	private final PolicyExtractor extractor = new PolicyExtractor();

	private final AgencyResolver resolver;

	private final Jurisdictions jurisdictions;

	private final DocumentGraphWriter writer;

	private final Driver driver;

	private final MeasureLinker linker;

	public IngestService(AgencyResolver resolver, MeasureLinker linker, DocumentGraphWriter writer, Driver driver) {
		this.resolver = resolver;
		this.linker = linker;
		this.jurisdictions = new Jurisdictions(resolver);
		this.writer = writer;
		this.driver = driver;
	}

	/**
	 * {@return what ingesting the files and folders did}; folders contribute their documents by name (text, PDF,
	 * Word, WPS, Excel, HTML: {@link Formats#isDocumentName}), each read by its content
	 */
	public IngestSummary ingest(List<Path> paths, Consumer<String> progress) {
		IngestSummary summary = new IngestSummary();
		for (Path file : expand(paths)) {
			try {
				ingest(file.getFileName().toString(), Files.readAllBytes(file), summary, progress);
			}
			catch (IOException ex) {
				summary.failures.add(file + ": " + ex.getMessage());
				progress.accept("failed   " + file + ": " + ex.getMessage());
			}
			catch (UnreadableSourceException ex) {
				// issue 15: a refused file is listed (below) and the run goes on
			}
		}
		progress.accept("ingest: " + summary);
		summary.failures.forEach(f -> progress.accept("  not ingested: " + f));
		return summary;
	}

	/** Ingests one file's content under a name; used by the API's upload. */
	public IngestSummary ingest(String name, byte[] bytes, Consumer<String> progress) {
		IngestSummary summary = new IngestSummary();
		ingest(name, bytes, summary, progress);
		return summary;
	}

	private void ingest(String name, byte[] bytes, IngestSummary summary, Consumer<String> progress) {
		summary.files++;
		String sha = ContentHash.sha256(bytes);
		if (sha.equals(storedSha(name))) {
			summary.unchanged++;
			progress.accept("unchanged " + name);
			return;
		}
		ExtractedFile extracted;
		try {
			extracted = this.extractor.extract(name, bytes);
		}
		catch (UnreadableSourceException ex) {
			summary.failures.add(ex.getMessage());
			progress.accept("refused  " + ex.getMessage());
			throw ex;
		}
		List<String> ids = new ArrayList<>();
		for (ExtractedDocument d : extracted.documents()) {
			String text = documentText(d);
			Jurisdictions.Decision decision = this.jurisdictions.decide(d, text);
			Map<String, Resolved> resolved = resolve(d, decision.placeId(), summary);
			String id = documentId(d, decision.placeId());
			ids.add(id);
			long started = System.nanoTime();
			var written = this.writer.write(new DocumentGraphWriter.DocumentToWrite(id, name, sha, decision.placeId(),
					decision.evidence(), d, resolved, links(d, decision.placeId())));
			summary.documents++;
			summary.measures += written.measures();
			summary.edges += written.edges();
			progress.accept(String.format("ingested %s:%d-%d %s [%s] %d measures, %d edges (%d ms)", name,
					d.lineStart(), d.lineEnd(), d.title(), decision.placeId(), written.measures(), written.edges(),
					(System.nanoTime() - started) / 1_000_000));
		}
		finish(name, sha, ids);
	}

	private Map<String, Resolved> resolve(ExtractedDocument d, String place, IngestSummary summary) {
		Map<String, Resolved> out = new HashMap<>();
		Registry registry = this.resolver.registry();
		for (var m : d.measures()) {
			for (Mention x : m.mentions()) {
				out.computeIfAbsent(x.surface(), surface -> {
					String id = place == null ? null : this.resolver.resolve(place, surface);
					if (id == null) {
						String scope = place == null ? "unknown" : place;
						summary.unresolved.add(scope + ":" + surface);
						return new Resolved(scope + ":?" + surface, "Agency", true);
					}
					String type = registry.bodies().get(id).type();
					return new Resolved(id, switch (type) {
						case "group" -> "AgencyGroup";
						case "organisation" -> "Organisation";
						default -> "Agency";
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
			if (place != null) {
				for (String p : this.resolver.placeMentions(m.text()).keySet()) {
					if (!p.equals(place) && registry.lineage(p).stream().anyMatch(x -> x.id().equals(place))) {
						places.add(p);
					}
				}
			}
			if (!links.isEmpty() || !places.isEmpty()) {
				out.put(m.ordinal(), new DocumentGraphWriter.MeasureLinks(links, places));
			}
		}
		return out;
	}

	/** Drops documents the file no longer holds, then records its digest: the last step of a file. */
	private void finish(String name, String sha, List<String> ids) {
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> {
				tx.run("""
						MATCH (f:SourceFile {name: $name})-[:CONTAINS]->(d:Document)
						WHERE NOT d.id IN $ids
						OPTIONAL MATCH (d)-[:HAS_SECTION|HAS_MEASURE|HAS_TARGET*1..11]->(x)
						DETACH DELETE x, d""", Map.of("name", name, "ids", ids)).consume();
				tx.run("MERGE (f:SourceFile {name: $name}) SET f.sha256 = $sha, f.ingestedAt = datetime()",
						Map.of("name", name, "sha", sha)).consume();
				return null;
			});
		}
	}

	private String storedSha(String name) {
		try (var session = this.driver.session()) {
			var rows = session.run("MATCH (f:SourceFile {name: $name}) RETURN f.sha256 AS sha", Map.of("name", name)).list();
			return rows.isEmpty() || rows.get(0).get("sha").isNull() ? null : rows.get(0).get("sha").asString();
		}
	}

	/** Stable across re-ingests: the same title, number and jurisdiction give the same id. */
	static String documentId(ExtractedDocument d, String place) {
		String key = d.title() + "|" + (d.docNo() == null ? "" : d.docNo()) + "|" + (place == null ? "" : place);
		return "doc-" + ContentHash.sha256(key).substring(0, 12);
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
