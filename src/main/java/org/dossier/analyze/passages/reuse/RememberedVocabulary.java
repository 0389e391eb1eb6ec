package org.dossier.analyze.passages.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.analyze.passages.ArticleReading;
import org.dossier.analyze.passages.BlockClass;
import org.dossier.analyze.passages.ComponentKey;
import org.dossier.analyze.passages.PairAligner;
import org.dossier.analyze.passages.PassageAssembler;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.analyze.passages.ProseReading;
import org.dossier.analyze.passages.ShingleIndex;
import org.dossier.analyze.passages.ShingleTable;
import org.dossier.analyze.passages.StockPhrases;
import org.dossier.analyze.passages.TextWords;
import org.dossier.analyze.passages.VocabularySteps;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.Passage;

/**
 * A vocabulary that lasts for a series of builds, with what was worked out in its ids: each text's
 * words, where each shingle stands (a {@link ShingleTable} kept from build to build, so that a build
 * hashes only the shingles of words it has not seen), the classes of blocks and where they stand in the
 * table (made again for the articles an edit changed, see {@link RememberedClasses}), the shingles each pair
 * of classes shares (kept with the table, see {@link RememberedPairs}), each candidate pair's alignment, the
 * passages each component of linked stretches gave, and which short ones stand as stock phrases (see {@link
 * RememberedStockPhrases}). Word ids are only meaningful within one vocabulary, so results
 * that hold or are keyed by ids live and die with it. Results do not depend on which id a word has, only
 * on equal words having equal ids, so builds that share a vocabulary find what builds with their own would.
 *
 * <p>A vocabulary only grows: it keeps the words of texts that were edited away. Once it holds more than
 * twice the words it had after its first build ({@link #outgrown}), {@link RememberedPassages} starts a
 * new one, so a long preview session holds about the words of its current seeds.
 */
final class RememberedVocabulary extends VocabularySteps {
    private final PassageSettings settings;
    private final Memo<String, TextWords> words = Memo.remembering();
    /** By the reading object, which is the same while its article is (see {@link RememberedPassages}). */
    private final Memo<Same<ArticleReading>, TextWords[]> articleWords = Memo.remembering();
    private final Memo<Alignment, int[]> alignments = Memo.remembering();
    private final Memo<ComponentKey, List<PassageAssembler.Draft>> drafts = Memo.remembering();
    /** Each draft's passage, by the draft and its id, so that unchanged passages are the same objects. */
    private final Memo<Named, Passage> passages = Memo.remembering();
    /** Each draft narrowed to the articles a stock phrase joins, by the draft and the articles, so that its passage is the same object too. */
    private final Memo<Within, PassageAssembler.Draft> narrowed = Memo.remembering();
    private final RememberedClasses classes = new RememberedClasses();
    private final RememberedPairs pairs = new RememberedPairs();
    private final RememberedStockPhrases stockPhrases = new RememberedStockPhrases();
    private final RememberedComponents components = new RememberedComponents();
    private ShingleTable shingles;
    private int sizeAfterFirstBuild = -1;

    RememberedVocabulary(PassageSettings settings) {
        this.settings = settings;
    }

    /** Where the shingles of this size stand, as earlier builds left it unless it has outgrown its use. */
    @Override
    public ShingleTable shingles(int shingleSize) {
        if (shingles == null || shingles.shingleSize() != shingleSize || shingles.outgrown()) shingles = super.shingles(shingleSize);
        return shingles;
    }

    /** The classes of the last build, made again for the articles whose reading changed (see {@link RememberedClasses}). */
    @Override
    public List<BlockClass> classify(List<Article> articles, List<ArticleReading> readings, int minWords) {
        return classes.classify(this, articles, readings, minWords, super::classify);
    }

    /** The classes located where the last build's index had them, unless they changed (see {@link RememberedClasses}). */
    @Override
    public ShingleIndex index(List<BlockClass> now, boolean[] indexed, ShingleTable table, PassageSettings settings, int boilerplateLimit) {
        return classes.index(now, indexed, table, settings, boilerplateLimit);
    }

    /** The pairs of the last build, redone for the shingles of the classes that changed (see {@link RememberedPairs}). */
    @Override
    public List<List<ShingleIndex.PairMatches>> pairs(ShingleIndex index) {
        return pairs.pairs(index);
    }

    @Override
    public TextWords words(String text, ProseReading reading) {
        return words.get(text, t -> super.words(t, reading));
    }

    @Override
    public TextWords[] articleWords(ArticleReading article) {
        TextWords[] known = classes.wordsOf(article);
        if (known != null) return known;
        return articleWords.get(new Same<>(article), same -> super.articleWords(article));
    }

    /** What the aligner gives, kept as four word positions a stretch so that it fits any classes with the same words. */
    @Override
    public List<PairAligner.Region> align(PairAligner aligner, BlockClass a, BlockClass b, long[] matches, int shingleSize) {
        int[] stretches = alignments.get(new Alignment(a, b, matches, shingleSize, settings),
                key -> flatten(super.align(aligner, a, b, matches, shingleSize)));
        List<PairAligner.Region> regions = new ArrayList<>(stretches.length / 4);
        for (int i = 0; i < stretches.length; i += 4) {
            regions.add(new PairAligner.Region(a, stretches[i], stretches[i + 1], b, stretches[i + 2], stretches[i + 3]));
        }
        return regions;
    }

    /** The components of the last build that no change reached, and the others linked again (see {@link RememberedComponents}). */
    @Override
    public List<PassageAssembler.Linked> link(PassageAssembler assembler) {
        return components.link(assembler, pairs);
    }

    @Override
    public List<PassageAssembler.Draft> split(PassageAssembler.Component component) {
        return drafts.get(component.key(), key -> super.split(component));
    }

    /** The fates of the short drafts of the last build, judged again where an edit may have changed them (see {@link RememberedStockPhrases}). */
    @Override
    public List<PassageAssembler.Draft> withoutStockLinks(List<PassageAssembler.Draft> drafts, int standaloneWords, StockPhrases.Copies copies) {
        return stockPhrases.withoutStockLinks(drafts, standaloneWords, copies, classes.changedArticles(), this::within);
    }

    @Override
    public PassageAssembler.Draft within(PassageAssembler.Draft draft, Set<String> articles) {
        return narrowed.get(new Within(draft, articles), key -> super.within(draft, articles));
    }

    @Override
    public Passage passage(String id, PassageAssembler.Draft draft) {
        return passages.get(new Named(id, draft), named -> super.passage(id, draft));
    }

    /** The classes the last build made, for tests. */
    RememberedClasses classes() {
        return classes;
    }

    /** The stock phrases the last build judged, for tests. */
    RememberedStockPhrases stockPhrases() {
        return stockPhrases;
    }

    /** The components the last build linked, for tests. */
    RememberedComponents components() {
        return components;
    }

    /** Whether the vocabulary has grown so much since its first build that starting afresh is worth it. */
    boolean outgrown() {
        return sizeAfterFirstBuild >= 0 && vocabulary().size() > 2 * Math.max(sizeAfterFirstBuild, 1000);
    }

    void endBuild() {
        if (sizeAfterFirstBuild < 0) sizeAfterFirstBuild = vocabulary().size();
        words.endBuild();
        articleWords.endBuild();
        alignments.endBuild();
        drafts.endBuild();
        passages.endBuild();
        narrowed.endBuild();
    }

    private static int[] flatten(List<PairAligner.Region> regions) {
        int[] stretches = new int[4 * regions.size()];
        int i = 0;
        for (PairAligner.Region r : regions) {
            stretches[i++] = r.aStart();
            stretches[i++] = r.aEnd();
            stretches[i++] = r.bStart();
            stretches[i++] = r.bEnd();
        }
        return stretches;
    }

    /**
     * A draft with the id it was given. Drafts compare by identity (a remembered split gives back the same
     * drafts), so a passage is remembered while its draft is.
     */
    private record Named(String id, PassageAssembler.Draft draft) {}

    /** A draft, compared by identity as {@link Named}'s, with the articles it is narrowed to. */
    private record Within(PassageAssembler.Draft draft, Set<String> articles) {}

    /**
     * Everything an alignment reads: the two classes' words and sentence starts, the shingles they share
     * and the settings. Compares arrays by content; the class objects are not kept.
     */
    private static final class Alignment {
        private final int[] aIds;
        private final boolean[] aSentenceStarts;
        private final int[] bIds;
        private final boolean[] bSentenceStarts;
        private final long[] matches;
        private final int shingleSize;
        private final PassageSettings settings;
        private final int hash;

        Alignment(BlockClass a, BlockClass b, long[] matches, int shingleSize, PassageSettings settings) {
            this.aIds = a.ids();
            this.aSentenceStarts = a.sentenceStarts();
            this.bIds = b.ids();
            this.bSentenceStarts = b.sentenceStarts();
            this.matches = matches;
            this.shingleSize = shingleSize;
            this.settings = settings;
            // The classes' id hashes were worked out when their texts were first read. The matches are hashed by
            // their count and ends alone: a pair no edit touched brings the very array of the last build, which
            // equals then finds the same at once, where hashing all of it would cost a walk per pair per build.
            int ends = matches.length == 0 ? 0 : Long.hashCode(matches[0]) * 31 + Long.hashCode(matches[matches.length - 1]);
            this.hash = Objects.hash(a.idsHash(), b.idsHash(), matches.length, ends, shingleSize, settings);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Alignment key && hash == key.hash
                    && Arrays.equals(matches, key.matches)
                    && Arrays.equals(aIds, key.aIds) && Arrays.equals(bIds, key.bIds)
                    && Arrays.equals(aSentenceStarts, key.aSentenceStarts) && Arrays.equals(bSentenceStarts, key.bSentenceStarts)
                    && shingleSize == key.shingleSize && settings.equals(key.settings);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
