package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private static final Comparator<Article> EARLIEST =
            Comparator.<Article, PartialDate>comparing(a -> a.date().orElseThrow()).thenComparing(Article::id);

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
        WordCounter counter = new WordCounter(memory);
        checkOccurrences(passages, byId, counter);
        List<ArticleSharing> articleSharing = new ArrayList<>();
        Map<String, List<Span>> spansOf = new HashMap<>();
        passages.forEach(p -> p.occurrences().forEach(s -> spansOf.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s)));
        for (Article article : articles) {
            ArticleWords words = counter.of(article);
            articleSharing.add(new ArticleSharing(article.id(), words.all(), words.inside(spansOf.getOrDefault(article.id(), List.of()))));
        }
        List<PairSharing> pairs = new ArrayList<>();
        byPair(passages, order).forEach((pair, shared) -> {
            Article first = articles.get((int) (pair >>> 32));
            Article second = articles.get((int) (long) pair);
            ArticleWords firstWords = counter.of(first);
            ArticleWords secondWords = counter.of(second);
            pairs.add(new PairSharing(first.id(), second.id(), shared.size(),
                    firstWords.all(), firstWords.inside(spansIn(first.id(), shared)),
                    secondWords.all(), secondWords.inside(spansIn(second.id(), shared))));
        });
        List<PassageOrigin> origins = passages.stream().map(p -> new PassageOrigin(p.id(), origin(p, byId))).toList();
        return new SharingSummary(articleSharing, pairs, origins);
    }

    private static void checkOccurrences(List<Passage> passages, Map<String, Article> byId, WordCounter counter) {
        for (Passage passage : passages) {
            for (Span span : passage.occurrences()) {
                Article article = byId.get(span.article());
                if (article == null) {
                    throw new IllegalArgumentException("passage " + passage.id() + " occurs in article " + span.article()
                            + ", which is not among the articles given");
                }
                if (!counter.of(article).hasBlock(span.block())) {
                    throw new IllegalArgumentException("passage " + passage.id() + " occurs in block " + span.block()
                            + ", which article " + span.article() + " does not have");
                }
            }
        }
    }

    /**
     * The passages each pair of articles shares, keyed {@code (first << 32) | second} by the articles'
     * places in the order given and ordered so. Only pairs that occur together in some passage, so the cost
     * follows the passages, not the square of the articles.
     */
    private static Map<Long, List<Passage>> byPair(List<Passage> passages, Map<String, Integer> order) {
        // Gathered in a hash map and sorted once: a passage in many articles adds many pairs.
        Map<Long, List<Passage>> byPair = new HashMap<>();
        for (Passage passage : passages) {
            int[] in = passage.occurrences().stream().mapToInt(s -> order.get(s.article())).distinct().sorted().toArray();
            for (int i = 0; i < in.length; i++) {
                for (int j = i + 1; j < in.length; j++) byPair.computeIfAbsent(((long) in[i] << 32) | in[j], k -> new ArrayList<>()).add(passage);
            }
        }
        return new TreeMap<>(byPair);
    }

    private static List<Span> spansIn(String articleId, List<Passage> passages) {
        List<Span> spans = new ArrayList<>();
        for (Passage passage : passages) {
            for (Span span : passage.occurrences()) {
                if (span.article().equals(articleId)) spans.add(span);
            }
        }
        return spans;
    }

    /** Reads each article's prose words once per summary, and each text once. */
    private static final class WordCounter {
        private static final WordTokens NOT_PROSE = WordTokens.of("");

        private final PassageMemory memory;
        private final Map<String, WordTokens> byText = new HashMap<>();
        private final Map<String, ArticleWords> byArticle = new HashMap<>();

        WordCounter(PassageMemory memory) {
            this.memory = memory;
        }

        ArticleWords of(Article article) {
            return byArticle.computeIfAbsent(article.id(), id -> {
                List<Block> blocks = article.blocks();
                WordTokens[] words = new WordTokens[blocks.size()];
                int all = 0;
                for (int b = 0; b < words.length; b++) {
                    words[b] = blocks.get(b).kind().isProse() ? words(blocks.get(b).text()) : NOT_PROSE;
                    all += words[b].size();
                }
                return new ArticleWords(blocks, words, all);
            });
        }

        private WordTokens words(String text) {
            return byText.computeIfAbsent(text, t -> memory.readings.get(t, ProseReading::of).words());
        }
    }

    /**
     * The words of one article's blocks, counted the way passages count them: blocks that are not prose
     * have none.
     *
     * @param words each block's words, in reading order
     * @param all   the words of the article's prose
     */
    private record ArticleWords(List<Block> blocks, WordTokens[] words, int all) {
        boolean hasBlock(String blockId) {
            return blocks.stream().anyMatch(b -> b.id().equals(blockId));
        }

        /** Words of the article's prose that stand inside the spans. */
        int inside(List<Span> spans) {
            if (spans.isEmpty()) return 0;
            Map<String, List<Span>> byBlock = new HashMap<>();
            spans.forEach(s -> byBlock.computeIfAbsent(s.block(), k -> new ArrayList<>()).add(s));
            int count = 0;
            for (int b = 0; b < words.length; b++) {
                List<Span> inBlock = byBlock.get(blocks.get(b).id());
                if (inBlock == null) continue;
                WordTokens tokens = words[b];
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
    }

    private static Optional<String> origin(Passage passage, Map<String, Article> byId) {
        Article earliest = null;
        for (Span span : passage.occurrences()) {
            Article article = byId.get(span.article());
            if (article.date().isPresent() && (earliest == null || EARLIEST.compare(article, earliest) < 0)) earliest = article;
        }
        return Optional.ofNullable(earliest).map(Article::id);
    }
}
