package org.dossier.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.dossier.build.BuildConfig;
import org.dossier.build.BuildListener;
import org.dossier.build.BuildMemory;
import org.dossier.build.BuildReport;
import org.dossier.build.DossierBuild;
import org.dossier.model.Diagnostic;
import org.dossier.model.SourceLocation;
import org.dossier.publish.OutputFolderCheck;

/**
 * {@code serve}: builds the dossier, serves the output folder, watches the seeds and templates, and after
 * each burst of changes rebuilds incrementally and tells the open pages. A failed rebuild leaves the last
 * good site in place and shows its errors over the open pages and on the console. One build at a time.
 */
public final class Preview implements AutoCloseable {
    /**
     * A burst of file events is over after this long without one... An editor's save (a temporary file
     * written, then renamed over the seed) and a checkout of many files send their events within a few
     * milliseconds of each other; every millisecond waited here is one more between the save and the page.
     */
    static final Duration QUIET = Duration.ofMillis(50);
    /** ...or after this long in all, for a stream of changes that never pauses. */
    static final Duration LONGEST = Duration.ofSeconds(2);

    private final PreviewConfig config;
    private final Builder builder;
    private final PrintStream out;
    private final PrintStream err;
    private final BuildMemory memory = BuildMemory.remembering();
    private final ChangeClassifier classifier;
    private final LiveReload live = new LiveReload(UUID.randomUUID().toString());
    private final List<Consumer<Rebuild>> listeners = new CopyOnWriteArrayList<>();
    private final Object buildLock = new Object();
    private final CountDownLatch closed = new CountDownLatch(1);
    private Set<String> warningsShown = Set.of();
    private long rebuilds;
    private PreviewServer server;
    private SourceWatcher watcher;

    /** Runs one build; a seam so that tests can make a build fail as no input of theirs could. */
    @FunctionalInterface
    interface Builder {
        Builder DOSSIER = (build, progress, memory) -> new DossierBuild(build, progress, memory).run();

        BuildReport build(BuildConfig build, BuildListener progress, BuildMemory memory);
    }

    private Preview(PreviewConfig config, PrintStream out, PrintStream err, Builder builder) {
        this.builder = builder;
        this.config = config;
        this.out = out;
        this.err = err;
        this.classifier = new ChangeClassifier(config.build().seeds(), config.build().templates());
    }

    /**
     * Checks the folders, starts serving and watching, and runs the first build ({@code progress} hears
     * it). A first build that fails does not stop the preview: its errors show until a change fixes them.
     */
    public static Preview start(PreviewConfig config, BuildListener progress, PrintStream out, PrintStream err)
            throws PreviewException {
        return start(config, progress, out, err, Builder.DOSSIER);
    }

    static Preview start(PreviewConfig config, BuildListener progress, PrintStream out, PrintStream err, Builder builder)
            throws PreviewException {
        checkFolders(config.build());
        Preview preview = new Preview(config, out, err, builder);
        try {
            preview.server = PreviewServer.start(new InetSocketAddress(config.host(), config.port()),
                    config.build().out(), preview.live);
        } catch (IOException e) {
            String where = config.host().getHostAddress() + ":" + config.port();
            throw new PreviewException(Diagnostic.error(SourceLocation.of(where), e instanceof BindException
                    ? "cannot listen there (" + e.getMessage() + "); the port is probably in use: stop the other server or pass --port N"
                    : "cannot listen there (" + e.getMessage() + "); pass another --host or --port"), e);
        }
        try {
            preview.watcher = SourceWatcher.start(watched(config.build()),
                    QUIET, LONGEST, preview::onBatch);
        } catch (IOException | UncheckedIOException e) {
            preview.server.close();
            throw new PreviewException(Diagnostic.error(SourceLocation.of(config.build().seeds().toString()),
                    "cannot watch the seeds and templates (" + e.getMessage() + "); check that the folders are readable"), e);
        }
        out.println("Serving " + config.build().out() + " at " + preview.url() + " (Ctrl-C stops)");
        preview.rebuild("start", progress, Optional.empty());
        out.println("Watching " + String.join(" and ", watched(config.build()).stream().map(Path::toString).toList()) + " for changes.");
        return preview;
    }

    /** The seeds, and the templates folder unless the build uses only the built-in templates. */
    private static List<Path> watched(BuildConfig build) {
        return build.builtInTemplatesOnly() ? List.of(build.seeds()) : List.of(build.seeds(), build.templates());
    }

    private static void checkFolders(BuildConfig build) throws PreviewException {
        for (Path folder : watched(build)) {
            if (!Files.isDirectory(folder)) {
                String which = folder.equals(build.seeds()) ? "seeds" : "templates";
                throw new PreviewException(Diagnostic.error(SourceLocation.of(folder.toString()), which
                        + " folder not found; run from the repository root or pass --" + which + " DIR"), null);
            }
        }
        try {
            Optional<String> problem = OutputFolderCheck.problem(build.out(), List.of(build.seeds(), build.templates()));
            if (problem.isPresent()) {
                throw new PreviewException(Diagnostic.error(SourceLocation.of(build.out().toString()), problem.get()), null);
            }
        } catch (IOException e) {
            throw new PreviewException(Diagnostic.error(SourceLocation.of(build.out().toString()),
                    "cannot be inspected (" + e.getMessage() + ")"), e);
        }
    }

    /** The address of the home page. */
    public URI url() {
        return URI.create(origin(server.address()) + "/");
    }

    /** {@code http://host:port} of a listening address. */
    static String origin(InetSocketAddress address) {
        String host = address.getAddress() instanceof Inet6Address
                ? "[" + address.getAddress().getHostAddress() + "]" : address.getAddress().getHostAddress();
        return "http://" + host + ":" + address.getPort();
    }

    public InetSocketAddress address() {
        return server.address();
    }

    /** Hears every build after it is published (or failed), on the watcher's thread. */
    public void onRebuild(Consumer<Rebuild> listener) {
        listeners.add(listener);
    }

    /** Waits until {@link #close()} has run, from a shutdown hook for instance. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    private void onBatch(Burst.Batch batch) {
        ChangeSet changes = ChangeSet.of(batch.paths(), batch.overflow(), classifier);
        if (!changes.needsRebuild()) return;
        rebuild(changes.describe(Path.of("").toAbsolutePath()), BuildListener.SILENT, Optional.of(changes));
    }

    private void rebuild(String trigger, BuildListener progress, Optional<ChangeSet> changes) {
        synchronized (buildLock) {
            changes.ifPresent(c -> c.forgetIn(memory));
            BuildReport report;
            try {
                report = builder.build(config.build(), progress, memory);
            } catch (RuntimeException | LinkageError | VirtualMachineError e) {
                // Any fault, a stack overflow on deep input included: the preview shows it and keeps watching.
                memory.forgetAll();
                report = new BuildReport(List.of(Diagnostic.error(SourceLocation.of(config.build().seeds().toString()),
                        internalError(e))), Optional.empty(), Optional.empty(), 0);
            }
            Rebuild rebuild = new Rebuild(++rebuilds, trigger, report,
                    report.succeeded() ? memory.changedByLastBuild() : Set.of());
            tell(rebuild);
            report.words().ifPresent(live.words()::use);
            if (rebuild.succeeded()) live.built(rebuild.changed());
            else live.failed(rebuild.errors().stream().map(Diagnostic::toString).toList(), report.siteUntouched());
            for (Consumer<Rebuild> listener : listeners) listener.accept(rebuild);
        }
    }

    /** One line, whatever the fault's message holds. */
    static String internalError(Throwable e) {
        return ("the build stopped on an internal error (" + e + "); please report it, with the change that caused it")
                .replaceAll("\\s+", " ");
    }

    private void tell(Rebuild rebuild) {
        BuildReport report = rebuild.report();
        Set<String> warnings = new HashSet<>();
        for (Diagnostic d : report.diagnostics()) {
            if (d.isError()) {
                err.println(d);
            } else {
                warnings.add(d.toString());
                if (!warningsShown.contains(d.toString())) err.println(d);
            }
        }
        warningsShown = warnings;
        String what = rebuild.number() == 1 ? "Built" : "Rebuilt after " + rebuild.trigger() + " changed";
        if (!rebuild.succeeded()) {
            err.println((rebuild.number() == 1 ? "Build" : "Rebuild after " + rebuild.trigger() + " changed") + " failed: "
                    + report.errors().size() + " error(s); " + (report.siteUntouched() ? "still serving the last good site."
                    : "the site on disk is not the last good one: see the error above.") + " Fix and save to rebuild.");
            return;
        }
        var published = report.published().orElseThrow();
        out.printf("%s in %d ms: %d files written, %d unchanged, %d removed.%n", what, report.millis(),
                published.written(), published.unchanged(), published.removed());
    }

    /** Stops watching (letting a running rebuild finish), closes the open pages' streams, stops serving. */
    @Override
    public void close() {
        if (closed.getCount() == 0) return;
        synchronized (this) {
            if (closed.getCount() == 0) return;
            if (watcher != null) watcher.close();
            if (server != null) server.close();
            out.println("Stopped serving " + config.build().out() + ".");
            out.flush();
            closed.countDown();
        }
    }
}
