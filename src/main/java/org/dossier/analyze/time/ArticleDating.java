package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.PartialDate;
import org.dossier.model.Passage;
import org.dossier.model.Span;

/**
 * Dates the articles that have no date. First from their own text: the newest date that names its own
 * year and tells of something that already happened (an embedded post's date always has): an article
 * cannot be older than what it reports. Then, for those still undated, from a passage shared with a
 * dated article: copied text travels within days. Articles with a date keep it.
 */
public final class ArticleDating {
    private ArticleDating() {}

    /** The articles in the same order, the undated ones dated where evidence allows. */
    public static List<Article> redate(List<Article> articles, List<Passage> passages) {
        return redate(articles, passages, TimelineSteps.FRESH);
    }

    static List<Article> redate(List<Article> articles, List<Passage> passages, TimelineSteps steps) {
        List<Article> byContent = articles.stream()
                .map(a -> a.dateOrigin() != DateOrigin.UNKNOWN ? a
                        : fromContent(a, steps).map(d -> steps.dated(a, d, DateOrigin.CONTENT)).orElse(a))
                .toList();
        if (byContent.stream().allMatch(a -> a.dateOrigin() != DateOrigin.UNKNOWN)) return byContent;
        Map<String, Article> byId = new HashMap<>();
        for (Article a : byContent) byId.put(a.id(), a);
        // Each article's passages, looked up once, so that dating many undated articles stays linear.
        Map<String, List<Passage>> passagesByArticle = new HashMap<>();
        for (Passage p : passages) {
            p.occurrences().stream().map(Span::article).distinct()
                    .forEach(id -> passagesByArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(p));
        }
        return byContent.stream()
                .map(a -> a.dateOrigin() != DateOrigin.UNKNOWN ? a
                        : fromPassages(a, byId, passagesByArticle.getOrDefault(a.id(), List.of()))
                                .map(d -> steps.dated(a, d, DateOrigin.SHARED_PASSAGE)).orElse(a))
                .toList();
    }

    /** The newest self-contained date of something past in the article's text, if any. */
    public static Optional<PartialDate> fromContent(Article article) {
        return fromContent(article, TimelineSteps.FRESH);
    }

    private static Optional<PartialDate> fromContent(Article article, TimelineSteps steps) {
        Optional<PartialDate> newest = Optional.empty();
        for (Block block : article.blocks()) {
            for (TimeExpression e : TimeExpressions.find(block.text(), Optional.empty(), steps)) {
                if (!e.standalone() || !e.resolved()) continue;
                if (block.kind() != BlockKind.EMBED && e.tense() == Tense.FUTURE) continue;
                PartialDate latest = e.end().orElse(e.date().orElseThrow());
                if (newest.isEmpty() || latest.compareTo(newest.get()) > 0) newest = Optional.of(latest);
            }
        }
        return newest;
    }

    /**
     * The date of the best-dated article that shares a passage with this one: finest precision first,
     * then the most shared text, then the earliest date, then the article id.
     */
    static Optional<PartialDate> fromPassages(Article article, Map<String, Article> byId, List<Passage> passages) {
        Map<String, Integer> sharedChars = new HashMap<>();
        for (Passage p : passages) {
            if (p.occurrences().stream().noneMatch(o -> o.article().equals(article.id()))) continue;
            for (Span o : p.occurrences()) {
                Article other = byId.get(o.article());
                if (other == null || other.id().equals(article.id()) || other.date().isEmpty()) continue;
                sharedChars.merge(other.id(), o.text().length(), Integer::sum);
            }
        }
        List<Article> lenders = new ArrayList<>();
        sharedChars.keySet().stream().sorted().forEach(id -> lenders.add(byId.get(id)));
        return lenders.stream()
                .min(Comparator.<Article>comparingInt(a -> -a.date().orElseThrow().precision().ordinal())
                        .thenComparingInt(a -> -sharedChars.get(a.id()))
                        .thenComparing(a -> a.date().orElseThrow())
                        .thenComparing(Article::id))
                .flatMap(Article::date);
    }
}
