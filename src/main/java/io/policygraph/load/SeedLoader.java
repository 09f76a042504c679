package io.policygraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.policygraph.chain.ChainTaxonomy;
import io.policygraph.graph.DatabaseAvailability;
import io.policygraph.graph.RegistryGraphWriter;
import io.policygraph.graph.TaxonomyGraphWriter;
import io.policygraph.graph.SchemaMigrator;
import io.policygraph.ingest.format.Formats;
import io.policygraph.readiness.StartupLoad;
import io.policygraph.readiness.StartupStages;
import io.policygraph.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At start-up: applies the schema, then (unless switched off) writes the reference data and ingests
 * the seed corpus. Both are idempotent, so a restart loads nothing twice.
 */
@Component
@Order(0)
public class SeedLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private final SchemaMigrator migrator;

	private final RegistryGraphWriter registryWriter;

	private final IngestService ingest;

	private final Registry registry;

	private final SeedProperties properties;

	private final TaxonomyGraphWriter taxonomyWriter;

	private final ChainTaxonomy taxonomy;

	private final DatabaseAvailability database;

	private final StartupLoad startup;

	private final StartupStages stages;

	public SeedLoader(SchemaMigrator migrator, RegistryGraphWriter registryWriter, IngestService ingest,
			Registry registry, SeedProperties properties, TaxonomyGraphWriter taxonomyWriter, ChainTaxonomy taxonomy,
			DatabaseAvailability database, StartupLoad startup, StartupStages stages) {
		this.database = database;
		this.stages = stages;
		this.startup = startup;
		this.taxonomyWriter = taxonomyWriter;
		this.taxonomy = taxonomy;
		this.migrator = migrator;
		this.registryWriter = registryWriter;
		this.ingest = ingest;
		this.registry = registry;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		this.startup.loading("waiting for the database");
		long started = System.nanoTime();
		this.database.await();
		this.stages.record("database answers", Duration.ofNanos(System.nanoTime() - started));
		this.startup.loading("schema");
		started = System.nanoTime();
		int version = this.migrator.migrate();
		this.stages.record("schema", Duration.ofNanos(System.nanoTime() - started));
		log.info("Schema at version {}", version);
		if (this.properties.enabled()) {
			load();
		}
	}

	/** Writes the reference data and ingests the seed corpus; unchanged files are skipped. */
	public IngestSummary load() throws IOException {
		return load(IngestService.Options.SEED);
	}

	/**
	 * Writes the reference data and ingests the seed corpus.
	 *
	 * @param options {@link IngestService.Options#SEED}, or that {@linkplain IngestService.Options#rewriting()
	 * rewriting} stored documents
	 */
	public IngestSummary load(IngestService.Options options) throws IOException {
		long started = System.nanoTime();
		writeReferenceData();
		long corpus = System.nanoTime();
		IngestSummary summary = loadCorpus(options);
		this.stages.record("seed corpus", Duration.ofNanos(System.nanoTime() - corpus));
		log.info("Seed data loaded in {} ms: {}", (System.nanoTime() - started) / 1_000_000, summary);
		return summary;
	}

	/** Writes the reference data and ingests the given files only (tests, uploads of a set). */
	public IngestSummary load(List<Path> files) {
		writeReferenceData();
		return files.isEmpty() ? new IngestSummary() : this.ingest.ingest(files, IngestService.Options.SEED, log::info);
	}

	private void writeReferenceData() {
		this.startup.loading("reference data");
		long started = System.nanoTime();
		boolean registry = this.registryWriter.write(this.registry);
		boolean taxonomy = this.taxonomyWriter.write(this.taxonomy);
		this.stages.record("reference data", Duration.ofNanos(System.nanoTime() - started));
		log.info("Reference data {} in {} ms: {} places, {} bodies, {} chains, {} segments",
				registry || taxonomy ? "written" : "unchanged, not written", (System.nanoTime() - started) / 1_000_000,
				this.registry.places().size(), this.registry.bodies().size(), this.taxonomy.chains().size(),
				this.taxonomy.segments().size());
	}

	private IngestSummary loadCorpus(IngestService.Options options) throws IOException {
		IngestSummary summary;
		Path corpus = this.properties.dir().resolve("corpus");
		this.startup.loading("seed corpus");
		if (Files.isDirectory(corpus)) {
			summary = this.ingest.ingest(List.of(corpus), options, log::info,
					p -> this.startup.loading("seed corpus: " + p.files() + " of " + p.totalFiles() + " files"));
		}
		else {
			summary = new IngestSummary();
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:seed-data/corpus/*");
			for (Resource r : files) {
				if (r.getFilename() == null || !Formats.isDocumentName(r.getFilename())) {
					continue;
				}
				try (InputStream in = r.getInputStream()) {
					summary.add(this.ingest.ingest(r.getFilename(), in.readAllBytes(), options, log::info));
				}
			}
		}
		return summary;
	}

}
