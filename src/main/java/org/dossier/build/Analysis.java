package org.dossier.build;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.dossier.analyze.time.TimelineAnalysis;
import org.dossier.analyze.time.TimelineResult;
import org.dossier.model.Article;
import org.dossier.model.Discrepancy;
import org.dossier.model.Dossier;
import org.dossier.model.Network;
import org.dossier.analyze.entities.EntityResult;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.Quote;
import org.dossier.model.QuoteGroup;
import org.dossier.model.Structure;
import org.dossier.model.PartialDate;
import org.dossier.model.SharingSummary;

/**
 * The analysis stage: pure functions from the articles to the finished dossier, in dependency order.
 * Passages (they lend dates) and entities (events name them) first, side by side, with dating, the
 * passage diffs and the sharing summary (its origins depend on the dates time analysis gives undated
 * articles) following the passages; quotes after the entities (their speakers are entities); then events
 * and the timeline, which need passages and entities; last the structure, read off the finished rest.
 * {@link AnalysisMemory} decides whether each stage runs plain or through its reuse layer.
 */
final class Analysis {
    /** Dossier order: dated articles by their earliest possible day, then undated ones; ties by id. */
    static final Comparator<Article> DOSSIER_ORDER = Comparator
            .comparing((Article a) -> a.date().isEmpty())
            .thenComparing(a -> a.date().orElse(PartialDate.ofYear(1)))
            .thenComparing(Article::id);

    private Analysis() {}

    /** The value of a stage run alongside; its exception as it was thrown. */
    private static <T> T joined(CompletableFuture<T> stage) {
        try {
            return stage.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    /** The story's structure, from the finished rest of the dossier. */
    static Structure structure(Dossier dossier, AnalysisMemory memory, Executor pool) {
        // The network does not depend on the other two: it is worked out alongside.
        CompletableFuture<Network> network = CompletableFuture.supplyAsync(() -> memory.network(dossier.entities()), pool);
        List<QuoteGroup> quoteGroups = memory.quoteGroups(dossier.articles(), dossier.quotes());
        List<Discrepancy> discrepancies = memory.discrepancies(dossier, quoteGroups);
        return new Structure(joined(network), discrepancies, quoteGroups);
    }

    /** The dossier, and the names the recogniser was unsure about, for the editor. */
    record Result(Dossier dossier, List<String> uncertainEntities) {}

    static Result analyse(List<Article> articles, EntityCatalog catalog, Gazetteers gazetteers) {
        return analyse(articles, catalog, () -> gazetteers, AnalysisMemory.none());
    }

    /**
     * The same result; {@code memory} lets each analysis reuse what it worked out in the last build. The
     * gazetteers are asked for only when the entities are found, so that the passages and dating, which do
     * not need them, start while they are still being read.
     */
    static Result analyse(List<Article> articles, EntityCatalog catalog, Supplier<Gazetteers> gazetteers, AnalysisMemory memory) {
        // The stages run side by side and each spreads its articles over parallel streams. On a pool of one
        // thread per core both kinds share the cores by work stealing; by default the stages would run on
        // threads of their own (the common pool of two cores has one thread, too few for CompletableFuture),
        // and each stage's thread would wait on its streams' tasks instead of taking part in the others'.
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            return joined(CompletableFuture.supplyAsync(() -> analyse(articles, catalog, gazetteers, memory, pool), pool));
        } finally {
            pool.shutdown();
        }
    }

    private static Result analyse(List<Article> articles, EntityCatalog catalog, Supplier<Gazetteers> gazetteers, AnalysisMemory memory,
                                  Executor pool) {
        List<Article> ordered = articles.stream().sorted(DOSSIER_ORDER).toList();
        // Passages and entities do not depend on each other: find them at the same time. Both are pure,
        // so the result is the same as one after the other.
        CompletableFuture<List<Passage>> finding = CompletableFuture.supplyAsync(
                () -> memory.findPassages(ordered), pool);
        // Dating needs passages but not entities, so it follows the passages while entities are found; so
        // do the diffs and the sharing summary, which needs the dated articles for the passages' origins.
        CompletableFuture<TimelineAnalysis.Dated> dating = finding.thenApplyAsync(
                found -> memory.date(ordered, found), pool);
        CompletableFuture<List<Article>> datedInOrder = dating.thenApply(
                found -> found.articles().stream().sorted(DOSSIER_ORDER).toList());
        CompletableFuture<SharingSummary> sharing = datedInOrder.thenCombineAsync(finding,
                (dated, found) -> memory.sharing(dated, found), pool);
        CompletableFuture<List<PassageDiff>> diffing = finding.thenApplyAsync(
                found -> memory.diffs(found), pool);
        EntityResult entities = memory.entities(ordered, catalog, gazetteers.get());
        List<Quote> quotes = memory.quotes(ordered, entities.entities());
        List<Passage> passages = joined(finding);
        TimelineResult time = memory.place(joined(dating), passages, entities.entities());
        Dossier stable = memory.stable(new Dossier(joined(datedInOrder), passages, joined(sharing), joined(diffing),
                entities.entities(), quotes, time.events(), time.entries()));
        Dossier dossier = stable.withStructure(structure(stable, memory, pool));
        memory.endBuild();
        return new Result(dossier, entities.uncertain());
    }
}
