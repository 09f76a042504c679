package io.policygraph.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.importer.ImportCommand;
import picocli.CommandLine;

/**
 * The ceiling of the write-path benchmark (issue 22): a store's nodes and relationships written as the CSV files of
 * {@code neo4j-admin database import}, one file per set of labels and per relationship type, each column typed as
 * its values are, then loaded by the importer itself (the {@code import full} command of {@code neo4j-import-tool},
 * run in this process, as {@code neo4j-admin} runs it) into an empty store.
 */
final class ImportCsv {

	/** The CSV files written, and how many nodes and relationships they hold. */
	record Files(List<Path> nodeFiles, List<Path> relationshipFiles, long nodes, long relationships) {
	}

	private ImportCsv() {
	}

	static Files export(Driver driver, Path dir) throws IOException {
		java.nio.file.Files.createDirectories(dir);
		List<Path> nodeFiles = new ArrayList<>();
		List<Path> relationshipFiles = new ArrayList<>();
		long nodes;
		long relationships;
		try (var session = driver.session()) {
			Map<String, Map<String, String>> nodeColumns = columns(session.run("""
					MATCH (n) WITH reduce(s = '', l IN labels(n) | s + ';' + l) AS group, n UNWIND keys(n) AS key
					RETURN group, key, collect(DISTINCT valueType(n[key])) AS types""").list(r -> List.of(r.get("group").asString(),
							r.get("key").asString(), String.join("|", r.get("types").asList(Value::asString)))));
			Map<String, Writer> writers = new HashMap<>();
			nodes = 0;
			var nodeRows = session.run("MATCH (n) RETURN elementId(n) AS id, reduce(s = '', l IN labels(n) | s + ';' + l) AS grp, "
					+ "properties(n) AS p");
			while (nodeRows.hasNext()) {
				var r = nodeRows.next();
				String group = r.get("grp").asString();
				Writer w = writers.get(group);
				if (w == null) {
					Path file = dir.resolve("nodes-" + writers.size() + ".csv");
					nodeFiles.add(file);
					w = new Writer(file, nodeColumns.getOrDefault(group, Map.of()));
					w.header(":ID,:LABEL");
					writers.put(group, w);
				}
				w.row(List.of(r.get("id").asString(), group.substring(1)), r.get("p").asMap(Value::asObject));
				nodes++;
			}
			Map<String, Map<String, String>> relColumns = columns(session.run("""
					MATCH ()-[r]->() WITH type(r) AS group, r UNWIND keys(r) AS key
					RETURN group, key, collect(DISTINCT valueType(r[key])) AS types""").list(r -> List.of(
					r.get("group").asString(), r.get("key").asString(), String.join("|", r.get("types").asList(Value::asString)))));
			relationships = 0;
			var relRows = session.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS t, "
					+ "properties(r) AS p");
			while (relRows.hasNext()) {
				var r = relRows.next();
				String group = "rel:" + r.get("t").asString();
				Writer w = writers.get(group);
				if (w == null) {
					Path file = dir.resolve("relationships-" + writers.size() + ".csv");
					relationshipFiles.add(file);
					w = new Writer(file, relColumns.getOrDefault(r.get("t").asString(), Map.of()));
					w.header(":START_ID,:END_ID,:TYPE");
					writers.put(group, w);
				}
				w.row(List.of(r.get("a").asString(), r.get("b").asString(), r.get("t").asString()), r.get("p").asMap(Value::asObject));
				relationships++;
			}
			for (Writer w : writers.values()) {
				w.close();
			}
		}
		return new Files(nodeFiles, relationshipFiles, nodes, relationships);
	}

	/** Loads the files into a new store under {@code home}, as {@code neo4j-admin database import full} does. */
	static void importInto(Path home, Files csv) throws IOException {
		java.nio.file.Files.createDirectories(home.resolve("conf"));
		List<String> args = new ArrayList<>();
		csv.nodeFiles().forEach(f -> args.add("--nodes=" + f.toAbsolutePath()));
		csv.relationshipFiles().forEach(f -> args.add("--relationships=" + f.toAbsolutePath()));
		args.add("--multiline-fields=true");
		args.add("--overwrite-destination=true");
		args.add("--report-file=" + home.resolve("import.report").toAbsolutePath());
		args.add("neo4j");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), o, e,
					new org.neo4j.io.fs.DefaultFileSystemAbstraction());
			exit = new CommandLine(new ImportCommand.Full(context)).execute(args.toArray(String[]::new));
		}
		if (exit != 0) {
			throw new IllegalStateException("import failed (" + exit + "): " + err.toString(StandardCharsets.UTF_8)
					+ out.toString(StandardCharsets.UTF_8));
		}
	}

	/** Per group, each property key's column type: the one type of its values, else string. */
	private static Map<String, Map<String, String>> columns(List<List<String>> rows) {
		Map<String, Map<String, String>> out = new HashMap<>();
		for (List<String> r : rows) {
			out.computeIfAbsent(r.get(0), k -> new LinkedHashMap<>()).put(r.get(1), type(r.get(2)));
		}
		return out;
	}

	private static String type(String valueTypes) {
		if (valueTypes.contains("|")) {
			return "string";
		}
		String t = valueTypes.replace(" NOT NULL", "");
		if (t.startsWith("LIST")) {
			return t.contains("INTEGER") ? "long[]" : t.contains("FLOAT") ? "double[]" : "string[]";
		}
		return switch (t) {
			case "INTEGER" -> "long";
			case "FLOAT" -> "double";
			case "BOOLEAN" -> "boolean";
			case "DATE" -> "date";
			default -> "string";
		};
	}

	/** One CSV file with a header of typed columns. */
	private static final class Writer implements AutoCloseable {

		private final BufferedWriter out;

		private final Map<String, String> columns;

		Writer(Path file, Map<String, String> columns) throws IOException {
			this.out = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			this.columns = columns;
		}

		void header(String fixed) throws IOException {
			StringBuilder sb = new StringBuilder(fixed);
			this.columns.forEach((k, t) -> sb.append(',').append(k).append(':').append(t));
			this.out.write(sb.append('\n').toString());
		}

		void row(List<String> fixed, Map<String, Object> props) throws IOException {
			StringBuilder sb = new StringBuilder();
			for (String f : fixed) {
				field(sb.length() == 0 ? sb : sb.append(','), f);
			}
			for (var c : this.columns.entrySet()) {
				sb.append(',');
				Object v = props.get(c.getKey());
				if (v instanceof List<?> list) {
					List<String> parts = new ArrayList<>();
					// ';' separates array elements in the importer's CSV
					list.forEach(x -> parts.add(String.valueOf(x).replace(";", "；")));
					field(sb, String.join(";", parts));
				}
				else if (v != null) {
					field(sb, String.valueOf(v));
				}
			}
			this.out.write(sb.append('\n').toString());
		}

		private static void field(StringBuilder sb, String value) {
			sb.append('"').append(value.replace("\"", "\"\"")).append('"');
		}

		@Override
		public void close() throws IOException {
			this.out.close();
		}

	}

}
