package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.model.Article;
import org.dossier.model.Passage;

/**
 * Finds the passages that two or more articles share. Only prose blocks ({@link
 * org.dossier.model.BlockKind#isProse()}) are read, so headings, captions and embeds never take part.
 *
 * <p>The result does not depend on the order of the articles given except in its own order:
 * occurrences follow the given article order, then reading order; passages follow their first
 * occurrence. Passage ids derive from the passage's normalised text, so they survive rebuilds.
 */
public final class PassageFinder {
    private final PassageSettings settings;
    private final PassageSteps steps;

    public PassageFinder(PassageSettings settings) {
        this(settings, PassageSteps.FRESH);
    }

    /**
     * A finder that runs through {@code steps}, which must answer as {@link PassageSteps#FRESH} does: how a
     * rebuild reuses the steps of the last build (see {@code org.dossier.analyze.passages.reuse}).
     */
    public PassageFinder(PassageSettings settings, PassageSteps steps) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.steps = Objects.requireNonNull(steps, "steps must not be null");
    }

    public List<Passage> find(List<Article> articles) {
        Objects.requireNonNull(articles, "articles must not be null");
        List<Article> byId = new ArrayList<>(articles);
        byId.sort(Comparator.comparing(Article::id));
        for (int i = 1; i < byId.size(); i++) {
            if (byId.get(i).id().equals(byId.get(i - 1).id())) {
                throw new IllegalArgumentException("articles must have distinct ids, but " + byId.get(i).id() + " occurs twice");
            }
        }
        Map<String, Integer> givenOrder = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) givenOrder.put(articles.get(i).id(), i);
        int[] outputRank = byId.stream().mapToInt(a -> givenOrder.get(a.id())).toArray();

        VocabularySteps words = steps.vocabulary();
        List<BlockClass> classes = words.classify(byId, read(byId), settings.minWords());
        int boilerplateLimit = settings.boilerplateLimit(byId.size());
        boolean[] indexed = new boolean[classes.size()];
        for (BlockClass c : classes) indexed[c.index] = c.articleCount() <= boilerplateLimit;

        ShingleIndex index = words.index(classes, indexed, words.shingles(settings.shingleSize()), settings, boilerplateLimit);
        List<List<ShingleIndex.PairMatches>> pairs = words.pairs(index);
        PassageAssembler assembler = new PassageAssembler(byId, outputRank, classes, indexed, index, pairs, words, settings, steps);
        return assembler.passages(words.link(assembler));
    }

    /** Each article's reading, in article order; in parallel. */
    private List<ArticleReading> read(List<Article> byId) {
        return byId.parallelStream().map(steps::article).toList();
    }

    /**
     * Groups the prose blocks with identical normalised words, skipping boilerplate and blocks too short to
     * share: the classes in order of their first members, numbered in that order.
     *
     * @param byId     the articles in processing order
     * @param readings each one's reading
     */
    static List<BlockClass> classify(VocabularySteps words, List<Article> byId, List<ArticleReading> readings, int minWords) {
        int blockCount = 0;
        for (ArticleReading article : readings) blockCount += article.blocks().size();
        // Sized for every block at the outset: growing it step by step cost as much as filling it.
        Map<IdsKey, BlockClass> classes = new HashMap<>(2 * blockCount);
        List<BlockClass> ordered = new ArrayList<>();
        for (int a = 0; a < readings.size(); a++) {
            ArticleReading article = readings.get(a);
            // Words go into the vocabulary one article after another: a vocabulary is not shared between threads.
            TextWords[] articleWords = words.articleWords(article);
            for (int b = 0; b < articleWords.length; b++) {
                BlockClass.Member member = BlockClass.member(a, byId.get(a).id(), article, articleWords, b, minWords);
                if (member == null) continue;
                TextWords blockWords = articleWords[b];
                IdsKey key = new IdsKey(blockWords);
                BlockClass c = classes.get(key);
                if (c == null) {
                    c = new BlockClass(ordered.size(), blockWords);
                    classes.put(key, c);
                    ordered.add(c);
                }
                c.add(member);
            }
        }
        return ordered;
    }

    /** A text's word ids as a map key, with the hash worked out when the text was first read. */
    private record IdsKey(TextWords words) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdsKey key && Arrays.equals(words.ids(), key.words.ids());
        }

        @Override
        public int hashCode() {
            return words.idsHash();
        }

        @Override
        public String toString() {
            return Arrays.toString(words.ids());
        }
    }
}
