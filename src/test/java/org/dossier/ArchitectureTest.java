package org.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.dossier.render.Templates;
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
    private static final String LAUNCH = "org.dossier.launch..";
    private static final String MEMO = "org.dossier.memo..";
    private static final String TEXT = "org.dossier.text..";
    private static final String REUSE = "org.dossier.analyze..reuse..";
    private static final String RENDER_REUSE = "org.dossier.render.reuse..";

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
    void analyzeImportsOnlyTheModelTextMemoAndTheJdk() {
        classes().that().resideInAPackage(ANALYZE)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", MODEL, TEXT, ANALYZE, MEMO)
                .allowEmptyShould(true)
                .check(main);
    }

    /** Sentences, slugs and stable ids: one home, which ingest and analysis share, and which needs nothing of theirs. */
    @Test
    void textImportsOnlyTheJdk() {
        classes().that().resideInAPackage(TEXT)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", TEXT)
                .allowEmptyShould(true)
                .check(main);
    }

    /**
     * An analysis reads as its algorithm: reuse across builds (memos, the indexes kept from build to build)
     * lives in its {@code reuse} sub-package, which wraps the plain analysis; the analysis knows nothing of
     * it nor of the memo.
     */
    @Test
    void analysesDependNeitherOnTheirReuseNorOnTheMemo() {
        noClasses().that().resideInAnyPackage("org.dossier.analyze.passages", "org.dossier.analyze.time",
                        "org.dossier.analyze.entities", "org.dossier.analyze.quotes", "org.dossier.analyze.network",
                        "org.dossier.analyze.discrepancies")
                .should().dependOnClassesThat().resideInAnyPackage(REUSE, MEMO)
                .check(main);
    }

    /** Only the build chooses between a plain analysis and its reuse layer. */
    @Test
    void reuseLayersAreUsedOnlyByTheBuild() {
        classes().that().resideInAPackage(REUSE)
                .should().onlyHaveDependentClassesThat().resideInAnyPackage(REUSE, BUILD)
                .allowEmptyShould(true)
                .check(main);
    }

    /**
     * The render reads as its views and templates: what it may take from an earlier render goes through one
     * seam, {@code render.RenderMemory}, whose plain side is {@code RenderMemory.none()}; the remembering side
     * lives in {@code render.reuse}. No view-building class depends on it. The one exception is
     * {@link Templates}, which owns the fragment cache that Pebble's {@code cache} tag needs in every render.
     */
    @Test
    void renderViewsDoNotDependOnTheirReuse() {
        noClasses().that().resideInAnyPackage("org.dossier.render", "org.dossier.render.i18n..", "org.dossier.render.network..",
                        "org.dossier.render.search..", "org.dossier.render.svg..", "org.dossier.render.timeline..")
                .and().doNotBelongToAnyOf(Templates.class)
                .should().dependOnClassesThat().resideInAPackage(RENDER_REUSE)
                .check(main);
    }

    /**
     * Only the build chooses between the plain render and its reuse layer (build/BuildMemory: {@code
     * PageCache.remembering()} or {@code RenderMemory.none()}), as it does for the analyses (build/AnalysisMemory);
     * besides, {@link Templates} makes its fragment cache.
     */
    @Test
    void renderReuseIsReachedOnlyByTheBuildAndTheTemplates() {
        classes().that().resideInAPackage(RENDER_REUSE)
                .should().onlyHaveDependentClassesThat(resideInAnyPackage(RENDER_REUSE, BUILD).or(equivalentTo(Templates.class)))
                .check(main);
    }

    /**
     * The search index is plain; what a rebuild keeps of it (its incremental index) lives in {@code
     * render.search.reuse}, which only the render's reuse layer uses, and which the plain index never imports.
     */
    @Test
    void onlyTheRenderReuseLayerUsesTheRememberedSearchIndex() {
        classes().that().resideInAPackage("org.dossier.render.search.reuse..")
                .should().onlyHaveDependentClassesThat().resideInAnyPackage("org.dossier.render.search.reuse..", RENDER_REUSE)
                .check(main);
        noClasses().that().resideInAPackage("org.dossier.render.search")
                .should().dependOnClassesThat().resideInAPackage("org.dossier.render.search.reuse..")
                .check(main);
    }

    /** The search index cuts words as the ingest does, through the shared text package. */
    @Test
    void theSearchIndexImportsOnlyTheModelTheMemoTheTextAndItsLibraries() {
        classes().that().resideInAPackage("org.dossier.render.search..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", MODEL, MEMO, TEXT, "org.dossier.render.search..",
                        "org.dossier.render.json..", "org.apache.lucene..", "org.tartarus.snowball..")
                .check(main);
    }

    /**
     * JSON is written by jackson-core's generator alone (databind is a test dependency): its start-up, some 400
     * classes and their reflection, cost a small build a sixth of its processor time.
     */
    @Test
    void jsonIsWrittenWithoutDatabind() {
        classes().that().resideInAPackage("org.dossier.render.json..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.dossier.render.json..", "com.fasterxml.jackson.core..")
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

    /**
     * The jar's start: it decides which JVM runs Dossier before any of Dossier is loaded, so it needs the
     * JDK and the command line's entry point only; nothing of Dossier needs it.
     */
    @Test
    void theLaunchNeedsOnlyTheJdkAndTheEntryPoint() {
        classes().that().resideInAPackage(LAUNCH)
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", LAUNCH).or(equivalentTo(org.dossier.cli.Main.class)))
                .check(main);
        noClasses().that().resideOutsideOfPackage(LAUNCH)
                .should().dependOnClassesThat().resideInAPackage(LAUNCH)
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
