package io.policygraph.graph;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import io.policygraph.graph.DocumentGraphWriter.BatchWritten;
import io.policygraph.graph.DocumentGraphWriter.Item;
import io.policygraph.graph.DocumentGraphWriter.Part;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;

/**
 * Writes batches of documents into the database this process runs (ADR 0020), through the kernel's Core API in one
 * transaction per batch: nodes found by their uniqueness constraint's index ({@code findNode}), created, linked and
 * given their properties directly, with no Cypher to parse or plan and no Bolt between the application and the
 * store. It takes the rows {@link DocumentGraphWriter#params} makes, and does with each what the Cypher writer's
 * statement for it does ({@link DocumentGraphWriter#PARTS}, one handler per part, checked at construction), so the
 * two writers give the same graph ({@code WritersGiveTheSameGraphIT}).
 * <p>
 * Three things stay Cypher, run inside the same transaction: the {@code MERGE} of a document's {@code SourceFile}
 * (its locking unique-index seek is what makes two concurrent ingests of one file queue behind each other, and the
 * Core API has no such seek), a document that replaces others ({@link DocumentGraphWriter#WRITE_DOCUMENTS}: removals
 * are rare and their rules live there), and the batch's last statement ({@link DocumentGraphWriter#SETTLE}).
 */
public final class EmbeddedDocumentWriter implements DocumentWriter {

	/** Deadlocks and other transient failures are retried, as the driver's {@code executeWrite} does. */
	private static final int ATTEMPTS = 5;

	private static final String MERGE_FILE = DocumentGraphWriter.PINNED + """
			MERGE (f:SourceFile {sha256: $sha}) ON CREATE SET f.name = $file
			SET f.format = $format
			RETURN f""";

	private static final Label DOCUMENT = Label.label(Vocabulary.DOCUMENT);

	private static final Label SECTION = Label.label(Vocabulary.SECTION);

	private static final Label MEASURE = Label.label(Vocabulary.MEASURE);

	private static final Label AGENCY = Label.label(Vocabulary.AGENCY);

	private static final Label PLACE = Label.label(Vocabulary.PLACE);

	private static final Label PARK = Label.label(Vocabulary.PARK);

	private static final Label PROJECT = Label.label(Vocabulary.PROJECT);

	private static final Label TARGET = Label.label(Vocabulary.TARGET);

	private static final Label CHAIN = Label.label(Vocabulary.CHAIN);

	private static final Label CHAIN_SEGMENT = Label.label(Vocabulary.CHAIN_SEGMENT);

	private static final RelationshipType SUPPORTS = RelationshipType.withName(Vocabulary.SUPPORTS);

	private static final RelationshipType CONTAINS = RelationshipType.withName("CONTAINS");

	private static final RelationshipType IN_JURISDICTION = RelationshipType.withName("IN_JURISDICTION");

	private static final RelationshipType SERVES = RelationshipType.withName("SERVES");

	private static final RelationshipType LOCATED_IN = RelationshipType.withName("LOCATED_IN");

	private static final RelationshipType HOSTS = RelationshipType.withName("HOSTS");

	private static final RelationshipType HAS_TARGET = RelationshipType.withName("HAS_TARGET");

	private final GraphDatabaseService database;

	/** What each part's rows do, by the part's name, in {@link DocumentGraphWriter#PARTS}'s order. */
	private final Map<String, BiConsumer<Batch, Map<String, Object>>> handlers = new HashMap<>();

	public EmbeddedDocumentWriter(GraphDatabaseService database) {
		this.database = database;
		this.handlers.put("sections", (b, r) -> b.child(r, SECTION));
		this.handlers.put("measures", (b, r) -> b.child(r, MEASURE));
		this.handlers.put("provisional", Batch::provisional);
		this.handlers.put("agencyLeads", (b, r) -> b.fact(r, Vocabulary.AGENCY, Vocabulary.LEADS));
		this.handlers.put("agencyShares", (b, r) -> b.fact(r, Vocabulary.AGENCY, Vocabulary.RESPONSIBLE_FOR));
		this.handlers.put("groupLeads", (b, r) -> b.fact(r, Vocabulary.AGENCY_GROUP, Vocabulary.LEADS));
		this.handlers.put("groupShares", (b, r) -> b.fact(r, Vocabulary.AGENCY_GROUP, Vocabulary.RESPONSIBLE_FOR));
		this.handlers.put("organisationLeads", (b, r) -> b.fact(r, Vocabulary.ORGANISATION, Vocabulary.LEADS));
		this.handlers.put("organisationShares", (b, r) -> b.fact(r, Vocabulary.ORGANISATION, Vocabulary.RESPONSIBLE_FOR));
		this.handlers.put("chains", (b, r) -> b.supports(r, CHAIN));
		this.handlers.put("segments", (b, r) -> b.supports(r, CHAIN_SEGMENT));
		this.handlers.put("places", (b, r) -> b.supports(r, PLACE));
		this.handlers.put("parks", Batch::park);
		this.handlers.put("parkHosts", Batch::parkHosts);
		this.handlers.put("projects", Batch::project);
		this.handlers.put("targets", Batch::target);
		Set<String> parts = DocumentGraphWriter.PARTS.stream().map(Part::name).collect(Collectors.toSet());
		if (!parts.equals(this.handlers.keySet())) {
			// a part added to the Cypher writer must be written here too, or the two graphs would differ
			throw new IllegalStateException("the embedded writer handles " + this.handlers.keySet()
					+ " but the Cypher writer's parts are " + parts);
		}
	}

	@Override
	public BatchWritten write(List<Item> items) {
		return DocumentGraphWriter.inBatchOrAlone(items, this::transaction);
	}

	private List<String> transaction(List<Map<String, Object>> docs, Map<String, Long> statementNanos) {
		for (int attempt = 1;; attempt++) {
			statementNanos.clear();
			try (Transaction tx = this.database.beginTx()) {
				List<String> ids = new Batch(tx, statementNanos).write(docs);
				tx.commit();
				return ids;
			}
			catch (TransientFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/** One batch's transaction, with the nodes it has found or made, by label and id. */
	private final class Batch {

		private final Transaction tx;

		private final Map<String, Long> timings;

		private final Map<Label, Map<String, Node>> nodes = new HashMap<>();

		/** Relationships a {@code MERGE} must not repeat: from-node, type, to-node, as loaded or made in this batch. */
		private final Map<String, Set<String>> merged = new HashMap<>();

		private long since = System.nanoTime();

		Batch(Transaction tx, Map<String, Long> timings) {
			this.tx = tx;
			this.timings = timings;
		}

		@SuppressWarnings("unchecked")
		List<String> write(List<Map<String, Object>> docs) {
			List<String> ids = new ArrayList<>();
			Set<String> oldDerived = new LinkedHashSet<>();
			Set<String> oldProvisional = new LinkedHashSet<>();
			Map<String, Node> files = new HashMap<>();
			for (Map<String, Object> d : docs) {
				if (!((List<String>) d.get("remove")).isEmpty()) {
					replacing(d, ids, oldDerived, oldProvisional);
					continue;
				}
				String sha = (String) d.get("sha");
				Node file = files.get(sha);
				if (file == null) {
					try (Result r = this.tx.execute(MERGE_FILE, Map.of("sha", sha, "file", d.get("file"), "format", d.get("format")))) {
						file = (Node) r.next().get("f");
					}
					files.put(sha, file);
				}
				String id = (String) d.get("id");
				if (node(DOCUMENT, id) != null) {
					continue;
				}
				Node doc = create(DOCUMENT, id, (Map<String, Object>) d.get("props"));
				file.createRelationshipTo(doc, CONTAINS);
				Node place = node(PLACE, (String) d.get("place"));
				if (place != null) {
					doc.createRelationshipTo(place, IN_JURISDICTION);
				}
				ids.add(id);
			}
			timed("documents");
			Set<String> written = new HashSet<>(ids);
			List<Map<String, Object>> mine = docs.stream().filter(d -> written.contains((String) d.get("id"))).toList();
			for (Part part : DocumentGraphWriter.PARTS) {
				BiConsumer<Batch, Map<String, Object>> handler = EmbeddedDocumentWriter.this.handlers.get(part.name());
				boolean any = false;
				for (Map<String, Object> d : mine) {
					for (Map<String, Object> row : (List<Map<String, Object>>) d.get(part.rows())) {
						handler.accept(this, row);
						any = true;
					}
				}
				if (any) {
					timed(part.name());
				}
			}
			Set<String> derived = new LinkedHashSet<>();
			mine.forEach(d -> derived.addAll((List<String>) d.get("derived")));
			if (!oldDerived.isEmpty() || !derived.isEmpty() || !oldProvisional.isEmpty()) {
				this.tx.execute(DocumentGraphWriter.PINNED + DocumentGraphWriter.SETTLE, Map.of("oldDerived",
						List.copyOf(oldDerived), "derived", List.copyOf(derived), "oldProvisional", List.copyOf(oldProvisional)))
					.close();
				timed("settle");
			}
			return ids;
		}

		/**
		 * A document that replaces others, by the Cypher writer's own statement. Its removals may delete parks and
		 * provisional bodies, so what this batch has found so far is forgotten.
		 */
		private void replacing(Map<String, Object> d, List<String> ids, Set<String> oldDerived, Set<String> oldProvisional) {
			Map<String, Object> head = new HashMap<>();
			for (String k : List.of("id", "sha", "file", "format", "remove", "props", "place")) {
				head.put(k, d.get(k));
			}
			try (Result r = this.tx.execute(DocumentGraphWriter.PINNED + DocumentGraphWriter.WRITE_DOCUMENTS,
					Map.of("docs", List.of(head)))) {
				r.forEachRemaining(row -> {
					ids.add((String) row.get("id"));
					strings(row.get("oldDerived"), oldDerived);
					strings(row.get("oldProvisional"), oldProvisional);
				});
			}
			this.nodes.clear();
			this.merged.clear();
		}

		private static void strings(Object list, Set<String> into) {
			for (Object o : (List<?>) list) {
				into.add((String) o);
			}
		}

		/** A section or measure, hung under its section or its document. */
		@SuppressWarnings("unchecked")
		void child(Map<String, Object> r, Label label) {
			Node n = create(label, (String) r.get("id"), (Map<String, Object>) r.get("props"));
			String parentId = (String) r.get("parent");
			Node parent = node(SECTION, parentId);
			if (parent == null) {
				parent = node(DOCUMENT, parentId);
			}
			if (parent == null) {
				throw new IllegalStateException("no section or document " + parentId + " for " + r.get("id"));
			}
			parent.createRelationshipTo(n, RelationshipType.withName(label == SECTION ? "HAS_SECTION" : "HAS_MEASURE"));
		}

		/** A body the registry does not know, serving the document's place. */
		void provisional(Map<String, Object> r) {
			String id = (String) r.get("id");
			Node a = node(AGENCY, id);
			if (a == null) {
				a = create(AGENCY, id, Map.of("id", id, "name", r.get("name"), "provisional", true, "place", r.get("place"),
						"aliasText", r.get("name")));
			}
			Node place = node(PLACE, (String) r.get("place"));
			if (place != null) {
				merge(a, SERVES, place);
			}
		}

		/** A LEADS or RESPONSIBLE_FOR relationship: one per body, measure and type (the rows are so already). */
		@SuppressWarnings("unchecked")
		void fact(Map<String, Object> r, String label, String type) {
			Node a = node(Label.label(label), (String) r.get("agent"));
			Node m = node(MEASURE, (String) r.get("measure"));
			if (a != null && m != null) {
				set(a.createRelationshipTo(m, RelationshipType.withName(type)), (Map<String, Object>) r.get("props"));
			}
		}

		/** SUPPORTS to a node of the reference data (chain, segment, place): one per measure and target. */
		@SuppressWarnings("unchecked")
		void supports(Map<String, Object> r, Label label) {
			Node m = node(MEASURE, (String) r.get("measure"));
			Node t = node(label, (String) r.get("target"));
			if (m != null && t != null) {
				set(m.createRelationshipTo(t, SUPPORTS), (Map<String, Object>) r.get("props"));
			}
		}

		@SuppressWarnings("unchecked")
		void park(Map<String, Object> r) {
			String id = (String) r.get("target");
			Node p = node(PARK, id);
			if (p == null) {
				p = create(PARK, id, Map.of("id", id, "name", r.get("name"), "place", r.get("place"), "aliasText", r.get("name")));
			}
			Node m = node(MEASURE, (String) r.get("measure"));
			if (m == null) {
				return;
			}
			set(m.createRelationshipTo(p, SUPPORTS), (Map<String, Object>) r.get("props"));
			Node place = node(PLACE, (String) r.get("place"));
			if (place != null) {
				merge(p, LOCATED_IN, place);
			}
		}

		/** A park hosts the chains and segments its new measures support. */
		void parkHosts(Map<String, Object> r) {
			Node m = node(MEASURE, (String) r.get("measure"));
			Node k = node(PARK, (String) r.get("target"));
			if (m == null || k == null) {
				return;
			}
			try (var supported = m.getRelationships(Direction.OUTGOING, SUPPORTS)) {
				for (Relationship s : supported) {
					Node c = s.getEndNode();
					if (c.hasLabel(CHAIN) || c.hasLabel(CHAIN_SEGMENT)) {
						merge(k, HOSTS, c);
					}
				}
			}
		}

		@SuppressWarnings("unchecked")
		void project(Map<String, Object> r) {
			String id = (String) r.get("target");
			Node x = node(PROJECT, id);
			if (x == null) {
				x = create(PROJECT, id, Map.of("id", id, "name", r.get("name"), "place", r.get("place")));
			}
			Node m = node(MEASURE, (String) r.get("measure"));
			if (m != null) {
				set(m.createRelationshipTo(x, SUPPORTS), (Map<String, Object>) r.get("props"));
			}
		}

		@SuppressWarnings("unchecked")
		void target(Map<String, Object> r) {
			Node m = node(MEASURE, (String) r.get("measure"));
			if (m != null) {
				Map<String, Object> props = (Map<String, Object>) r.get("props");
				m.createRelationshipTo(create(TARGET, (String) props.get("id"), props), HAS_TARGET);
			}
		}

		/** {@return the node of the label with the id}, by its uniqueness constraint's index, once per batch */
		private Node node(Label label, String id) {
			if (id == null || id.isEmpty()) {
				return null;
			}
			Map<String, Node> known = this.nodes.computeIfAbsent(label, l -> new HashMap<>());
			Node n = known.get(id);
			if (n == null) {
				n = this.tx.findNode(label, "id", id);
				if (n != null) {
					known.put(id, n);
				}
			}
			return n;
		}

		private Node create(Label label, String id, Map<String, Object> props) {
			Node n = this.tx.createNode(label);
			set(n, props);
			this.nodes.computeIfAbsent(label, l -> new HashMap<>()).put(id, n);
			return n;
		}

		/** {@code MERGE (from)-[:type]->(to)} without properties. */
		private void merge(Node from, RelationshipType type, Node to) {
			Set<String> targets = this.merged.computeIfAbsent(from.getElementId() + "|" + type.name(), k -> {
				Set<String> out = new HashSet<>();
				try (var existing = from.getRelationships(Direction.OUTGOING, type)) {
					existing.forEach(x -> out.add(x.getEndNode().getElementId()));
				}
				return out;
			});
			if (targets.add(to.getElementId())) {
				from.createRelationshipTo(to, type);
			}
		}

		private void timed(String statement) {
			long now = System.nanoTime();
			this.timings.merge(statement, now - this.since, Long::sum);
			this.since = now;
		}

	}

	/** {@code SET e = props}, each value stored as Cypher stores what the driver sends for it. */
	static void set(Entity e, Map<String, Object> props) {
		props.forEach((k, v) -> {
			if (v != null) {
				e.setProperty(k, value(v));
			}
		});
	}

	/**
	 * A parameter as Cypher would store it: integers as longs, lists as arrays of their elements' type (an empty
	 * list as an empty string array).
	 */
	static Object value(Object v) {
		if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
			return ((Number) v).longValue();
		}
		if (v instanceof Float f) {
			return f.doubleValue();
		}
		if (v instanceof List<?> list) {
			if (list.isEmpty()) {
				return new String[0];
			}
			Object first = value(list.get(0));
			Class<?> type = switch (first) {
				case Long l -> long.class;
				case Double d -> double.class;
				case Boolean b -> boolean.class;
				default -> first.getClass();
			};
			Object array = Array.newInstance(type, list.size());
			for (int i = 0; i < list.size(); i++) {
				Array.set(array, i, value(list.get(i)));
			}
			return array;
		}
		return v;
	}

}
