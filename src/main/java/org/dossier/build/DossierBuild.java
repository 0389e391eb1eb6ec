package org.dossier.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.nio.file.Path;
import org.dossier.ingest.EntityCatalogReader;
import org.dossier.ingest.IngestResult;
import org.dossier.ingest.Ingester;
import org.dossier.ingest.SettingsReader;
import org.dossier.model.Diagnostic;
import org.dossier.model.Dossier;
import org.dossier.model.DossierSettings;
import org.dossier.model.SourceLocation;
import org.dossier.publish.OutputFolderCheck;
import org.dossier.publish.PublishException;
import org.dossier.publish.PublishReport;
import org.dossier.publish.SiteDraft;
import org.dossier.publish.SwapRecovery;
import org.dossier.render.RenderException;
import org.dossier.render.SiteOutput;
import org.dossier.render.SiteRenderer;
import org.dossier.render.Templates;

/** One full build. Not thread-safe; make one per build. */
public final class DossierBuild {
    /** The editor's optional file of entities, in the seeds folder. */
    public static final String ENTITY_CATALOG = "entities.yml";
    /** The dossier's optional settings (title, description, language, baseUrl), in the seeds folder. */
    public static final String SETTINGS = "dossier.yml";

    private final BuildConfig config;
    private final BuildListener listener;
    private final BuildMemory memory;
    private final BuildFaults faults;
    /** The stage the build is in, for the message about an unexpected fault. */
    private String stage = "check";

    public DossierBuild(BuildConfig config, BuildListener listener) {
        this(config, listener, BuildMemory.none());
    }

    /** A build that reuses what earlier builds with the same {@code memory} read, rendered and published. */
    public DossierBuild(BuildConfig config, BuildListener listener, BuildMemory memory) {
        this.config = config;
        this.listener = listener;
        this.memory = memory;
        this.faults = new BuildFaults(config);
    }

    /**
     * Ingest → analyse → render → publish. Stops at the first stage that reports an error, before the
     * output folder is touched.
     */
    public BuildReport run() {
        long start = System.nanoTime();
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            return runStages(start, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            // A fault no check foresaw: one line naming the seed (when known) and the stage; the trace is kept
            // for --debug. The output folder was not touched: a draft is discarded when rendering fails.
            return BuildReport.faulted(faults.diagnostic(stage, e), diagnostics, e, millisSince(start));
        }
    }

    private BuildReport runStages(long start, List<Diagnostic> diagnostics) {
        // First of all: the analysis of a small build waits for nothing else (see BuildMemory).
        memory.startReadingGazetteers();
        Optional<Diagnostic> badFolders = checkFolders();
        if (badFolders.isPresent()) return BuildReport.failed(List.of(badFolders.get()), millisSince(start));
        Optional<Diagnostic> unrecovered = recoverInterruptedSwap(diagnostics);
        if (unrecovered.isPresent()) return BuildReport.failed(List.of(unrecovered.get()), millisSince(start));

        enter("read");
        IngestResult ingested = new Ingester().ingest(config.seeds(), n -> listener.seedsRead(n, -1), memory.seeds());
        diagnostics.addAll(ingested.diagnostics());
        Path catalogFile = config.seeds().resolve(ENTITY_CATALOG);
        EntityCatalogReader.Result catalog = EntityCatalogReader.read(catalogFile, catalogFile.toString());
        diagnostics.addAll(catalog.diagnostics());
        SettingsReader.Result read = SettingsReader.read(config.seeds().resolve(SETTINGS), config.seeds().resolve(SETTINGS).toString());
        diagnostics.addAll(read.diagnostics());
        DossierSettings settings = read.settings();
        if (config.baseUrl().isPresent()) {
            List<String> problems = new ArrayList<>();
            Optional<String> url = SettingsReader.baseUrl(config.baseUrl().get(), problems);
            problems.forEach(p -> diagnostics.add(Diagnostic.error(SourceLocation.of("--base-url"), p)));
            if (url.isPresent()) settings = settings.withBaseUrl(url.get());
        }
        if (ingested.hasErrors() || catalog.hasErrors() || diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return BuildReport.failed(diagnostics, millisSince(start));
        }
        String language = SiteLanguage.of(settings, ingested.articles());
        // The render's templates do not depend on the analysis: compiled alongside it (see BuildMemory).
        memory.startPreparingTemplates(config.templates(), language);

        enter("analyse");
        faults.analysing(ingested.articles(), catalog.catalog());
        Analysis.Result analysed = Analysis.analyse(ingested.articles(), catalog.catalog(),
                () -> faults.gazetteersRead(memory.gazetteers()), memory.analysis());
        Dossier dossier = analysed.dossier();
        listener.uncertainEntities(analysed.uncertainEntities());

        enter("render");
        try (SiteDraft site = memory.draft(config.out())) {
            Templates templates = memory.templates(config.templates(), language);
            new SiteRenderer(templates, memory.pages()).render(dossier, settings, catalog.catalog(), output(site), listener::filesWritten);
            enter("publish");
            PublishReport published = site.commit();
            for (String warning : published.warnings()) {
                diagnostics.add(Diagnostic.warning(SourceLocation.of(config.out().toString()), warning));
            }
            List<String> leftOut = settings.baseUrl().isPresent() ? List.of()
                    : List.of("feed.xml, sitemap.xml, canonical links and og:url were left out: they need the address the site"
                    + " will be published at; give it as baseUrl in " + config.seeds().resolve(SETTINGS) + " or with --base-url URL");
            return new BuildReport(diagnostics, Optional.of(dossier), Optional.of(published), millisSince(start), true, leftOut,
                    Optional.of(templates.messages()), Optional.empty());
        } catch (RenderException e) {
            diagnostics.add(e.diagnostic());
        } catch (PublishException e) {
            diagnostics.add(e.diagnostic());
            if (!e.siteUntouched()) {
                return new BuildReport(diagnostics, Optional.empty(), Optional.empty(), millisSince(start), false, List.of(), Optional.empty(), Optional.empty());
            }
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(SourceLocation.of(config.out().toString()),
                    "cannot write the site (" + e.getMessage() + "); check permissions and free space"));
        }
        return BuildReport.failed(diagnostics, millisSince(start));
    }

    /**
     * Before anything else, so that a build that then fails leaves the last good site in place: a build
     * killed while it swapped in its site left it in a folder beside the output ({@link SwapRecovery}).
     */
    private Optional<Diagnostic> recoverInterruptedSwap(List<Diagnostic> diagnostics) {
        try {
            for (String note : SwapRecovery.recover(config.out())) {
                diagnostics.add(Diagnostic.warning(SourceLocation.of(config.out().toString()), note));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Diagnostic.error(SourceLocation.of(config.out().toString()), e.getMessage()));
        }
    }

    /** Names the stage for messages about a fault in it, then tells the listener. */
    private void enter(String name) {
        stage = name;
        listener.stage(name);
    }

    private Optional<Diagnostic> checkFolders() {
        if (!java.nio.file.Files.isDirectory(config.templates()) && !config.builtInTemplatesOnly()) {
            return Optional.of(Diagnostic.error(SourceLocation.of(config.templates().toString()),
                    "templates folder not found; pass --templates DIR of an existing folder, or leave --templates out to use the built-in templates"));
        }
        try {
            return OutputFolderCheck.problem(config.out(), List.of(config.seeds(), config.templates()))
                    .map(problem -> Diagnostic.error(SourceLocation.of(config.out().toString()), problem));
        } catch (IOException e) {
            return Optional.of(Diagnostic.error(SourceLocation.of(config.out().toString()),
                    "cannot be inspected (" + e.getMessage() + ")"));
        }
    }

    /** The draft as the renderer's output, files in pieces passed on as pieces. */
    private static SiteOutput output(SiteDraft site) {
        return new SiteOutput() {
            @Override
            public void write(String path, byte[] content) {
                site.write(path, content);
            }

            @Override
            public void write(String path, List<byte[]> pieces) {
                site.write(path, pieces);
            }
        };
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
