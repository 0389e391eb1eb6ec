package org.dossier.analyze.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Span;

/**
 * Each block's place in the dossier, for sorting spans in reading order; blocks not found go last. When
 * every article has its own id and every block its own id within its article, a place is the article's
 * index and the block's, looked up only for the spans asked about, and occurrences already sort in this
 * order by their indexes, so an entity made only of them needs no places (see {@link #followsOccurrences}).
 * Otherwise every block of the dossier is numbered in turn, the first time a place is asked for.
 */
final class ReadingOrder implements ToLongFunction<Span> {
    private final List<Article> articles;
    private final boolean followsOccurrences;
    private volatile Map<String, Map<String, Integer>> places;
    /** With distinct ids: each article's index, and the index of each block of the articles asked about. */
    private volatile Map<String, Integer> articleIndexes;
    private final Map<Integer, Map<String, Integer>> blockIndexes = new ConcurrentHashMap<>();

    private ReadingOrder(List<Article> articles, boolean followsOccurrences) {
        this.articles = articles;
        this.followsOccurrences = followsOccurrences;
    }

    /** The order of a collection whose articles have the given facts (in the same order). */
    static ReadingOrder of(List<Article> articles, List<ArticleFacts> facts) {
        Set<String> ids = new HashSet<>();
        boolean follows = true;
        for (int a = 0; a < articles.size(); a++) follows &= facts.get(a).distinctBlockIds() & ids.add(articles.get(a).id());
        return new ReadingOrder(articles, follows);
    }

    /**
     * Whether the place of every occurrence's block grows with its article's and block's index: then sorting
     * occurrences by place gives the order their indexes give, whatever the places are.
     */
    boolean followsOccurrences() {
        return followsOccurrences;
    }

    /**
     * The place of the span's block. With distinct ids it is the article's index, then the block's, which
     * orders blocks as numbering every block would, without numbering them all.
     */
    @Override
    public long applyAsLong(Span s) {
        if (followsOccurrences) {
            Integer article = indexes().get(s.article());
            if (article == null) return Long.MAX_VALUE;
            Integer block = blockIndexes.computeIfAbsent(article, a -> blockIndexes(articles.get(a))).get(s.block());
            return block == null ? Long.MAX_VALUE : ((long) article << 32) | block;
        }
        Map<String, Map<String, Integer>> numbered = places;
        if (numbered == null) numbered = numbered();
        return numbered.getOrDefault(s.article(), Map.of()).getOrDefault(s.block(), Integer.MAX_VALUE);
    }

    private static Map<String, Integer> blockIndexes(Article article) {
        Map<String, Integer> indexes = new HashMap<>();
        List<Block> blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) indexes.put(blocks.get(b).id(), b);
        return indexes;
    }

    private Map<String, Integer> indexes() {
        Map<String, Integer> indexes = articleIndexes;
        if (indexes == null) indexes = indexed();
        return indexes;
    }

    private synchronized Map<String, Integer> indexed() {
        if (articleIndexes == null) {
            Map<String, Integer> indexes = new HashMap<>();
            for (int a = 0; a < articles.size(); a++) indexes.put(articles.get(a).id(), a);
            articleIndexes = indexes;
        }
        return articleIndexes;
    }

    /** Entities are made in parallel: the first to ask numbers the places, once. */
    private synchronized Map<String, Map<String, Integer>> numbered() {
        if (places == null) places = places(articles);
        return places;
    }

    private static Map<String, Map<String, Integer>> places(List<Article> articles) {
        Map<String, Map<String, Integer>> order = new HashMap<>();
        int n = 0;
        for (Article a : articles) {
            Map<String, Integer> blocks = order.computeIfAbsent(a.id(), k -> new HashMap<>());
            for (Block b : a.blocks()) blocks.put(b.id(), n++);
        }
        return order;
    }
}
