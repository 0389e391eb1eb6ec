package org.dossier.build;

import java.util.List;
import org.dossier.analyze.discrepancies.DiscrepancyAnalysis;
import org.dossier.analyze.discrepancies.reuse.RememberedDiscrepancies;
import org.dossier.analyze.entities.EntityAnalysis;
import org.dossier.analyze.entities.EntityResult;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.analyze.entities.reuse.RememberedEntities;
import org.dossier.analyze.network.NetworkAnalysis;
import org.dossier.analyze.network.reuse.RememberedNetwork;
import org.dossier.analyze.passages.PassageDiffs;
import org.dossier.analyze.passages.PassageFinder;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.analyze.passages.SharingSummaries;
import org.dossier.analyze.passages.reuse.RememberedPassages;
import org.dossier.analyze.quotes.QuoteAnalysis;
import org.dossier.analyze.quotes.QuoteGroups;
import org.dossier.analyze.quotes.reuse.RememberedQuoteGroups;
import org.dossier.analyze.quotes.reuse.RememberedQuotes;
import org.dossier.analyze.time.TimelineAnalysis;
import org.dossier.analyze.time.TimelineResult;
import org.dossier.analyze.time.reuse.RememberedTimeline;
import org.dossier.model.Article;
import org.dossier.model.Discrepancy;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Network;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.Quote;
import org.dossier.model.QuoteGroup;
import org.dossier.model.SharingSummary;

/**
 * The one place where the build chooses between an analysis and its reuse layer: each method runs the
 * plain, pure analysis when nothing is remembered, and otherwise the analysis's {@code reuse} layer, which
 * gives an equal result from what the last build worked out. {@link Analysis} names the stages; this
 * class only decides how each is run, and ends the build for all reuse layers at once.
 */
final class AnalysisMemory {
    // Each reuse layer; all null when nothing is remembered.
    private final RememberedPassages passages;
    private final RememberedEntities entities;
    private final RememberedQuotes quotes;
    private final RememberedQuoteGroups quoteGroups;
    private final RememberedTimeline time;
    private final RememberedDiscrepancies discrepancies;
    private final RememberedNetwork network;
    /** The last dossier, whose equal parts the next one takes over. */
    private final StableParts stableParts;

    private AnalysisMemory(RememberedPassages passages, RememberedEntities entities, RememberedQuotes quotes,
                           RememberedQuoteGroups quoteGroups, RememberedTimeline time, RememberedDiscrepancies discrepancies,
                           RememberedNetwork network, StableParts stableParts) {
        this.network = network;
        this.passages = passages;
        this.entities = entities;
        this.quotes = quotes;
        this.quoteGroups = quoteGroups;
        this.time = time;
        this.discrepancies = discrepancies;
        this.stableParts = stableParts;
    }

    static AnalysisMemory remembering() {
        return new AnalysisMemory(new RememberedPassages(PassageSettings.defaults()), new RememberedEntities(),
                new RememberedQuotes(), new RememberedQuoteGroups(), new RememberedTimeline(), new RememberedDiscrepancies(),
                new RememberedNetwork(), new StableParts());
    }

    static AnalysisMemory none() {
        return new AnalysisMemory(null, null, null, null, null, null, null, null);
    }

    private boolean remembers() {
        return stableParts != null;
    }

    List<Passage> findPassages(List<Article> articles) {
        return remembers() ? passages.find(articles) : new PassageFinder(PassageSettings.defaults()).find(articles);
    }

    List<PassageDiff> diffs(List<Passage> found) {
        return remembers() ? passages.diffs(found) : PassageDiffs.of(found);
    }

    SharingSummary sharing(List<Article> dated, List<Passage> found) {
        return remembers() ? passages.sharing(dated, found) : SharingSummaries.of(dated, found);
    }

    EntityResult entities(List<Article> articles, EntityCatalog catalog, Gazetteers gazetteers) {
        return remembers() ? entities.analyze(articles, catalog, gazetteers) : EntityAnalysis.analyze(articles, catalog, gazetteers);
    }

    List<Quote> quotes(List<Article> articles, List<Entity> named) {
        return remembers() ? quotes.find(articles, named) : QuoteAnalysis.find(articles, named);
    }

    Network network(List<Entity> named) {
        return remembers() ? network.of(named) : NetworkAnalysis.of(named);
    }

    List<QuoteGroup> quoteGroups(List<Article> articles, List<Quote> found) {
        return remembers() ? quoteGroups.of(articles, found) : QuoteGroups.of(articles, found);
    }

    TimelineAnalysis.Dated date(List<Article> articles, List<Passage> found) {
        return remembers() ? time.date(articles, found) : TimelineAnalysis.date(articles, found);
    }

    TimelineResult place(TimelineAnalysis.Dated dated, List<Passage> found, List<Entity> named) {
        return remembers() ? time.place(dated, found, named) : TimelineAnalysis.place(dated, found, named);
    }

    List<Discrepancy> discrepancies(Dossier dossier, List<QuoteGroup> quoteGroups) {
        return remembers() ? discrepancies.of(dossier, quoteGroups) : DiscrepancyAnalysis.of(dossier, quoteGroups);
    }

    /** The dossier, made of the last build's objects wherever they are equal; as it is when nothing is remembered. */
    Dossier stable(Dossier dossier) {
        return remembers() ? stableParts.reuseEqual(dossier) : dossier;
    }

    /** Ends a build: each reuse layer forgets what that build did not use. */
    void endBuild() {
        if (!remembers()) return;
        passages.endBuild();
        entities.endBuild();
        quotes.endBuild();
        time.endBuild();
        discrepancies.endBuild();
    }
}
