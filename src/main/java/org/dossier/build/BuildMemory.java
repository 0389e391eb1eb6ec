package org.dossier.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.ingest.SeedCache;
import org.dossier.publish.InPlaceSite;
import org.dossier.publish.PublishException;
import org.dossier.publish.PublishReport;
import org.dossier.publish.PublishedFiles;
import org.dossier.publish.SiteDraft;
import org.dossier.publish.StagedSite;
import org.dossier.render.RenderMemory;
import org.dossier.render.SiteRenderer;
import org.dossier.render.Templates;
import org.dossier.render.reuse.PageCache;

/**
 * What one build leaves for the next build of the same folders in the same process (the preview's
 * rebuilds): the seeds as read, the templates compiled, the pages as rendered, and the site as published.
 * With it, a rebuild reads only the seeds that changed, runs templates only for pages whose variables
 * changed, and writes only files whose bytes changed, in place. Each analysis keeps what it needs to
 * redo only the work a change touches (see {@link AnalysisMemory}).
 * Whoever sees a source change tells the memory what to forget. Not thread-safe: one build at a time.
 */
public final class BuildMemory {
    private final boolean enabled;
    private final SeedCache seeds;
    /** The render's memory: the plain one, or the reuse layer's {@link PageCache} (the one place that chooses). */
    private final RenderMemory pages;
    /** The same object as {@link #pages} when it remembers, so a template change can clear it; else null. */
    private final PageCache rememberedPages;
    private AnalysisMemory analysis;
    private Templates templates;
    private FutureTask<Gazetteers> gazetteers;
    /** Templates being compiled on a thread of their own for the next {@link #templates} call; null when none are. */
    private FutureTask<Templates> preparing;
    private Path preparingDir;
    private String preparingLanguage;
    private PublishedFiles published;
    private Set<String> changed = Set.of();

    private BuildMemory(boolean enabled) {
        this.enabled = enabled;
        this.seeds = enabled ? SeedCache.remembering() : SeedCache.none();
        this.rememberedPages = enabled ? PageCache.remembering() : null;
        this.pages = enabled ? rememberedPages : RenderMemory.none();
        this.analysis = enabled ? AnalysisMemory.remembering() : AnalysisMemory.none();
    }

    /** A memory for a series of builds of the same folders. */
    public static BuildMemory remembering() {
        return new BuildMemory(true);
    }

    /** No memory: a one-off build reads, renders and stages everything. */
    public static BuildMemory none() {
        return new BuildMemory(false);
    }

    /** The seed changed in a way its size and time may not show: read it again. */
    public void forgetSeed(Path seed) {
        seeds.forget(seed);
    }

    /** A template changed: compile the templates again and render every page again. */
    public void forgetTemplates() {
        templates = null;
        preparing = null;
        if (rememberedPages != null) rememberedPages.clear();
    }

    /** Anything may have changed (the watcher lost track): read and render everything again. */
    public void forgetAll() {
        seeds.clear();
        analysis = enabled ? AnalysisMemory.remembering() : AnalysisMemory.none();
        forgetTemplates();
        published = null;
    }

    /**
     * The site paths ('/' separators) whose bytes the last successful build changed, added or removed;
     * every path after a build that replaced the whole folder. Empty before the first build.
     */
    public Set<String> changedByLastBuild() {
        return changed;
    }

    SeedCache seeds() {
        return seeds;
    }

    RenderMemory pages() {
        return pages;
    }

    AnalysisMemory analysis() {
        return analysis;
    }

    /**
     * Starts reading the recogniser's gazetteers on a thread of their own, unless that has begun: reading
     * them takes as long as reading a few hundred seeds, and nothing before the analysis needs them, so a
     * small build (a tool run on every save) need not wait for both in turn. The thread is a daemon: a
     * build that fails before the analysis does not wait for it to end.
     */
    void startReadingGazetteers() {
        if (gazetteers != null) return;
        gazetteers = new FutureTask<>(Gazetteers::loadDefault);
        Thread reader = new Thread(gazetteers, "dossier-gazetteers");
        reader.setDaemon(true);
        reader.start();
    }

    /** The recogniser's gazetteers: read once for a series of builds (they come with Dossier, not the dossier). */
    Gazetteers gazetteers() {
        startReadingGazetteers();
        try {
            return done(gazetteers, "reading the gazetteers");
        } finally {
            if (!enabled) gazetteers = null;
        }
    }

    /**
     * Starts compiling the templates of {@code dir} in {@code language} on a thread of their own, unless this
     * memory holds them: the analysis does not need them, and a small build spends a tenth of a second or
     * more of its start on Pebble compiling them, which a core left idle by the analysis can do meanwhile.
     * A daemon, as the gazetteers' thread: a build that fails first does not wait for it.
     */
    void startPreparingTemplates(Path dir, String language) {
        if (enabled && templates != null && templates.dir().equals(dir) && templates.language().equals(language)) return;
        preparing = new FutureTask<>(() -> {
            Templates made = new Templates(dir, language);
            made.compile(SiteRenderer.PAGE_TEMPLATES);
            return made;
        });
        preparingDir = dir;
        preparingLanguage = language;
        Thread compiler = new Thread(preparing, "dossier-templates");
        compiler.setDaemon(true);
        compiler.start();
    }

    /**
     * The templates of {@code dir} writing the site's words in {@code language}, compiled once for the series
     * of builds until a template or message file changes; a new language renders every page again.
     */
    Templates templates(Path dir, String language) {
        Templates prepared = prepared(dir, language);
        if (!enabled) return prepared != null ? prepared : new Templates(dir, language);
        if (templates != null && !templates.language().equals(language)) forgetTemplates();
        if (templates == null || !templates.dir().equals(dir)) templates = prepared != null ? prepared : new Templates(dir, language);
        return templates;
    }

    /** The templates {@link #startPreparingTemplates} made, when they are of this folder and language; else null. */
    private Templates prepared(Path dir, String language) {
        FutureTask<Templates> task = preparing;
        preparing = null;
        if (task == null || !dir.equals(preparingDir) || !language.equals(preparingLanguage)) return null;
        return done(task, "compiling the templates");
    }

    /** The value of a task run on a thread of its own; its exception as it was thrown. */
    private static <T> T done(FutureTask<T> task, String what) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** In place when the output folder is still the one this memory published, staged otherwise. */
    SiteDraft draft(Path out) throws IOException {
        if (!enabled) return StagedSite.open(out);
        SiteDraft inner = published != null && published.describes(out)
                ? InPlaceSite.open(published) : StagedSite.open(out);
        return new Remembered(inner, out);
    }

    /** Passes files on to the draft and, on commit, remembers them as what the folder now holds. */
    private final class Remembered implements SiteDraft {
        private final SiteDraft inner;
        private final Path out;
        /** The files written (a byte[] or a List<byte[]> of pieces); null when the inner draft is in place, which keeps them itself. */
        private final Map<String, Object> files;

        Remembered(SiteDraft inner, Path out) {
            this.inner = Objects.requireNonNull(inner);
            this.out = out;
            // Sized for the site last published, as most rebuilds write as many files.
            this.files = inner instanceof InPlaceSite ? null : new ConcurrentHashMap<>(published == null ? 16 : published.size() * 4 / 3 + 16);
        }

        /** Called from the renderer's threads at once; the inner draft is thread-safe too. */
        @Override
        public void write(String path, byte[] content) {
            inner.write(path, content);
            if (files != null) files.put(path, content);
        }

        @Override
        public void write(String path, List<byte[]> pieces) {
            inner.write(path, pieces);
            if (files != null) files.put(path, pieces);
        }

        @Override
        public synchronized PublishReport commit() throws PublishException {
            PublishReport report;
            try {
                report = inner.commit();
            } catch (PublishException e) {
                // An in-place commit may have written some files: the snapshot no longer vouches for the folder.
                published = null;
                throw e;
            }
            Map<String, ?> files = this.files != null ? this.files : ((InPlaceSite) inner).files();
            PublishedFiles now;
            try {
                now = inner instanceof InPlaceSite inPlace ? inPlace.published() : PublishedFiles.of(out, files);
            } catch (IOException e) {
                // The site is written; without its snapshot the next build simply stages everything.
                published = null;
                changed = files.keySet();
                return report;
            }
            changed = published == null ? Set.copyOf(files.keySet())
                    : inner instanceof InPlaceSite inPlace ? inPlace.changed() : now.changedSince(published);
            published = now;
            return report;
        }

        @Override
        public void close() throws IOException {
            inner.close();
        }
    }
}
