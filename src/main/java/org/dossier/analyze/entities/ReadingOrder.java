package org.dossier.analyze.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Span;

/**
 * Each block's place in the dossier, for sorting spans in reading order; blocks not found go last. The
 * places are numbered only when asked for: when every article has its own id and every block its own id
 * within its article, occurrences already sort in this order by their article's and block's indexes, and
 * an entity made only of them needs no places (see {@link #followsOccurrences}).
 */
final class ReadingOrder implements ToIntFunction<Span> {
    private final List<Article> articles;
    private final boolean followsOccurrences;
    private volatile Map<String, Map<String, Integer>> places;

    private ReadingOrder(List<Article> articles, boolean followsOccurrences) {
        this.articles = articles;
        this.followsOccurrences = followsOccurrences;
    }

    /**
     * Whether the place of every occurrence's block grows with its article's and block's index: then sorting
     * occurrences by place gives the order their indexes give, whatever the places are.
     */
    boolean followsOccurrences() {
        return followsOccurrences;
    }

    @Override
    public int applyAsInt(Span s) {
        Map<String, Map<String, Integer>> numbered = places;
        if (numbered == null) numbered = numbered();
        return numbered.getOrDefault(s.article(), Map.of()).getOrDefault(s.block(), Integer.MAX_VALUE);
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

    /**
     * Finds the order of a collection, remembering for each article of the last one whether its block ids
     * are distinct, so that a rebuild looks only at the articles that are not the very ones of the last build.
     * Not thread-safe: one collection at a time.
     */
    static final class Finder {
        private List<Article> last = List.of();
        private boolean[] distinct = new boolean[0];

        ReadingOrder of(List<Article> articles) {
            boolean[] now = new boolean[articles.size()];
            Set<String> ids = new HashSet<>();
            boolean follows = true;
            for (int a = 0; a < articles.size(); a++) {
                Article article = articles.get(a);
                now[a] = a < last.size() && last.get(a) == article ? distinct[a] : hasDistinctBlockIds(article);
                follows &= now[a] & ids.add(article.id());
            }
            last = List.copyOf(articles);
            distinct = now;
            return new ReadingOrder(articles, follows);
        }

        private static boolean hasDistinctBlockIds(Article article) {
            Set<String> ids = new HashSet<>();
            return article.blockStream().allMatch(b -> ids.add(b.id()));
        }
    }
}
