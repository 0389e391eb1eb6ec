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
import org.dossier.model.Diagnostic;
import org.dossier.model.Dossier;
import org.dossier.model.SourceLocation;
import org.dossier.publish.OutputFolderCheck;
import org.dossier.publish.PublishException;
import org.dossier.publish.PublishReport;
import org.dossier.publish.SiteDraft;
import org.dossier.render.RenderException;
import org.dossier.render.SiteRenderer;

/** One full build. Not thread-safe; make one per build. */
public final class DossierBuild {
    /** The editor's optional file of entities, in the seeds folder. */
    public static final String ENTITY_CATALOG = "entities.yml";

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

        Optional<Diagnostic> badFolders = checkFolders();
        if (badFolders.isPresent()) return BuildReport.failed(List.of(badFolders.get()), millisSince(start));

        enter("read");
        IngestResult ingested = new Ingester().ingest(config.seeds(), n -> listener.seedsRead(n, -1), memory.seeds());
        diagnostics.addAll(ingested.diagnostics());
        Path catalogFile = config.seeds().resolve(ENTITY_CATALOG);
        EntityCatalogReader.Result catalog = EntityCatalogReader.read(catalogFile, catalogFile.toString());
        diagnostics.addAll(catalog.diagnostics());
        if (ingested.hasErrors() || catalog.hasErrors()) return BuildReport.failed(diagnostics, millisSince(start));

        enter("analyse");
        faults.analysing(ingested.articles(), catalog.catalog(), memory.gazetteers());
        Analysis.Result analysed = Analysis.analyse(ingested.articles(), catalog.catalog(), memory.gazetteers(), memory.analysis());
        Dossier dossier = analysed.dossier();
        listener.uncertainEntities(analysed.uncertainEntities());

        enter("render");
        try (SiteDraft site = memory.draft(config.out())) {
            new SiteRenderer(memory.templates(config.templates()), memory.pages()).render(dossier, site::write, listener::filesWritten);
            enter("publish");
            PublishReport published = site.commit();
            return new BuildReport(diagnostics, Optional.of(dossier), Optional.of(published), millisSince(start));
        } catch (RenderException e) {
            diagnostics.add(e.diagnostic());
        } catch (PublishException e) {
            diagnostics.add(e.diagnostic());
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(SourceLocation.of(config.out().toString()),
                    "cannot write the site (" + e.getMessage() + "); check permissions and free space"));
        }
        return BuildReport.failed(diagnostics, millisSince(start));
    }

    /** Names the stage for messages about a fault in it, then tells the listener. */
    private void enter(String name) {
        stage = name;
        listener.stage(name);
    }

    private Optional<Diagnostic> checkFolders() {
        if (!java.nio.file.Files.isDirectory(config.templates())) {
            return Optional.of(Diagnostic.error(SourceLocation.of(config.templates().toString()),
                    "templates folder not found; run from the repository root or pass --templates DIR"));
        }
        try {
            return OutputFolderCheck.problem(config.out(), List.of(config.seeds(), config.templates()))
                    .map(problem -> Diagnostic.error(SourceLocation.of(config.out().toString()), problem));
        } catch (IOException e) {
            return Optional.of(Diagnostic.error(SourceLocation.of(config.out().toString()),
                    "cannot be inspected (" + e.getMessage() + ")"));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
