package io.policygraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.policygraph.ingest.ExtractedDocument;
import io.policygraph.ingest.format.Origin;
import io.policygraph.ingest.ExtractedMeasure;
import io.policygraph.ingest.ExtractedSection;
import io.policygraph.ingest.Mention;
import io.policygraph.ingest.Role;
import io.policygraph.support.Links;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

/**
 * Writes extracted documents into Neo4j over the driver, many to a transaction, together with the removal of the
 * documents they replace, and removes documents: sections, measures and responsibility facts go in as bulk
 * {@code UNWIND} writes, each relationship once per key, and what a removal leaves hanging is settled in the
 * same transaction (docs/graph-invariants.md). It owns the rows of a document ({@link #params}), which the
 * embedded writer ({@link EmbeddedDocumentWriter}, ADR 0020) writes through the Core API instead.
 */
@Component
public class DocumentGraphWriter implements DocumentWriter {

	/**
	 * A body a mention resolved to, or a provisional one when the registry does not know it.
	 *
	 * @param id canonical id ({@code jinan:发展和改革委员会}) or provisional id ({@code jinan:?市口岸物流办})
	 * @param label {@code Agency}, {@code AgencyGroup} or {@code Organisation}
	 * @param provisional whether it was made up for an unknown surface
	 */
	public record Resolved(String id, String label, boolean provisional) {
	}

	/**
	 * A document ready to write.
	 *
	 * @param id stable document id
	 * @param sourceFile file name
	 * @param sha256 digest of the file
	 * @param jurisdiction place id or {@code null}
	 * @param jurisdictionEvidence what decided the jurisdiction
	 * @param document what extraction found
	 * @param resolved mention surface → body, for every surface named in the document
	 * @param links what each measure (by ordinal) supports, with its places (ids) named in the text
	 * @param history the documents this one supersedes, or {@code null}
	 */
	public record DocumentToWrite(String id, String sourceFile, String sha256, String jurisdiction,
			String jurisdictionEvidence, ExtractedDocument document, Map<String, Resolved> resolved,
			Map<Integer, MeasureLinks> links, History history) {
	}

	/**
	 * What a document superseded, most recent first (parallel lists: a property cannot hold maps).
	 *
	 * @param ids ids of the documents replaced
	 * @param sha256 digests of the files they came from
	 * @param at when each was replaced (ISO date-time)
	 */
	public record History(List<String> ids, List<String> sha256, List<String> at) {
	}

	/**
	 * @param links chains, parks, projects, targets and money the text names
	 * @param places ids of places of the jurisdiction named in the text
	 */
	public record MeasureLinks(Links links, List<String> places) {
	}

	/**
	 * What one write did.
	 *
	 * @param written whether the document was written ({@code false}: a document with its id was already there)
	 * @param measures measures written
	 * @param facts responsibility relationships written (one per body, measure and type)
	 */
	public record Written(boolean written, int measures, int facts) {
	}

	/**
	 * A document to write and the documents it supersedes.
	 *
	 * @param document the document
	 * @param replacing ids of documents it supersedes; they are removed and marked retired on their file
	 */
	public record Item(DocumentToWrite document, List<String> replacing) {
	}

	/**
	 * What writing a batch did, item by item, and where its time went.
	 *
	 * @param written per item, in order; {@code null} for an item that failed
	 * @param failures per item, in order: why it failed, or {@code null}
	 * @param statementNanos time in each write statement, by the name of its rows ({@code documents}, {@code sections},
	 * …, {@code settle}), and making the rows ({@code rows})
	 * @param commitNanos time committing
	 */
	public record BatchWritten(List<Written> written, List<String> failures, Map<String, Long> statementNanos,
			long commitNanos) {

		long statementTotal() {
			return this.statementNanos.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * Rows a transaction is meant to hold at most (nodes and relationships of its documents): large enough that
	 * statement and commit costs are shared by many documents, small enough to keep the transaction's memory and a
	 * retry's cost bounded. A document larger than this is written alone.
	 */
	public static final int BATCH_ROWS = 10_000;

	private final Driver driver;

	public DocumentGraphWriter(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Writes a document unless one with its id exists, removing the documents it replaces in the same
	 * transaction.
	 *
	 * @param replacing ids of documents this one supersedes; they are removed and marked retired on their file
	 */
	public Written write(DocumentToWrite doc, List<String> replacing) {
		try (var session = this.driver.session()) {
			Map<String, Object> params = params(doc, replacing);
			List<String> ids = session.executeWrite(tx -> run(tx, List.of(params), new LinkedHashMap<>()));
			return ids.contains(doc.id()) ? counted(params) : new Written(false, 0, 0);
		}
	}

	/**
	 * Writes documents in one transaction over the driver ({@link #WRITE_DOCUMENTS}, {@link #PARTS},
	 * {@link #SETTLE}), each unless one with its id exists; see {@link #inBatchOrAlone}.
	 */
	@Override
	public BatchWritten write(List<Item> items) {
		return inBatchOrAlone(items, (docs, statements) -> {
			try (var session = this.driver.session()) {
				return session.executeWrite(tx -> {
					statements.clear();
					return run(tx, docs, statements);
				});
			}
		});
	}

	/**
	 * Writes a batch of documents in one transaction, the rows of each being what {@link #params} makes of it.
	 * The transaction's writer throws when it fails, having rolled back.
	 */
	@FunctionalInterface
	interface BatchTransaction {

		/** {@return the ids of the documents written}, each statement's time added to {@code statementNanos} */
		List<String> write(List<Map<String, Object>> docs, Map<String, Long> statementNanos);

	}

	/**
	 * Writes documents in one transaction. When it fails, each document is written again in a transaction of its
	 * own, so that one bad document is named and left out, and the others go in whole (a document is all in or all
	 * out). Shared by both writers, so that a failure means the same whichever wrote.
	 */
	static BatchWritten inBatchOrAlone(List<Item> items, BatchTransaction transaction) {
		long started = System.nanoTime();
		List<Map<String, Object>> docs = new ArrayList<>(items.size());
		for (Item item : items) {
			docs.add(params(item.document(), item.replacing()));
		}
		// making the rows is timed apart, so that what is left of the batch's time is the commit's
		long rows = System.nanoTime() - started;
		Map<String, Long> statements = new LinkedHashMap<>();
		try {
			List<String> ids = transaction.write(docs, statements);
			statements.merge("rows", rows, Long::sum);
			List<Written> written = new ArrayList<>(items.size());
			for (Map<String, Object> d : docs) {
				written.add(ids.contains((String) d.get("id")) ? counted(d) : new Written(false, 0, 0));
			}
			List<String> failures = new ArrayList<>(Collections.nCopies(items.size(), (String) null));
			long inStatements = statements.values().stream().mapToLong(Long::longValue).sum();
			return new BatchWritten(written, failures, statements, System.nanoTime() - started - inStatements);
		}
		catch (RuntimeException ex) {
			statements.merge("rows", rows, Long::sum);
			if (items.size() == 1) {
				return new BatchWritten(Collections.singletonList(null), List.of(message(ex)), statements,
						System.nanoTime() - started - statements.values().stream().mapToLong(Long::longValue).sum());
			}
			List<Written> written = new ArrayList<>(items.size());
			List<String> failures = new ArrayList<>(items.size());
			for (Item item : items) {
				BatchWritten one = inBatchOrAlone(List.of(item), transaction);
				written.add(one.written().get(0));
				failures.add(one.failures().get(0));
				one.statementNanos().forEach((k, v) -> statements.merge(k, v, Long::sum));
			}
			long inStatements = statements.values().stream().mapToLong(Long::longValue).sum();
			return new BatchWritten(written, failures, statements, System.nanoTime() - started - inStatements);
		}
	}

	private static String message(RuntimeException ex) {
		return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
	}

	/**
	 * Runs a batch's statements in one transaction: the documents, then each part over the rows of the documents
	 * written, then what they leave to settle. {@return the ids of the documents written}
	 */
	@SuppressWarnings("unchecked")
	private static List<String> run(TransactionContext tx, List<Map<String, Object>> docs, Map<String, Long> timings) {
		List<Map<String, Object>> heads = new ArrayList<>(docs.size());
		for (Map<String, Object> d : docs) {
			heads.add(Map.of("id", d.get("id"), "sha", d.get("sha"), "file", d.get("file"), "format", d.get("format"),
					"remove", d.get("remove"), "props", d.get("props"), "place", d.get("place")));
		}
		long t = System.nanoTime();
		List<String> ids = new ArrayList<>();
		Set<String> oldDerived = new LinkedHashSet<>();
		Set<String> oldProvisional = new LinkedHashSet<>();
		tx.run(PINNED + WRITE_DOCUMENTS, Map.of("docs", heads)).forEachRemaining(r -> {
			ids.add(r.get("id").asString());
			oldDerived.addAll(r.get("oldDerived").asList(v -> v.asString()));
			oldProvisional.addAll(r.get("oldProvisional").asList(v -> v.asString()));
		});
		t = timed(timings, "documents", t);
		Set<String> written = new HashSet<>(ids);
		List<Map<String, Object>> mine = docs.stream().filter(d -> written.contains((String) d.get("id"))).toList();
		for (Part part : PARTS) {
			List<Object> rows = new ArrayList<>();
			mine.forEach(d -> rows.addAll((List<Object>) d.get(part.rows())));
			if (!rows.isEmpty()) {
				tx.run(PINNED + part.statement(), Map.of("rows", rows)).consume();
				t = timed(timings, part.name(), t);
			}
		}
		Set<String> derived = new LinkedHashSet<>();
		mine.forEach(d -> derived.addAll((List<String>) d.get("derived")));
		if (!oldDerived.isEmpty() || !derived.isEmpty() || !oldProvisional.isEmpty()) {
			tx.run(PINNED + SETTLE, Map.of("oldDerived", List.copyOf(oldDerived), "derived", List.copyOf(derived), "oldProvisional",
					List.copyOf(oldProvisional))).consume();
			timed(timings, "settle", t);
		}
		return ids;
	}

	private static long timed(Map<String, Long> timings, String statement, long since) {
		long now = System.nanoTime();
		timings.merge(statement, now - since, Long::sum);
		return now;
	}

	private static Written counted(Map<String, Object> params) {
		return new Written(true, ((List<?>) params.get("measures")).size(), (Integer) params.get("factCount"));
	}

	/** {@return the nodes and relationships a document's write creates, about; to bound a batch by rows} */
	public static int rows(DocumentToWrite doc) {
		int rows = 2 + 2 * doc.document().sections().size();
		for (ExtractedMeasure m : doc.document().measures()) {
			rows += 2 + m.mentions().size();
			MeasureLinks ml = doc.links().get(m.ordinal());
			if (ml != null) {
				rows += ml.places().size() + ml.links().chains().size() + 2 * ml.links().parks().size()
						+ 2 * ml.links().projects().size() + 2 * ml.links().targets().size();
			}
		}
		return rows;
	}

	/**
	 * Records a file as holding a stored document in another format (ADR 0012): its {@code SourceFile}, keyed by
	 * its digest, {@code CONTAINS} the document, whose facts stay those of the file that created it.
	 *
	 * @return whether the document exists
	 */
	public boolean contain(String documentId, String sourceFile, String sha256, String format) {
		try (var session = this.driver.session()) {
			return session.executeWrite(tx -> tx.run("""
					MATCH (d:Document {id: $id})
					MERGE (f:SourceFile {sha256: $sha}) ON CREATE SET f.name = $file
					SET f.format = $format
					MERGE (f)-[:CONTAINS]->(d)
					RETURN d.id AS id""", Map.of("id", documentId, "sha", sha256, "file", sourceFile, "format", format))
				.hasNext());
		}
	}

	/**
	 * Removes a document: its sections, measures, targets and responsibility facts, then whatever only it
	 * held up (parks and projects nothing else supports, provisional bodies with no fact left), and marks it
	 * retired on its file so that loading the same file again at start-up does not bring it back.
	 *
	 * @return whether the document existed
	 */
	public boolean delete(String id) {
		try (var session = this.driver.session()) {
			return session.executeWrite(tx -> {
				if (tx.run("MATCH (d:Document {id: $id}) RETURN count(d) AS c", Map.of("id", id)).single().get("c").asLong() == 0) {
					return false;
				}
				tx.run(DELETE_DOCUMENT, Map.of("remove", List.of(id), "derived", List.of())).consume();
				return true;
			});
		}
	}

	/**
	 * Removes the documents {@code $remove} and collects, before they go, what may be left hanging: the parks
	 * and projects their measures support ({@code oldDerived}) and the provisional bodies on them
	 * ({@code oldProvisional}). {@link #REFRESH} then settles both. Each starts from the document's measures and
	 * expands from them in a pattern comprehension, which the planner cannot turn around: with a {@code MATCH}, even
	 * after {@code WITH m}, a store holding few parks or provisional bodies had it scan those and expand back to the
	 * measures (WritePlansIT after other tests' data).
	 */
	private static final String REMOVE = """
			CALL () {
			  UNWIND $remove AS rid
			  MATCH (m:Measure {documentId: rid})
			  UNWIND [(m)-[:SUPPORTS]->(t) WHERE t:Park OR t:Project | t.id] AS tid
			  RETURN collect(DISTINCT tid) AS oldDerived
			}
			CALL () {
			  UNWIND $remove AS rid
			  MATCH (m:Measure {documentId: rid})
			  // coalesce keeps the planner from starting at the index of provisional agencies and expanding into the
			  // measure, a plan it chose on some stores (WritePlansIT) and that grows with the provisional bodies
			  UNWIND [(m)<-[:%1$s]-(a:Agency) WHERE coalesce(a.provisional, false) | a.id] AS pid
			  RETURN collect(DISTINCT pid) AS oldProvisional
			}
			CALL () {
			  UNWIND $remove AS rid
			  MATCH (old:Document {id: rid})
			  CALL (old) {
			    MATCH (src:SourceFile)-[:CONTAINS]->(old)
			    SET src.retired = coalesce(src.retired, []) + old.id
			  }
			  CALL (rid) {
			    MATCH (x:Measure {documentId: rid})
			    OPTIONAL MATCH (x)-[:HAS_TARGET]->(t:Target)
			    DETACH DELETE t, x
			  }
			  CALL (rid) {
			    MATCH (x:Section {documentId: rid})
			    DETACH DELETE x
			  }
			  DETACH DELETE old
			}""".formatted(Vocabulary.RESPONSIBILITY);

	/**
	 * Parks and projects ({@code oldDerived} and {@code $derived}) are facts of the measures that support
	 * them: one nothing supports any more goes; the chains a park hosts, the chains a project belongs to and
	 * where a project is are rebuilt from the measures that remain, and a project's figures are the first
	 * its measures state, in document order. So the graph is the same whatever order documents came and went
	 * in. Provisional bodies left with no fact go too.
	 */
	private static final String REFRESH = """
			CALL (oldDerived) {
			  UNWIND oldDerived AS tid
			  CALL (tid) {
			    MATCH (t:Park {id: tid}) RETURN t
			    UNION MATCH (t:Project {id: tid}) RETURN t
			  }
			  WITH t WHERE NOT EXISTS { (t)<-[:SUPPORTS]-(:Measure) }
			  DETACH DELETE t
			}
			CALL (oldDerived) {
			  UNWIND oldDerived + $derived AS tid
			  WITH DISTINCT tid
			  MATCH (k:Park {id: tid})
			  CALL (k) {
			    MATCH (k)-[h:HOSTS]->() DELETE h
			  }
			  CALL (k) {
			    MATCH (k)<-[:SUPPORTS]-(:Measure)-[:SUPPORTS]->(c) WHERE c:Chain OR c:ChainSegment
			    WITH DISTINCT k, c
			    MERGE (k)-[:HOSTS]->(c)
			  }
			}
			CALL (oldDerived) {
			  UNWIND oldDerived + $derived AS tid
			  WITH DISTINCT tid
			  MATCH (x:Project {id: tid})
			  CALL (x) {
			    MATCH (x)-[e:BELONGS_TO|LOCATED_IN]->() DELETE e
			  }
			  CALL (x) {
			    MATCH (x)<-[s:SUPPORTS]-(m:Measure)
			    WITH s ORDER BY m.documentId, m.ordinal
			    WITH collect(s) AS ss
			    SET x.investmentYi = [s IN ss WHERE s.investmentYi IS NOT NULL | s.investmentYi][0],
			        x.status = [s IN ss WHERE s.status IS NOT NULL | s.status][0],
			        x.year = [s IN ss WHERE s.year IS NOT NULL | s.year][0]
			  }
			  CALL (x) {
			    MATCH (x)<-[:SUPPORTS]-(:Measure)-[:SUPPORTS]->(c) WHERE c:Chain OR c:ChainSegment
			    WITH DISTINCT x, c
			    MERGE (x)-[:BELONGS_TO]->(c)
			  }
			  CALL (x) {
			    MATCH (x)<-[:SUPPORTS]-(m:Measure)
			    WITH x, m, [(m)-[:SUPPORTS]->(k:Park) | k] AS parks
			    OPTIONAL MATCH (pl:Place {id: x.place})
			    WITH DISTINCT x, CASE WHEN size(parks) = 1 THEN parks[0] ELSE pl END AS where
			    WHERE where IS NOT NULL
			    MERGE (x)-[:LOCATED_IN]->(where)
			  }
			}
			CALL (oldProvisional) {
			  UNWIND oldProvisional AS pid
			  MATCH (a:Agency {id: pid, provisional: true}) WHERE NOT (a)-[:%1$s]->()
			  DETACH DELETE a
			}""".formatted(Vocabulary.RESPONSIBILITY);

	static final String DELETE_DOCUMENT = REMOVE + "\n" + REFRESH;

	/**
	 * Every write statement keeps its first plan. Neo4j otherwise plans a statement again whenever the store's
	 * counts have moved far since it was planned, which during a load of an empty store is every few batches, and
	 * a plan costs more than the batch it serves (issue 22). The plans do not depend on counts: every node is
	 * found by a uniqueness constraint's index.
	 */
	static final String PINNED = "CYPHER replan=skip\n";

	/**
	 * The first statement of a batch: for each document, its source file merged first (the unique key serialises
	 * two writers of the same bytes, and the second finds the document there and writes nothing, unless it
	 * replaces it), the documents it replaces removed, then the document node. It returns the documents written,
	 * with what their removals may have left hanging; the statements after it ({@link #PARTS}) take only their rows.
	 */
	static final String WRITE_DOCUMENTS = String.join("\n", """
			UNWIND $docs AS doc
			CALL (doc) {
			  MERGE (f:SourceFile {sha256: doc.sha}) ON CREATE SET f.name = doc.file
			  SET f.format = doc.format
			  WITH f, doc WHERE doc.id IN doc.remove OR NOT EXISTS { MATCH (:Document {id: doc.id}) }
			  // the files in other formats recorded as containing the document (ADR 0012) keep containing it when it is written again
			  CALL (f, doc) {
			    // from the document's unique index: on a young store the planner would rather scan the few files, and
			    // the plan is kept (PINNED)
			    OPTIONAL MATCH (o:SourceFile)-[:CONTAINS]->(x:Document {id: doc.id}) USING INDEX x:Document(id) WHERE o <> f
			    RETURN collect(DISTINCT o) AS others
			  }""",
			perDocument(REMOVE),
			"""
			  CREATE (d:Document) SET d = doc.props
			  CREATE (f)-[:CONTAINS]->(d)
			  FOREACH (o IN others | MERGE (o)-[:CONTAINS]->(d) SET o.retired = [x IN coalesce(o.retired, []) WHERE x <> doc.id])
			  WITH d, doc, oldDerived, oldProvisional
			  CALL (d, doc) {
			    MATCH (p:Place {id: doc.place})
			    CREATE (d)-[:IN_JURISDICTION]->(p)
			  }
			  RETURN d.id AS id, oldDerived, oldProvisional
			}
			RETURN id, oldDerived, oldProvisional""");

	/** {@link #REMOVE} inside the per-document subquery: its list of ids is the document's own. */
	private static String perDocument(String statement) {
		return statement.replace("$remove", "doc.remove").replace("CALL () {", "CALL (doc) {").indent(2).stripTrailing();
	}

	/**
	 * The rest of a batch, one statement per kind of row over the rows of every document written, in this order
	 * (a section's parent section before the section is hung, measures before their facts and links). Each finds
	 * its nodes by a uniqueness constraint's index. A part with no rows is not sent. A fixed, small set of
	 * statements means one plan each for the life of the database (ADR 0007), shared by every batch.
	 */
	static final List<Part> PARTS = List.of(
			children("sections", "Section", "HAS_SECTION"),
			children("measures", "Measure", "HAS_MEASURE"),
			new Part("provisional", """
					UNWIND $rows AS r
					MERGE (a:Agency {id: r.id})
					ON CREATE SET a.name = r.name, a.provisional = true, a.place = r.place, a.aliasText = r.name
					WITH a, r
					MATCH (p:Place {id: r.place})
					MERGE (a)-[:SERVES]->(p)"""),
			responsibility("agencyLeads", "Agency", Vocabulary.LEADS),
			responsibility("agencyShares", "Agency", Vocabulary.RESPONSIBLE_FOR),
			responsibility("groupLeads", "AgencyGroup", Vocabulary.LEADS),
			responsibility("groupShares", "AgencyGroup", Vocabulary.RESPONSIBLE_FOR),
			responsibility("organisationLeads", "Organisation", Vocabulary.LEADS),
			responsibility("organisationShares", "Organisation", Vocabulary.RESPONSIBLE_FOR),
			supports("chains", "Chain"),
			supports("segments", "ChainSegment"),
			supports("places", "Place"),
			new Part("parks", """
					UNWIND $rows AS r
					MERGE (p:Park {id: r.target}) ON CREATE SET p.name = r.name, p.place = r.place, p.aliasText = r.name
					WITH p, r
					MATCH (m:Measure {id: r.measure})
					MERGE (m)-[s:SUPPORTS]->(p) SET s = r.props
					WITH p, r
					MATCH (pl:Place {id: r.place})
					MERGE (p)-[:LOCATED_IN]->(pl)"""),
			// a park hosts the chains its measures support: new measures only add to that, so a batch that removes
			// nothing adds their chains here, instead of rebuilding every park it names from all its measures
			// the measure and the park are found first, each row in a subquery of its own, then the chains from the
			// measure: written as one pattern (or as one query with WITH), the planner on some store statistics scanned
			// an index and joined (a cartesian product), a cost that grows with the store
			new Part("parks", "parkHosts", """
					UNWIND $rows AS r
					CALL (r) {
					  MATCH (m:Measure {id: r.measure})
					  MATCH (k:Park {id: r.target})
					  CALL (m, k) {
					    MATCH (m)-[:SUPPORTS]->(c) WHERE c:Chain OR c:ChainSegment
					    MERGE (k)-[:HOSTS]->(c)
					  }
					}"""),
			new Part("projects", """
					UNWIND $rows AS r
					MERGE (x:Project {id: r.target}) ON CREATE SET x.name = r.name, x.place = r.place
					WITH x, r
					MATCH (m:Measure {id: r.measure})
					MERGE (m)-[s:SUPPORTS]->(x) SET s = r.props"""),
			new Part("targets", """
					UNWIND $rows AS r
					MATCH (m:Measure {id: r.measure})
					CREATE (m)-[:HAS_TARGET]->(t:Target) SET t = r.props"""));

	/**
	 * The last statement of a batch: projects the batch names, and parks, projects and provisional bodies its
	 * removals left hanging, settled once for the batch ({@link #REFRESH} rebuilds each from the measures that
	 * remain, so once per batch gives what once per document gave).
	 */
	static final String SETTLE = "WITH $oldDerived AS oldDerived, $oldProvisional AS oldProvisional\n" + REFRESH;

	/**
	 * One write statement over rows of one kind.
	 *
	 * @param rows the name of the rows in a document's parameters
	 * @param statement the statement, over {@code $rows}
	 */
	record Part(String rows, String name, String statement) {

		Part(String rows, String statement) {
			this(rows, rows, statement);
		}

	}

	/** Sections or measures: created first, then hung under their section or the document. */
	private static Part children(String rows, String label, String relationship) {
		return new Part(rows, """
				CALL () {
				  UNWIND $rows AS r
				  CREATE (n:%1$s) SET n = r.props
				}
				CALL () {
				  UNWIND $rows AS r
				  MATCH (n:%1$s {id: r.id})
				  OPTIONAL MATCH (ps:Section {id: r.parent})
				  OPTIONAL MATCH (pd:Document {id: r.parent})
				  WITH n, coalesce(ps, pd) AS parent
				  CREATE (parent)-[:%2$s]->(n)
				}""".formatted(label, relationship));
	}

	/** The LEADS or RESPONSIBLE_FOR relationships from the bodies of one label, one per body, measure and type. */
	private static Part responsibility(String rows, String label, String type) {
		return new Part(rows, """
				UNWIND $rows AS r
				MATCH (a:%s {id: r.agent}), (m:Measure {id: r.measure})
				MERGE (a)-[x:%s]->(m) SET x = r.props""".formatted(label, type));
	}

	/** SUPPORTS relationships to nodes of the reference data (chains, segments, places), one per measure and target. */
	private static Part supports(String rows, String label) {
		return new Part(rows, """
				UNWIND $rows AS r
				MATCH (m:Measure {id: r.measure}), (t:%s {id: r.target})
				MERGE (m)-[s:SUPPORTS]->(t) SET s = r.props""".formatted(label));
	}

	static Map<String, Object> params(DocumentToWrite w, List<String> replacing) {
		ExtractedDocument d = w.document();
		Map<String, Object> props = new HashMap<>();
		props.put("id", w.id());
		props.put("title", d.title());
		props.put("name", d.title());
		props.put("noticeTitle", d.noticeTitle());
		props.put("issuer", d.issuer());
		props.put("docNo", d.docNo());
		props.put("issuedOn", d.issuedOn());
		props.put("kind", d.kind());
		props.put("validFrom", d.validFrom());
		props.put("validTo", d.validTo());
		props.put("validitySource", d.validity().source());
		props.put("sourceFile", w.sourceFile());
		props.put("sha256", w.sha256());
		props.put("lineStart", d.lineStart());
		props.put("lineEnd", d.lineEnd());
		props.put("format", d.source().format().label());
		props.put("unitsDigest", d.unitsDigest());
		props.put("jurisdiction", w.jurisdiction());
		props.put("jurisdictionEvidence", w.jurisdictionEvidence());
		props.put("flags", d.flags());
		props.put("measureCount", d.measures().size());
		props.put("unitCount", d.responsibilityUnits().size());
		if (w.history() != null) {
			props.put("supersedes", w.history().ids());
			props.put("supersededSha256", w.history().sha256());
			props.put("supersededAt", w.history().at());
		}
		props.values().removeIf(v -> v == null);

		Map<String, String> sectionIds = new LinkedHashMap<>();
		List<Map<String, Object>> sections = new ArrayList<>();
		int n = 0;
		for (ExtractedSection s : d.sections()) {
			String id = w.id() + "-s" + (++n);
			String parentPath = s.path().contains("/") ? s.path().substring(0, s.path().lastIndexOf('/')) : "";
			sectionIds.put(s.path(), id);
			sections.add(Map.of("id", id, "parent", sectionIds.getOrDefault(parentPath, w.id()), "props",
					Map.of("id", id, "path", s.path(), "kind", s.kind(), "title", s.title() == null ? "" : s.title(),
							"name", s.title() == null ? s.path() : s.title(), "lineStart", s.lineStart(), "lineEnd",
							s.lineEnd(), "documentId", w.id(), "order", n)));
		}

		List<Map<String, Object>> measures = new ArrayList<>();
		Map<String, Map<String, Map<String, Object>>> factsByLabel = new HashMap<>();
		Map<String, Map<String, Map<String, Object>>> linkRows = new HashMap<>();
		for (ExtractedMeasure m : d.measures()) {
			String id = w.id() + "-m" + m.ordinal();
			Map<String, Object> mp = new HashMap<>();
			mp.put("id", id);
			mp.put("ordinal", m.ordinal());
			mp.put("path", m.path());
			mp.put("title", m.title());
			mp.put("text", m.text());
			mp.put("lineStart", m.lineStart());
			mp.put("lineEnd", m.lineEnd());
			if (m.lines() != null && m.lines().offsets().length > 1) {
				// where each physical line starts in the text: a reviewer's split narrows each part to its lines (ADR 0013)
				mp.put("lineOffsets", Arrays.stream(m.lines().offsets()).boxed().toList());
				mp.put("lineNumbers", Arrays.stream(m.lines().lines()).boxed().toList());
			}
			origin(mp, d.source().origin(m.lineStart()));
			mp.put("raw", m.raw());
			mp.put("form", m.form());
			mp.put("flags", flags(m, w.resolved()));
			mp.put("openList", m.openList());
			mp.put("sourceFile", w.sourceFile());
			mp.put("documentId", w.id());
			mp.put("hasLead", !m.withRole(Role.LEAD).isEmpty());
			MeasureLinks ml = w.links().get(m.ordinal());
			if (ml != null) {
				addFunding(mp, ml.links());
				linkRows(id, m, ml, w, linkRows);
			}
			mp.values().removeIf(v -> v == null);
			measures.add(Map.of("id", id, "parent", sectionIds.getOrDefault(m.path(), w.id()), "props", mp));
			for (Mention x : m.mentions()) {
				Resolved r = w.resolved().get(x.surface());
				if (r != null) {
					fact(factsByLabel.computeIfAbsent(r.label(), k -> new LinkedHashMap<>()), r.id(), id, m, x, w);
				}
			}
		}
		for (String label : factsByLabel.keySet()) {
			if (!Vocabulary.BODIES.contains(label)) {
				throw new IllegalArgumentException("not a body label: " + label);
			}
		}
		String place = w.jurisdiction() == null ? "" : w.jurisdiction();
		List<Map<String, Object>> provisional = new ArrayList<>();
		for (Resolved r : w.resolved().values()) {
			if (r.provisional()) {
				String name = r.id().substring(r.id().indexOf(":?") + 2);
				provisional.add(Map.of("id", r.id(), "name", name, "place", place));
			}
		}

		Map<String, Object> params = new HashMap<>();
		params.put("file", w.sourceFile());
		params.put("format", d.source().format().label());
		params.put("sha", w.sha256());
		params.put("id", w.id());
		params.put("remove", replacing);
		params.put("props", props);
		params.put("place", place);
		params.put("sections", sections);
		params.put("measures", measures);
		params.put("provisional", provisional);
		int facts = 0;
		for (var e : Map.of("Agency", "agency", "AgencyGroup", "group", "Organisation", "organisation").entrySet()) {
			List<Map<String, Object>> leads = new ArrayList<>();
			List<Map<String, Object>> shares = new ArrayList<>();
			for (Map<String, Object> row : factsByLabel.getOrDefault(e.getKey(), Map.of()).values()) {
				(Boolean.TRUE.equals(row.get("lead")) ? leads : shares).add(row);
			}
			params.put(e.getValue() + "Leads", leads);
			params.put(e.getValue() + "Shares", shares);
			facts += leads.size() + shares.size();
		}
		for (String kind : List.of("Chain", "ChainSegment", "Place", "Park", "Project", "Target")) {
			params.put(switch (kind) {
				case "Chain" -> "chains";
				case "ChainSegment" -> "segments";
				case "Place" -> "places";
				case "Park" -> "parks";
				case "Project" -> "projects";
				default -> "targets";
			}, List.copyOf(linkRows.getOrDefault(kind, Map.of()).values()));
		}
		// projects are settled from all their measures (their figures are the first stated, in document order); parks
		// a batch only adds to are not (PARTS, parkHosts)
		List<String> derived = new ArrayList<>();
		linkRows.getOrDefault("Project", Map.of()).values().forEach(r -> derived.add((String) r.get("target")));
		params.put("derived", derived);
		params.put("factCount", facts);
		return params;
	}

	/**
	 * Adds a mention to the facts of a measure: one relationship per body, measure and type. A body named
	 * twice (two names of one body, 市科委、中关村管委会) keeps its first position and surface and lists every
	 * surface; named explicitly and by an inherited rule, it is explicit.
	 */
	private static void fact(Map<String, Map<String, Object>> facts, String agent, String measure, ExtractedMeasure m,
			Mention x, DocumentToWrite w) {
		boolean lead = x.role() == Role.LEAD;
		boolean inherited = x.role() == Role.INHERITED;
		Map<String, Object> row = facts.get(agent + "|" + measure + "|" + lead);
		if (row != null) {
			@SuppressWarnings("unchecked")
			Map<String, Object> ep = (Map<String, Object>) row.get("props");
			@SuppressWarnings("unchecked")
			List<String> surfaces = (List<String>) ep.get("surfaces");
			if (!surfaces.contains(x.surface())) {
				surfaces.add(x.surface());
			}
			if (!inherited && Boolean.TRUE.equals(ep.get("inherited"))) {
				ep.put("inherited", false);
				ep.put("role", x.role().name().toLowerCase());
				ep.put("roleWord", x.roleWord());
				ep.put("form", x.form());
			}
			return;
		}
		Map<String, Object> ep = new HashMap<>();
		ep.put("role", x.role().name().toLowerCase());
		ep.put("surface", x.surface());
		ep.put("surfaces", new ArrayList<>(List.of(x.surface())));
		ep.put("position", x.position());
		ep.put("roleWord", x.roleWord());
		ep.put("form", x.form());
		ep.put("inherited", inherited);
		ep.put("openList", m.openList());
		ep.put("sourceFile", w.sourceFile());
		ep.put("lineStart", m.lineStart());
		ep.put("lineEnd", m.lineEnd());
		origin(ep, w.document().source().origin(m.lineStart()));
		ep.put("raw", edgeRaw(m.raw()));
		ep.put("documentId", w.id());
		facts.put(agent + "|" + measure + "|" + lead, Map.of("agent", agent, "measure", measure, "lead", lead, "props", ep));
	}

	/**
	 * The annotation as written, for the edge's provenance. Real annotations are a few dozen characters;
	 * a pathological one (thousands of bodies in one bracket) is cut here, since the measure keeps it whole
	 * and copying it onto every edge would multiply it by the number of bodies.
	 */
	static String edgeRaw(String raw) {
		return raw == null || raw.length() <= MAX_EDGE_RAW ? raw : raw.substring(0, MAX_EDGE_RAW) + "…";
	}

	static final int MAX_EDGE_RAW = 1000;

	/** Where the first line stands in the published file: page (PDF), paragraph and table row (Word, HTML), sheet and row (Excel). */
	private static void origin(Map<String, Object> props, Origin origin) {
		if (origin == null) {
			return;
		}
		if (origin.page() != null) {
			props.put("page", origin.page());
		}
		if (origin.paragraph() != null) {
			props.put("paragraph", origin.paragraph());
		}
		if (origin.sheet() != null) {
			props.put("sheet", origin.sheet());
		}
		if (origin.row() != null) {
			props.put("row", origin.row());
		}
	}

	private static void addFunding(Map<String, Object> mp, Links links) {
		if (links.funding().isEmpty()) {
			return;
		}
		Long cap = null;
		List<String> basis = new ArrayList<>();
		for (Links.FundingMention f : links.funding()) {
			if (f.capYuan() != null) {
				cap = cap == null ? f.capYuan() : Math.max(cap, f.capYuan());
			}
			basis.add(f.basis());
		}
		mp.put("fundingCapYuan", cap);
		mp.put("fundingBasis", basis);
		mp.put("fundingText", links.funding().stream().map(Links.FundingMention::surface).toList());
	}

	/**
	 * Collects the support rows of one measure: chains, segments, parks, projects, places, targets. A target
	 * named twice in a measure is one row (one relationship), with the first mention as its evidence.
	 */
	private static void linkRows(String measureId, ExtractedMeasure m, MeasureLinks ml, DocumentToWrite w,
			Map<String, Map<String, Map<String, Object>>> rows) {
		String place = w.jurisdiction() == null ? "unknown" : w.jurisdiction();
		Links links = ml.links();
		for (Links.ChainMention c : links.chains()) {
			String target = c.segment() == null ? c.chain() : c.segment();
			rows.computeIfAbsent(c.segment() == null ? "Chain" : "ChainSegment", k -> new LinkedHashMap<>())
				.putIfAbsent(measureId + "|" + target,
						Map.of("measure", measureId, "target", target, "props", evidence(m, w, c.surface(), c.start())));
		}
		for (Links.ParkMention p : links.parks()) {
			String parkId = place + ":" + p.name();
			rows.computeIfAbsent("Park", k -> new LinkedHashMap<>())
				.putIfAbsent(measureId + "|" + parkId, Map.of("measure", measureId, "target", parkId, "name", p.name(),
						"place", place, "props", evidence(m, w, p.name(), p.start())));
		}
		for (Links.ProjectMention p : links.projects()) {
			String projectId = place + ":" + p.name();
			Map<String, Object> props = new HashMap<>(evidence(m, w, p.name(), p.start()));
			props.put("investmentYi", p.investmentYi());
			props.put("status", p.status());
			props.put("year", p.year());
			props.values().removeIf(v -> v == null);
			rows.computeIfAbsent("Project", k -> new LinkedHashMap<>())
				.putIfAbsent(measureId + "|" + projectId,
						Map.of("measure", measureId, "target", projectId, "name", p.name(), "place", place, "props", props));
		}
		for (String placeId : ml.places()) {
			rows.computeIfAbsent("Place", k -> new LinkedHashMap<>())
				.putIfAbsent(measureId + "|" + placeId,
						Map.of("measure", measureId, "target", placeId, "props", evidence(m, w, placeId, 0)));
		}
		int k = 0;
		for (Links.TargetMention t : links.targets()) {
			Map<String, Object> props = new HashMap<>();
			props.put("id", measureId + "-t" + (++k));
			props.put("metric", t.metric());
			props.put("value", t.value());
			props.put("unit", t.unit());
			props.put("comparator", t.comparator());
			props.put("year", t.year());
			props.put("text", t.surface());
			props.put("name", t.surface());
			props.put("sourceFile", w.sourceFile());
			props.put("line", m.lines().lineAt(t.start()));
			props.values().removeIf(v -> v == null);
			rows.computeIfAbsent("Target", x -> new LinkedHashMap<>()).put((String) props.get("id"),
					Map.of("measure", measureId, "props", props));
		}
	}

	private static Map<String, Object> evidence(ExtractedMeasure m, DocumentToWrite w, String surface, int offset) {
		return Map.of("surface", surface, "sourceFile", w.sourceFile(), "line", m.lines().lineAt(offset), "documentId", w.id());
	}

	/** The unit's review flags, with {@code unresolved-name} when a body it names is provisional. */
	private static List<String> flags(ExtractedMeasure m, Map<String, Resolved> resolved) {
		boolean unresolved = m.mentions().stream().map(x -> resolved.get(x.surface())).anyMatch(r -> r != null && r.provisional());
		if (!unresolved) {
			return m.flags();
		}
		List<String> out = new ArrayList<>(m.flags());
		out.add(ExtractedMeasure.Flag.UNRESOLVED_NAME.label());
		return out;
	}

}
