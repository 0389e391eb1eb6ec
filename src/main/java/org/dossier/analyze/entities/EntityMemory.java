package org.dossier.analyze.entities;

import org.dossier.analyze.quotes.QuoteMemory;
import org.dossier.model.EntityCatalog;

/**
 * What entity analysis keeps from one build to the next in the same process: the gazetteers with the
 * editor's catalog added, the recogniser's readings and evidence, each article's occurrences of names,
 * the work on each distinct name, and each article's quotes. Results are the same with or without it;
 * {@link #none()} keeps nothing. Not thread-safe: one build at a time.
 */
public final class EntityMemory {
    private final boolean enabled;
    private final QuoteMemory quotes;
    private final RecognitionMemory recognition = new RecognitionMemory();
    private final NameMemory names;
    private final ArticleOccurrences occurrences;
    private Gazetteers base;
    private EntityCatalog catalog;
    private Gazetteers withCatalog;

    private EntityMemory(boolean enabled) {
        this.enabled = enabled;
        this.quotes = enabled ? QuoteMemory.remembering() : QuoteMemory.none();
        this.names = enabled ? NameMemory.remembering() : NameMemory.none();
        this.occurrences = enabled ? ArticleOccurrences.remembering() : ArticleOccurrences.none();
    }

    public static EntityMemory remembering() {
        return new EntityMemory(true);
    }

    public static EntityMemory none() {
        return new EntityMemory(false);
    }

    /** Ends a build: forgets the occurrences and quotes of articles it did not have, and the names it did not see. */
    public void endBuild() {
        quotes.endBuild();
        occurrences.endBuild();
        names.endBuild();
    }

    /** {@code base} with {@code catalog} added: the same value as last build when neither changed. */
    Gazetteers withCatalog(Gazetteers base, EntityCatalog catalog) {
        if (!enabled) return base.withCatalog(catalog);
        if (base != this.base || !catalog.equals(this.catalog)) {
            this.base = base;
            this.catalog = catalog;
            this.withCatalog = base.withCatalog(catalog);
        }
        return withCatalog;
    }

    /** The recogniser's memory; a fresh one for each build when nothing is remembered. */
    RecognitionMemory recognition() {
        if (!enabled) return new RecognitionMemory();
        return recognition;
    }

    ArticleOccurrences occurrences() {
        return occurrences;
    }

    NameMemory names() {
        return names;
    }

    QuoteMemory quotes() {
        return quotes;
    }
}
