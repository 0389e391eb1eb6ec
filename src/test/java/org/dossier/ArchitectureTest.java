package org.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package dependency direction of DESIGN.md's table, checked on the compiled main classes:
 * {@code model} ← {@code ingest}, {@code analyze}, {@code render}, {@code publish} ← {@code build} ←
 * {@code preview} ← {@code cli}. Rules for packages that do not exist yet pass while they are empty.
 */
class ArchitectureTest {
    private static final String MODEL = "org.dossier.model..";
    private static final String INGEST = "org.dossier.ingest..";
    private static final String ANALYZE = "org.dossier.analyze..";
    private static final String RENDER = "org.dossier.render..";
    private static final String PUBLISH = "org.dossier.publish..";
    private static final String BUILD = "org.dossier.build..";
    private static final String PREVIEW = "org.dossier.preview..";
    private static final String CLI = "org.dossier.cli..";
    private static final String MEMO = "org.dossier.memo..";

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.dossier");
    }

    @Test
    void modelImportsOnlyTheJdk() {
        classes().that().resideInAPackage(MODEL)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", MODEL)
                .check(main);
    }

    @Test
    void memoImportsOnlyTheJdk() {
        classes().that().resideInAPackage(MEMO)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", MEMO)
                .check(main);
    }

    @Test
    void analyzeImportsOnlyTheModelMemoAndTheJdk() {
        classes().that().resideInAPackage(ANALYZE)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", MODEL, ANALYZE, MEMO)
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void theSearchIndexImportsOnlyTheModelTheMemoAndItsLibraries() {
        classes().that().resideInAPackage("org.dossier.render.search..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", MODEL, MEMO, "org.dossier.render.search..",
                        "org.apache.lucene..", "org.tartarus.snowball..", "com.fasterxml.jackson..")
                .check(main);
    }

    /**
     * An analysis reads as its algorithm: the algorithm's package knows neither the memo nor its own reuse
     * layer ({@code <analysis>.reuse}), which wraps it from outside. Entities and quotes are so far.
     */
    @Test
    void entityAndQuoteAnalysesKnowNeitherTheMemoNorTheirReuseLayer() {
        noClasses().that().resideInAnyPackage("org.dossier.analyze.entities", "org.dossier.analyze.quotes")
                .should().dependOnClassesThat().resideInAnyPackage(MEMO, "org.dossier.analyze.entities.reuse..",
                        "org.dossier.analyze.quotes.reuse..")
                .check(main);
    }

    /** Reuse layers wrap analyses, and nothing but the build (which chooses one) reaches them. */
    @Test
    void onlyTheBuildReachesTheReuseLayers() {
        noClasses().that().resideOutsideOfPackages(BUILD, "org.dossier.analyze.entities.reuse..", "org.dossier.analyze.quotes.reuse..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dossier.analyze.entities.reuse..", "org.dossier.analyze.quotes.reuse..")
                .check(main);
    }

    @Test
    void ingestAndRenderNeverImportAnalyze() {
        noClasses().that().resideInAnyPackage(INGEST, RENDER)
                .should().dependOnClassesThat().resideInAPackage(ANALYZE)
                .check(main);
    }

    @Test
    void ingestImportsNoLaterStage() {
        noClasses().that().resideInAPackage(INGEST)
                .should().dependOnClassesThat().resideInAnyPackage(RENDER, PUBLISH, BUILD, PREVIEW, CLI)
                .check(main);
    }

    @Test
    void renderImportsNeitherIngestNorPublishNorTheBuild() {
        noClasses().that().resideInAPackage(RENDER)
                .should().dependOnClassesThat().resideInAnyPackage(INGEST, PUBLISH, BUILD, PREVIEW, CLI)
                .check(main);
    }

    @Test
    void publishImportsOnlyTheModel() {
        noClasses().that().resideInAPackage(PUBLISH)
                .should().dependOnClassesThat().resideInAnyPackage(INGEST, ANALYZE, RENDER, BUILD, PREVIEW, CLI)
                .check(main);
    }

    @Test
    void buildImportsNeitherPreviewNorCli() {
        noClasses().that().resideInAPackage(BUILD)
                .should().dependOnClassesThat().resideInAnyPackage(PREVIEW, CLI)
                .check(main);
    }

    @Test
    void previewDoesNotImportCli() {
        noClasses().that().resideInAPackage(PREVIEW)
                .should().dependOnClassesThat().resideInAPackage(CLI)
                .allowEmptyShould(true)
                .check(main);
    }

    /** The site's words are read by the renderer, its drawings and the preview: they depend on nothing of theirs. */
    @Test
    void theSitesWordsImportOnlyTheModel() {
        classes().that().resideInAPackage("org.dossier.render.i18n..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", MODEL, "org.dossier.render.i18n..")
                .check(main);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("org.dossier.(*)..").should().beFreeOfCycles().check(main);
    }
}
