package io.policygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.ContentHash;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema files {@code cypher/schema/V###__*.cypher} in order, once each, and
 * records every applied version as a {@code (:SchemaVersion)} node, so start-up is idempotent and the
 * database says which schema it has.
 */
@Component
public class SchemaMigrator {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

	private static final Pattern FILE = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private final Driver driver;

	public SchemaMigrator(Driver driver) {
		this.driver = driver;
	}

	/** {@return the highest schema version now applied} */
	public int migrate() {
		List<Migration> migrations = migrations();
		int applied = 0;
		try (var session = this.driver.session()) {
			// several instances may start on one database: each version is recorded once, and a file applied by
			// another instance meanwhile is found by its MERGE below, its checksum compared like any other
			session.run("CREATE CONSTRAINT schema_version IF NOT EXISTS FOR (v:SchemaVersion) REQUIRE v.version IS UNIQUE").consume();
			var rows = session.run("MATCH (v:SchemaVersion) RETURN v.version AS version, v.checksum AS checksum").list();
			for (Migration m : migrations) {
				var done = rows.stream().filter(r -> r.get("version").asInt() == m.version()).findFirst();
				if (done.isPresent()) {
					if (!done.get().get("checksum").asString().equals(m.checksum())) {
						throw new IllegalStateException("schema file V" + m.version() + " changed after it was applied; "
								+ "add a new version instead of editing " + m.file());
					}
					applied = m.version();
					continue;
				}
				for (String statement : m.statements()) {
					session.run(statement).consume();
				}
				String recorded = session.executeWrite(tx -> tx.run("""
						MERGE (v:SchemaVersion {version: $version})
						ON CREATE SET v.description = $description, v.checksum = $checksum, v.appliedAt = datetime()
						RETURN v.checksum AS checksum""",
						Map.of("version", m.version(), "description", m.description(), "checksum", m.checksum()))
					.single().get("checksum").asString());
				if (!recorded.equals(m.checksum())) {
					throw new IllegalStateException("schema file V" + m.version() + " was applied by another instance with other "
							+ "content; " + m.file() + " differs from it");
				}
				log.info("Applied schema V{} {}", m.version(), m.description());
				applied = m.version();
			}
		}
		return applied;
	}

	record Migration(int version, String description, String file, String checksum, List<String> statements) {
	}

	static List<Migration> migrations() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/schema/V*.cypher");
			List<Migration> out = new ArrayList<>();
			for (Resource r : resources) {
				Matcher m = FILE.matcher(r.getFilename());
				if (!m.matches()) {
					continue;
				}
				String text = r.getContentAsString(StandardCharsets.UTF_8);
				out.add(new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), r.getFilename(),
						ContentHash.sha256(text), statements(text)));
			}
			out.sort(Comparator.comparingInt(Migration::version));
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> statements(String text) {
		StringBuilder withoutComments = new StringBuilder();
		for (String line : text.split("\n")) {
			if (!line.strip().startsWith("//")) {
				withoutComments.append(line).append('\n');
			}
		}
		return Arrays.stream(withoutComments.toString().split(";\\s*\n")).map(String::strip)
			.map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s).filter(s -> !s.isEmpty()).toList();
	}

}
