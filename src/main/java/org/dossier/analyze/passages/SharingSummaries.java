package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        return of(articles, passages, PassageSteps.FRESH);
    }

    /**
     * The same summary, with each article's words and each article's and pair's share given by {@code
     * steps}, which must answer as {@link PassageSteps#FRESH} does: a rebuild counts again only where an edit
     * changed an article or the passages it holds (see {@code org.dossier.analyze.passages.reuse}).
     */
    public static SharingSummary of(List<Article> articles, List<Passage> passages, PassageSteps steps) {
        Objects.requireNonNull(articles, "articles must not be null");
        Objects.requireNonNull(passages, "passages must not be null");
        Objects.requireNonNull(steps, "steps must not be null");
        Map<String, Article> byId = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (Article article : articles) {
            byId.put(article.id(), article);
            order.put(article.id(), order.size());
        }
        // Each article's words read alone: in parallel, gathered in the articles' order.
        List<ArticleWords> read = articles.parallelStream().map(steps::sharingWords).toList();
        Map<String, ArticleWords> words = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) words.put(articles.get(a).id(), read.get(a));
        checkOccurrences(passages, words);
        Map<String, List<Span>> spansOf = new HashMap<>();
        passages.forEach(p -> p.occurrences().forEach(s -> spansOf.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s)));
        List<ArticlePart> articleParts = new ArrayList<>(articles.size());
        for (Article article : articles) {
            articleParts.add(new ArticlePart(article.id(), words.get(article.id()), spansOf.getOrDefault(article.id(), List.of())));
        }
        List<PairPart> pairParts = new ArrayList<>();
        byPair(passages, order).forEach((pair, shared) -> {
            String first = articles.get((int) (pair >>> 32)).id();
            String second = articles.get((int) (long) pair).id();
            pairParts.add(new PairPart(first, words.get(first), second, words.get(second), shared));
        });
        // Each share reads its part alone: counted in parallel, in the parts' order.
        List<ArticleSharing> articleSharing = articleParts.parallelStream().map(steps::articleSharing).toList();
        List<PairSharing> pairs = pairParts.parallelStream().map(steps::pairSharing).toList();
        List<PassageOrigin> origins = passages.stream().map(p -> origin(p, byId::get)).toList();
        return new SharingSummary(articleSharing, pairs, origins);
    }

    private static void checkOccurrences(List<Passage> passages, Map<String, ArticleWords> words) {
        for (Passage passage : passages) checkOccurrences(passage, words::get);
    }

    /** Checks that each occurrence of the passage stands in a block of an article given: {@code words} of the article by id, or null. */
    public static void checkOccurrences(Passage passage, Function<String, ArticleWords> words) {
        for (Span span : passage.occurrences()) {
            ArticleWords article = words.apply(span.article());
            if (article == null) {
                throw new IllegalArgumentException("passage " + passage.id() + " occurs in article " + span.article()
                        + ", which is not among the articles given");
            }
            if (!article.hasBlock(span.block())) {
                throw new IllegalArgumentException("passage " + passage.id() + " occurs in block " + span.block()
                        + ", which article " + span.article() + " does not have");
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
            int[] in = articlePlaces(passage, order);
            for (int i = 0; i < in.length; i++) {
                for (int j = i + 1; j < in.length; j++) byPair.computeIfAbsent(((long) in[i] << 32) | in[j], k -> new ArrayList<>()).add(passage);
            }
        }
        return new TreeMap<>(byPair);
    }

    /** The places of the passage's articles in the order given, each once, ascending. */
    private static int[] articlePlaces(Passage passage, Map<String, Integer> order) {
        List<Span> spans = passage.occurrences();
        int[] places = new int[spans.size()];
        for (int i = 0; i < places.length; i++) places[i] = order.get(spans.get(i).article());
        Arrays.sort(places);
        int distinct = 0;
        for (int i = 0; i < places.length; i++) {
            if (i == 0 || places[i] != places[i - 1]) places[distinct++] = places[i];
        }
        return Arrays.copyOf(places, distinct);
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

    /**
     * One article's share: everything it reads. {@code words} stands for the article's blocks, whose
     * words it was read from (compared by identity: equal blocks give back the same words while remembered).
     */
    public record ArticlePart(String article, ArticleWords words, List<Span> spans) {
        ArticleSharing sharing() {
            return new ArticleSharing(article, words.all(), words.inside(spans));
        }

        /** Hashed without the spans' texts: equal parts hold the same span objects, while remembered, so equals is quick. */
        @Override
        public int hashCode() {
            int hash = Objects.hash(article, words);
            for (Span span : spans) hash = 31 * hash + 37 * span.block().hashCode() + span.start() + 7 * span.end();
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ArticlePart part && article.equals(part.article) && words == part.words && spans.equals(part.spans);
        }
    }

    /**
     * One pair's share: everything it reads, as {@link ArticlePart}. Hashed by the passages' ids, so that
     * a passage in many articles is not hashed whole for each of its many pairs.
     */
    public record PairPart(String first, ArticleWords firstWords, String second, ArticleWords secondWords, List<Passage> shared) {
        PairSharing sharing() {
            return new PairSharing(first, second, shared.size(),
                    firstWords.all(), firstWords.inside(spansIn(first, shared)),
                    secondWords.all(), secondWords.inside(spansIn(second, shared)));
        }

        @Override
        public int hashCode() {
            int hash = Objects.hash(first, second, firstWords, secondWords);
            for (Passage passage : shared) hash = 31 * hash + passage.id().hashCode();
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PairPart part && first.equals(part.first) && second.equals(part.second)
                    && firstWords == part.firstWords && secondWords == part.secondWords && shared.equals(part.shared);
        }
    }

    /**
     * The words of one article's blocks, counted the way passages count them: blocks that are not prose
     * have none. Compared by identity.
     */
    public static final class ArticleWords {
        private static final WordTokens NOT_PROSE = WordTokens.of("");

        private final List<Block> blocks;
        /** Each block's words, in reading order. */
        private final WordTokens[] words;
        private final Set<String> blockIds;
        /** The words of the article's prose. */
        private final int all;

        private ArticleWords(List<Block> blocks, WordTokens[] words, int all) {
            this.blocks = blocks;
            this.words = words;
            this.all = all;
            this.blockIds = blocks.stream().map(Block::id).collect(Collectors.toUnmodifiableSet());
        }

        static ArticleWords of(List<Block> blocks, PassageSteps steps) {
            WordTokens[] words = new WordTokens[blocks.size()];
            int all = 0;
            for (int b = 0; b < words.length; b++) {
                words[b] = blocks.get(b).kind().isProse() ? steps.prose(blocks.get(b).text()).words() : NOT_PROSE;
                all += words[b].size();
            }
            return new ArticleWords(blocks, words, all);
        }

        int all() {
            return all;
        }

        boolean hasBlock(String blockId) {
            return blockIds.contains(blockId);
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

    /** The passage's likely origin among the articles given, by id. */
    public static PassageOrigin origin(Passage passage, Function<String, Article> byId) {
        Article earliest = null;
        for (Span span : passage.occurrences()) {
            Article article = byId.apply(span.article());
            if (article.date().isPresent() && (earliest == null || EARLIEST.compare(article, earliest) < 0)) earliest = article;
        }
        return new PassageOrigin(passage.id(), Optional.ofNullable(earliest).map(Article::id));
    }
}
