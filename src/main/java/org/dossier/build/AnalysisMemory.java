package org.dossier.build;

import java.util.List;
import org.dossier.analyze.entities.EntityAnalysis;
import org.dossier.analyze.entities.EntityResult;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.analyze.entities.reuse.RememberedEntities;
import org.dossier.analyze.quotes.QuoteAnalysis;
import org.dossier.analyze.quotes.reuse.RememberedQuotes;
import org.dossier.analyze.passages.PassageMemory;
import org.dossier.analyze.time.TimeMemory;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Quote;

/**
 * What each analysis keeps from one build to the next, gathered so that {@link Analysis} can hand each
 * its own and end the build for all of them at once. The analyses' results do not depend on it.
 */
final class AnalysisMemory {
    final PassageMemory passages;
    final TimeMemory time;
    /** The entity and quote analyses' reuse layers; null when nothing is remembered. */
    private final RememberedEntities entities;
    private final RememberedQuotes quotes;
    /** The last dossier, whose equal parts the next one takes over; null when nothing is remembered. */
    private final StableParts stableParts;

    private AnalysisMemory(PassageMemory passages, RememberedEntities entities, RememberedQuotes quotes, TimeMemory time,
                           StableParts stableParts) {
        this.passages = passages;
        this.entities = entities;
        this.quotes = quotes;
        this.time = time;
        this.stableParts = stableParts;
    }

    static AnalysisMemory remembering() {
        return new AnalysisMemory(PassageMemory.remembering(), new RememberedEntities(), new RememberedQuotes(), TimeMemory.remembering(),
                new StableParts());
    }

    static AnalysisMemory none() {
        return new AnalysisMemory(PassageMemory.none(), null, null, TimeMemory.none(), null);
    }

    /** {@link EntityAnalysis#analyze}, through the reuse layer when remembering. */
    EntityResult entities(List<Article> articles, EntityCatalog catalog, Gazetteers gazetteers) {
        return entities == null ? EntityAnalysis.analyze(articles, catalog, gazetteers) : entities.analyze(articles, catalog, gazetteers);
    }

    /** {@link QuoteAnalysis#find}, through the reuse layer when remembering. */
    List<Quote> quotes(List<Article> articles, List<Entity> entities) {
        return quotes == null ? QuoteAnalysis.find(articles, entities) : quotes.find(articles, entities);
    }

    /** The dossier, made of the last build's objects wherever they are equal; as it is when nothing is remembered. */
    Dossier stable(Dossier dossier) {
        return stableParts == null ? dossier : stableParts.reuseEqual(dossier);
    }

    /** Ends a build: each memory forgets what that build did not use. */
    void endBuild() {
        passages.endBuild();
        if (entities != null) entities.endBuild();
        if (quotes != null) quotes.endBuild();
        time.endBuild();
    }
}
