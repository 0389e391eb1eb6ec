package org.dossier.analyze.passages.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.analyze.passages.PassageFinder;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.analyze.passages.PassageSteps;
import org.dossier.analyze.passages.ShingleIndex;
import org.dossier.analyze.passages.ShingleTable;
import org.dossier.analyze.passages.VocabularySteps;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.junit.jupiter.api.Test;

/** The pairs a remembered index redoes in part are those a whole index finds, build after build of edits. */
class RememberedPairsTest {
    /** A window of two, so that most shingles stand in more places than each is paired with: edits move others in and out of it. */
    private static final PassageSettings NARROW = new PassageSettings(6, 3, 6, 0.75, 8, 2, 100, 0.02, 10);

    /**
     * A boilerplate limit of a tenth of the collection, at least three articles: as articles come and go the
     * limit moves (and the memory starts afresh), and classes of common paragraphs cross it either way.
     */
    private static final PassageSettings LOW_LIMIT = new PassageSettings(6, 3, 6, 0.75, 8, 2, 3, 0.1, 10);

    @Test
    void pairsRedoneForTheChangedClassesAreThePairsOfAWholeIndex() {
        assertRememberedPairsAreWhole(NARROW, 5);
    }

    @Test
    void pairsStayWholeAsTheBoilerplateLimitMovesAndClassesCrossIt() {
        Checked vocabulary = assertRememberedPairsAreWhole(LOW_LIMIT, 9);
        assertTrue(vocabulary.limits.size() >= 2, "the limit should move, but was " + vocabulary.limits);
        assertTrue(vocabulary.leftOut > 0, "some classes should stand in more articles than the limit");
    }

    private static Checked assertRememberedPairsAreWhole(PassageSettings settings, long seed) {
        Random random = new Random(seed);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < 12; i++) sources.add(RememberedPassagesTest.paragraph(random, 12 + random.nextInt(30)));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 41; i++) articles.add(RememberedPassagesTest.article("gen-" + i, random, sources));
        Checked vocabulary = new Checked();
        PassageFinder remembering = new PassageFinder(settings, new PassageSteps() {
            @Override
            public VocabularySteps vocabulary() {
                return vocabulary;
            }
        });
        PassageFinder fresh = new PassageFinder(settings);
        for (int step = 0; step < 60; step++) {
            List<Passage> found = remembering.find(articles);
            assertEquals(vocabulary.whole, vocabulary.remembered, "step " + step);
            assertEquals(fresh.find(articles), found, "step " + step);
            RememberedPassagesTest.change(articles, random, sources, step);
        }
        assertTrue(vocabulary.pairs > 30, "the collection should pair many classes, but paired " + vocabulary.pairs);
        return vocabulary;
    }

    /** A vocabulary whose table lasts, that answers with the remembered pairs and keeps both answers to compare. */
    private static final class Checked extends VocabularySteps {
        private final RememberedPairs memory = new RememberedPairs();
        private ShingleTable table;
        List<String> whole;
        List<String> remembered;
        int pairs;
        final Set<Integer> limits = new TreeSet<>();
        int leftOut;

        @Override
        public ShingleTable shingles(int shingleSize) {
            if (table == null) table = super.shingles(shingleSize);
            return table;
        }

        @Override
        public List<List<ShingleIndex.PairMatches>> pairs(ShingleIndex index) {
            whole = shown(super.pairs(index));
            List<List<ShingleIndex.PairMatches>> kept = memory.pairs(index);
            remembered = shown(kept);
            pairs = Math.max(pairs, remembered.size());
            limits.add(index.boilerplateLimit());
            leftOut = Math.max(leftOut, (int) index.classes().stream().filter(c -> index.slotOf(c) < 0).count());
            return kept;
        }

        private static List<String> shown(List<List<ShingleIndex.PairMatches>> pairs) {
            List<String> shown = new ArrayList<>();
            for (int c = 0; c < pairs.size(); c++) {
                for (ShingleIndex.PairMatches p : pairs.get(c)) shown.add(c + "-" + p.other().index() + " " + Arrays.toString(p.matches()));
            }
            return shown;
        }
    }
}
