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
import java.util.function.Predicate;
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
        for (Article article : articles) byId.put(article.id(), article);
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
        List<ArticleSharing> articleSharing = new ArrayList<>();
        for (Article article : articles) {
            articleSharing.add(new ArticleSharing(article.id(), allWords(article),
                    wordsInside(article, spansIn(article.id(), passages, p -> true))));
        }
        List<PairSharing> pairs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                pair(articles.get(i), articles.get(j), passages).ifPresent(pairs::add);
            }
        }
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

    private static Optional<PairSharing> pair(Article first, Article second, List<Passage> passages) {
        Predicate<Passage> inBoth = p -> occursIn(p, first.id()) && occursIn(p, second.id());
        int shared = (int) passages.stream().filter(inBoth).count();
        if (shared == 0) return Optional.empty();
        return Optional.of(new PairSharing(first.id(), second.id(), shared,
                allWords(first), wordsInside(first, spansIn(first.id(), passages, inBoth)),
                allWords(second), wordsInside(second, spansIn(second.id(), passages, inBoth))));
    }

    private static boolean occursIn(Passage passage, String articleId) {
        return passage.occurrences().stream().anyMatch(s -> s.article().equals(articleId));
    }

    private static List<Span> spansIn(String articleId, List<Passage> passages, Predicate<Passage> which) {
        return passages.stream().filter(which)
                .flatMap(p -> p.occurrences().stream())
                .filter(s -> s.article().equals(articleId))
                .toList();
    }

    private static int allWords(Article article) {
        return article.blockStream().filter(b -> b.kind().isProse()).mapToInt(b -> WordTokens.of(b.text()).size()).sum();
    }

    /** Words of the article's prose that stand inside the spans. */
    private static int wordsInside(Article article, List<Span> spans) {
        int count = 0;
        for (Block block : article.blocks()) {
            List<Span> inBlock = spans.stream().filter(s -> s.block().equals(block.id())).toList();
            if (inBlock.isEmpty() || !block.kind().isProse()) continue;
            WordTokens words = WordTokens.of(block.text());
            for (int w = 0; w < words.size(); w++) {
                if (inside(words.starts[w], words.ends[w], inBlock)) count++;
            }
        }
        return count;
    }

    private static boolean inside(int start, int end, List<Span> spans) {
        for (Span span : spans) {
            if (start >= span.start() && end <= span.end()) return true;
        }
        return false;
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
