package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.PartialDate;
import org.dossier.model.Passage;
import org.dossier.model.SharingSummary;
import org.dossier.model.SharingSummary.ArticleSharing;
import org.dossier.model.SharingSummary.PairSharing;
import org.dossier.model.SharingSummary.PassageOrigin;
import org.dossier.model.Span;

/**
 * Sums up who shares how much text with whom, from the articles and their passages. Words are counted
 * in prose blocks the way passages count them. A passage's likely origin is the earliest dated article
 * it occurs in: dates compare as {@link PartialDate} orders them, equal dates go to the smaller article
 * id, and a passage none of whose articles has a date has no origin.
 */
public final class SharingSummaries {
    private SharingSummaries() {}

    /** The summary for these articles, in the order given (dossier order), and these passages. */
    public static SharingSummary of(List<Article> articles, List<Passage> passages) {
        return of(articles, passages, PassageMemory.none());
    }

    /** The same summary, reading each text's words from {@code memory} when passage finding read them already. */
    public static SharingSummary of(List<Article> articles, List<Passage> passages, PassageMemory memory) {
        Objects.requireNonNull(articles, "articles must not be null");
        Objects.requireNonNull(passages, "passages must not be null");
        Map<String, Article> byId = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (Article article : articles) {
            byId.put(article.id(), article);
            order.put(article.id(), order.size());
        }
        checkOccurrences(passages, byId);
        WordCounter counter = new WordCounter(memory);
        List<ArticleSharing> articleSharing = new ArrayList<>();
        Map<String, List<Span>> spansOf = new HashMap<>();
        passages.forEach(p -> p.occurrences().forEach(s -> spansOf.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s)));
        for (Article article : articles) {
            articleSharing.add(new ArticleSharing(article.id(), counter.all(article),
                    counter.inside(article, spansOf.getOrDefault(article.id(), List.of()))));
        }
        // Only pairs that occur together in some passage, so the cost follows the passages, not the square of the articles.
        Map<List<Integer>, List<Passage>> byPair = new TreeMap<>(Comparator.<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1)));
        for (Passage passage : passages) {
            List<Integer> in = passage.occurrences().stream().map(s -> order.get(s.article())).distinct().sorted().toList();
            for (int i = 0; i < in.size(); i++) {
                for (int j = i + 1; j < in.size(); j++) byPair.computeIfAbsent(List.of(in.get(i), in.get(j)), k -> new ArrayList<>()).add(passage);
            }
        }
        List<PairSharing> pairs = new ArrayList<>();
        byPair.forEach((pair, shared) -> {
            Article first = articles.get(pair.get(0));
            Article second = articles.get(pair.get(1));
            pairs.add(new PairSharing(first.id(), second.id(), shared.size(),
                    counter.all(first), counter.inside(first, spansIn(first.id(), shared)),
                    counter.all(second), counter.inside(second, spansIn(second.id(), shared))));
        });
        List<PassageOrigin> origins = passages.stream().map(p -> new PassageOrigin(p.id(), origin(p, byId))).toList();
        return new SharingSummary(articleSharing, pairs, origins);
    }

    private static void checkOccurrences(List<Passage> passages, Map<String, Article> byId) {
        for (Passage passage : passages) {
            for (Span span : passage.occurrences()) {
                Article article = byId.get(span.article());
                if (article == null) {
                    throw new IllegalArgumentException("passage " + passage.id() + " occurs in article " + span.article()
                            + ", which is not among the articles given");
                }
                if (article.block(span.block()).isEmpty()) {
                    throw new IllegalArgumentException("passage " + passage.id() + " occurs in block " + span.block()
                            + ", which article " + span.article() + " does not have");
                }
            }
        }
    }

    private static List<Span> spansIn(String articleId, List<Passage> passages) {
        return passages.stream().flatMap(p -> p.occurrences().stream()).filter(s -> s.article().equals(articleId)).toList();
    }

    /** Counts words of prose blocks as passages count them, reading each block once. */
    private static final class WordCounter {
        private final Map<String, WordTokens> words = new HashMap<>();
        private final PassageMemory memory;

        WordCounter(PassageMemory memory) {
            this.memory = memory;
        }

        private final Map<String, Integer> all = new HashMap<>();

        /** Words of the article's prose; counted once per article, which many pairs ask about. */
        int all(Article article) {
            return all.computeIfAbsent(article.id(),
                    id -> article.blockStream().filter(b -> b.kind().isProse()).mapToInt(b -> words(b).size()).sum());
        }

        /** Words of the article's prose that stand inside the spans. */
        int inside(Article article, List<Span> spans) {
            Map<String, List<Span>> byBlock = new HashMap<>();
            spans.forEach(s -> byBlock.computeIfAbsent(s.block(), k -> new ArrayList<>()).add(s));
            int count = 0;
            for (Block block : article.blocks()) {
                List<Span> inBlock = byBlock.get(block.id());
                if (inBlock == null || !block.kind().isProse()) continue;
                WordTokens tokens = words(block);
                for (int w = 0; w < tokens.size(); w++) {
                    if (inside(tokens.starts[w], tokens.ends[w], inBlock)) count++;
                }
            }
            return count;
        }

        private static boolean inside(int start, int end, List<Span> spans) {
            for (Span s : spans) if (start >= s.start() && end <= s.end()) return true;
            return false;
        }

        private WordTokens words(Block block) {
            return words.computeIfAbsent(block.text(), text -> memory.readings.get(text, ProseReading::of).words());
        }
    }

    private static Optional<String> origin(Passage passage, Map<String, Article> byId) {
        Set<String> ids = new LinkedHashSet<>();
        passage.occurrences().forEach(s -> ids.add(s.article()));
        return ids.stream()
                .map(byId::get)
                .filter(a -> a.date().isPresent())
                .min(Comparator.<Article, PartialDate>comparing(a -> a.date().orElseThrow()).thenComparing(Article::id))
                .map(Article::id);
    }
}
