package io.policygraph;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of PolicyGraph, each stated as a sentence (README, "How it works"; the style guide).
 */
@AnalyzeClasses(packages = "io.policygraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("io.policygraph.(*)..")
		.namingSlices("feature '$1'")
		.should().beFreeOfCycles()
		.as("No cycles between the feature packages");

	@ArchTest
	static final ArchRule applicationRootDependsOnNoFeature = noClasses().that().resideInAPackage("io.policygraph")
		.should().dependOnClassesThat().resideInAPackage("io.policygraph.*..")
		.as("The application root depends on no feature package (the features depend on it, as cli does)");

	@ArchTest
	static final ArchRule ingestIsPlainJava = classes().that().resideInAPackage("io.policygraph.ingest..")
		.and().resideOutsideOfPackage("io.policygraph.ingest.format..")
		.should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.policygraph.ingest..")
		.as("The extraction core (ingest) depends on nothing but the JDK: no Spring, no Neo4j, no other feature");

	@ArchTest
	static final ArchRule formatReadersUseOnlyTheirLibraries = classes().that().resideInAPackage("io.policygraph.ingest.format..")
		.should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.policygraph.ingest..", "org.apache.pdfbox..",
				"org.apache.poi..", "org.openxmlformats..", "org.jsoup..", "org.w3c.dom..", "javax.xml.stream..")
		.as("The format readers (ingest.format) use the JDK (its StAX parser for OFD), the extraction core and one library "
				+ "per format (PDFBox, POI, jsoup): no Spring, no Neo4j, no other feature (ADR 0012)");

	@ArchTest
	static final ArchRule onlyTheExtractorAndItsFileKnowTheReaders = noClasses().that().resideInAPackage("io.policygraph.ingest..")
		.and().resideOutsideOfPackage("io.policygraph.ingest.format..")
		.and().doNotHaveSimpleName("PolicyExtractor").and().doNotHaveSimpleName("ExtractedFile")
		.and().doNotHaveSimpleName("ExtractedDocument")
		.should().dependOnClassesThat().resideInAPackage("io.policygraph.ingest.format..")
		.as("Layout and grammar read the normalised text and its blocks; only the extractor and what it hands out know the file's format");

	@ArchTest
	static final ArchRule layoutDoesNotKnowTheGrammar = noClasses().that()
		.resideInAPackage("io.policygraph.ingest.layout..")
		.should().dependOnClassesThat().resideInAPackage("io.policygraph.ingest.grammar..")
		.as("Layout repair makes blocks and knows the vocabulary, but never calls the responsibility grammar "
				+ "that reads the blocks (ADR 0010)");

	@ArchTest
	static final ArchRule grammarReadsBlocksNotLines = noClasses().that()
		.resideInAPackage("io.policygraph.ingest.grammar..")
		.should().dependOnClassesThat().haveFullyQualifiedName("io.policygraph.ingest.text.SourceText")
		.as("The grammar reads the document model (blocks), never the physical lines");

	@ArchTest
	static final ArchRule vocabularyStandsAlone = classes().that().resideInAPackage("io.policygraph.ingest.lexicon..")
		.should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.policygraph.ingest.lexicon..",
				"io.policygraph.ingest.text..")
		.as("The vocabulary depends on nothing of extraction but the text helpers");

	@ArchTest
	static final ArchRule textHelpersStandAlone = classes().that().resideInAPackage("io.policygraph.ingest.text..")
		.should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.policygraph.ingest.text..")
		.as("Characters, brackets and lines are the bottom of the extraction core");

	@ArchTest
	static final ArchRule readsAndWritesOutsideIngestAreManagedTransactions = noClasses()
		.that().resideInAnyPackage("io.policygraph.api..", "io.policygraph.impact..", "io.policygraph.correction..",
				"io.policygraph.workbench..")
		.should().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Driver")
		.orShould().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Session")
		.orShould().dependOnClassesThat().resideInAPackage("org.springframework.data.neo4j..")
		.as("The API, the analyses and the corrections open no session of their own: every read and write goes "
				+ "through graph.Transactions, a managed transaction with a time limit and the shared bookmarks (ADR 0021)");

	@ArchTest
	static final ArchRule apiReadsThroughItsQueryClasses = noClasses().that().resideInAPackage("io.policygraph.api..")
		.and().doNotHaveSimpleName("GraphQueries").and().doNotHaveSimpleName("ReadQueries")
		.should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver", "org.neo4j.driver.summary..",
				"org.neo4j.driver.async..", "org.neo4j.driver.reactive..", "org.springframework.data.neo4j..")
		.as("The API reads the graph only through its query classes (GraphQueries, ReadQueries): its other "
				+ "classes may name the driver's exceptions, to answer them, but open no session and use no Spring Data Neo4j");

}
