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
import org.dossier.model.Passage;
import org.dossier.model.PartialDate;
import org.dossier.model.Span;

/**
 * Who shares how much text with whom, for the story page. Words are counted in prose blocks, the
 * same way passages count them.
 *
 * @param articles every article, in the order given, with how much of it is shared with any other
 * @param pairs    every pair of articles that shares at least one passage, in the order given
 * @param origins  for every passage, in the order given, its likely origin
 */
public record SharingSummary(List<ArticleSharing> articles, List<PairSharing> pairs, List<PassageOrigin> origins) {

    /** How much of one article's prose is shared with other articles. */
    public record ArticleSharing(String article, int words, int sharedWords) {
        public ArticleSharing {
            Objects.requireNonNull(article, "article must not be null");
            if (words < 0 || sharedWords < 0 || sharedWords > words) {
                throw new IllegalArgumentException("need 0 <= sharedWords (" + sharedWords + ") <= words (" + words + ")");
            }
        }

        /** The share of the article's words that stand in passages, 0 for an article without words. */
        public double share() {
            return words == 0 ? 0 : (double) sharedWords / words;
        }
    }

    /**
     * Two articles that share text: {@code first} comes before {@code second} in the order given.
     *
     * @param passages          how many passages occur in both
     * @param firstSharedWords  words of {@code first} inside those passages' occurrences
     * @param secondSharedWords the same for {@code second}
     */
    public record PairSharing(String first, String second, int passages,
                              int firstWords, int firstSharedWords, int secondWords, int secondSharedWords) {
        public PairSharing {
            Objects.requireNonNull(first, "first must not be null");
            Objects.requireNonNull(second, "second must not be null");
            if (first.equals(second)) throw new IllegalArgumentException("a pair needs two articles, not " + first + " twice");
            if (passages < 1) throw new IllegalArgumentException("passages must be at least 1 but was " + passages);
        }

        /** The share of {@code first}'s words that it shares with {@code second}. */
        public double firstShare() {
            return firstWords == 0 ? 0 : (double) firstSharedWords / firstWords;
        }

        /** The share of {@code second}'s words that it shares with {@code first}. */
        public double secondShare() {
            return secondWords == 0 ? 0 : (double) secondSharedWords / secondWords;
        }
    }

    /**
     * The article a passage most likely comes from: the earliest dated article it occurs in (dates
     * compare as {@link PartialDate} orders them; equal dates go to the smaller article id). Empty when
     * none of its articles has a date.
     */
    public record PassageOrigin(String passage, Optional<String> article) {
        public PassageOrigin {
            Objects.requireNonNull(passage, "passage must not be null");
            Objects.requireNonNull(article, "article must not be null");
        }
    }

    public SharingSummary {
        articles = List.copyOf(articles);
        pairs = List.copyOf(pairs);
        origins = List.copyOf(origins);
    }

    public static SharingSummary of(List<Article> articles, List<Passage> passages) {
        Objects.requireNonNull(articles, "articles must not be null");
        Objects.requireNonNull(passages, "passages must not be null");
        Map<String, Article> byId = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (Article article : articles) {
            byId.put(article.id(), article);
            order.put(article.id(), order.size());
        }
        checkOccurrences(passages, byId);
        WordCounter counter = new WordCounter();
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

    public Optional<PairSharing> between(String a, String b) {
        return pairs.stream()
                .filter(p -> p.first().equals(a) && p.second().equals(b) || p.first().equals(b) && p.second().equals(a))
                .findFirst();
    }

    public Optional<String> originOf(String passageId) {
        return origins.stream().filter(o -> o.passage().equals(passageId)).findFirst().flatMap(PassageOrigin::article);
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
        private final Map<Block, WordTokens> words = new HashMap<>();

        int all(Article article) {
            return article.blockStream().filter(b -> b.kind().isProse()).mapToInt(b -> words(b).size()).sum();
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
                    int start = tokens.starts[w];
                    int end = tokens.ends[w];
                    if (inBlock.stream().anyMatch(s -> start >= s.start() && end <= s.end())) count++;
                }
            }
            return count;
        }

        private WordTokens words(Block block) {
            return words.computeIfAbsent(block, b -> WordTokens.of(b.text()));
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
