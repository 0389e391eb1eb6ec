package org.dossier.build;

import java.util.List;
import java.util.Optional;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.ingest.SeedFault;
import org.dossier.model.Article;
import org.dossier.model.Diagnostic;
import org.dossier.model.EntityCatalog;
import org.dossier.model.SourceLocation;

/**
 * Turns an unexpected fault in a build into one line, {@code seeds/x.md: analyse: internal error (…); run
 * with --debug for the trace}, naming the seed it happened on when that can be known: reading names its
 * seed itself; a fault in the analysis of the whole collection is traced to a seed by analysing each
 * article alone (for collections small enough that this stays quick), else the seeds folder is named.
 */
final class BuildFaults {
    /** Beyond this many articles, finding the one that faults alone would take longer than it is worth. */
    private static final int MAX_ARTICLES_TO_TRY = 200;
    private static final int MAX_MESSAGE = 200;

    private final BuildConfig config;
    private List<Article> articles = List.of();
    private EntityCatalog catalog = EntityCatalog.empty();
    private Gazetteers gazetteers;

    BuildFaults(BuildConfig config) {
        this.config = config;
    }

    /** What the analysis stage works on, to trace a fault in it to one article. */
    void analysing(List<Article> articles, EntityCatalog catalog) {
        this.articles = articles;
        this.catalog = catalog;
    }

    /** The gazetteers, once read: a fault is traced to an article only when they could be read. */
    Gazetteers gazetteersRead(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
        return gazetteers;
    }

    Diagnostic diagnostic(String stage, Throwable fault) {
        String where = seedOf(fault)
                .or(() -> stage.equals("analyse") ? culprit().map(a -> config.seeds().resolve(a.source()).toString()) : Optional.empty())
                .orElseGet(() -> (stage.equals("render") ? config.templates() : stage.equals("publish") ? config.out() : config.seeds()).toString());
        return Diagnostic.error(SourceLocation.of(where), stage + ": internal error (" + describe(rootOf(fault))
                + "); run with --debug for the trace, and please report it with the seed");
    }

    private static Optional<String> seedOf(Throwable fault) {
        for (Throwable t = fault; t != null; t = t.getCause()) {
            if (t instanceof SeedFault seed) return Optional.of(seed.file());
        }
        return Optional.empty();
    }

    private static Throwable rootOf(Throwable fault) {
        Throwable t = fault;
        while (t.getCause() != null && t.getCause() != t && (t instanceof SeedFault || isWrapper(t))) t = t.getCause();
        return t;
    }

    /** Exceptions that only carry another across threads. */
    private static boolean isWrapper(Throwable t) {
        return t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.lang.reflect.UndeclaredThrowableException;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        String text = t.getClass().getSimpleName() + message;
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "…" : text;
    }

    /** The first article whose analysis alone faults, if there is one and the collection is small enough to try. */
    private Optional<Article> culprit() {
        if (gazetteers == null || articles.size() > MAX_ARTICLES_TO_TRY) return Optional.empty();
        for (Article article : articles) {
            try {
                Analysis.analyse(List.of(article), catalog, gazetteers);
            } catch (RuntimeException | StackOverflowError e) {
                return Optional.of(article);
            }
        }
        return Optional.empty();
    }
}
