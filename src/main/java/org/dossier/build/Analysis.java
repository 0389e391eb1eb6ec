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

    /** The value of the finished analysis; its exception as it was thrown. */
    private static <T> T joined(CompletableFuture<T> stage) {
        try {
            return stage.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    /**
     * The value of a stage that has finished: a stage runs when all it needs is there, so it never waits.
     * (A thread of the pool that waited on a stage still queued behind it could wait for ever: a build of the
     * tests hung so, with the pool's other thread gone idle.)
     */
    private static <T> T done(CompletableFuture<T> stage) {
        if (!stage.isDone()) throw new IllegalStateException("a stage ran before one it needs had finished");
        return stage.join();
    }

    /** The story's structure, from the finished rest of the dossier. */
    static CompletableFuture<Structure> structure(Dossier dossier, AnalysisMemory memory, Executor pool) {
        // The network does not depend on the other two: it is worked out alongside.
        CompletableFuture<Network> network = CompletableFuture.supplyAsync(() -> memory.network(dossier.entities()), pool);
        CompletableFuture<List<QuoteGroup>> quoteGroups = CompletableFuture.supplyAsync(
                () -> memory.quoteGroups(dossier.articles(), dossier.quotes()), pool);
        CompletableFuture<List<Discrepancy>> discrepancies = quoteGroups.thenApplyAsync(
                groups -> memory.discrepancies(dossier, groups), pool);
        return CompletableFuture.allOf(network, quoteGroups, discrepancies)
                .thenApply(all -> new Structure(done(network), done(discrepancies), done(quoteGroups)));
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
        // Only this thread, outside the pool, waits for a stage.
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            return joined(stages(articles, catalog, gazetteers, memory, pool));
        } finally {
            pool.shutdown();
        }
    }

    /** The stages, each started on {@code pool} when what it needs is there. */
    private static CompletableFuture<Result> stages(List<Article> articles, EntityCatalog catalog, Supplier<Gazetteers> gazetteers,
                                                    AnalysisMemory memory, Executor pool) {
        List<Article> ordered = articles.stream().sorted(DOSSIER_ORDER).toList();
        // Passages and entities do not depend on each other: find them at the same time. Both are pure,
        // so the result is the same as one after the other.
        CompletableFuture<List<Passage>> finding = CompletableFuture.supplyAsync(
                () -> memory.findPassages(ordered), pool);
        CompletableFuture<EntityResult> entities = CompletableFuture.supplyAsync(
                () -> memory.entities(ordered, catalog, gazetteers.get()), pool);
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
        CompletableFuture<List<Quote>> quotes = entities.thenApplyAsync(
                found -> memory.quotes(ordered, found.entities()), pool);
        CompletableFuture<TimelineResult> time = CompletableFuture.allOf(dating, entities).thenApplyAsync(
                all -> memory.place(done(dating), done(finding), done(entities).entities()), pool);
        CompletableFuture<Dossier> stable = CompletableFuture.allOf(datedInOrder, sharing, diffing, quotes, time).thenApplyAsync(
                all -> memory.stable(new Dossier(done(datedInOrder), done(finding), done(sharing), done(diffing),
                        done(entities).entities(), done(quotes), done(time).events(), done(time).entries())), pool);
        return stable.thenComposeAsync(dossier -> structure(dossier, memory, pool), pool).thenApply(structure -> {
            Dossier dossier = done(stable).withStructure(structure);
            memory.endBuild();
            return new Result(dossier, done(entities).uncertain());
        });
    }
}
