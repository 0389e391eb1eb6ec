package org.dossier.analyze.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.dossier.memo.Memo;
import org.junit.jupiter.api.Test;

class PairAlignmentsTest {
    private static final String SHARED_FIRST = "The regional water authority announced on Monday that farmers in the province must stop sprinkling.";
    private static final String SHARED_LAST = "Farmers organisations reacted furiously and announced a court case against the water authority.";
    private final PassageSettings settings = PassageSettings.defaults();
    private final Vocabulary vocabulary = new Vocabulary();
    private final PairAligner aligner = new PairAligner(settings, vocabulary);

    @Test
    void aRememberedPairIsAlignedAgainWhenItSharesOtherShingles() {
        BlockClass a = blockClass(0, SHARED_FIRST + " Tulips bloomed early across several northern villages this year despite frost warnings. " + SHARED_LAST);
        BlockClass b = blockClass(1, SHARED_FIRST + " Cyclists complained loudly about gravel roads being resurfaced during peak holiday season weeks. " + SHARED_LAST);
        long[] all = sharedShingles(a, b);
        // As when the shingles of the first sentence are found in so many blocks that this pair is not compared on them.
        int lastSentence = a.length() - words(SHARED_LAST);
        long[] lastOnly = LongStream.of(all).filter(m -> (int) (m >>> 32) >= lastSentence).toArray();
        PairAlignments remembering = new PairAlignments(aligner, settings, Memo.remembering());

        assertEquals(2, remembering.align(a, b, all).size());
        assertEquals(aligner.align(a, b, lastOnly, settings.shingleSize()), remembering.align(a, b, lastOnly));
        assertEquals(1, remembering.align(a, b, lastOnly).size());
    }

    @Test
    void aRememberedAlignmentFitsAnotherPairWithTheSameWords() {
        String text = SHARED_FIRST + " " + SHARED_LAST;
        BlockClass a = blockClass(0, text);
        BlockClass b = blockClass(1, "Dry spring. " + text);
        PairAlignments remembering = new PairAlignments(aligner, settings, Memo.remembering());
        remembering.align(a, b, sharedShingles(a, b));
        BlockClass sameAsA = blockClass(5, text);
        BlockClass sameAsB = blockClass(9, "Dry spring. " + text);
        long[] matches = sharedShingles(sameAsA, sameAsB);

        assertEquals(aligner.align(sameAsA, sameAsB, matches, settings.shingleSize()), remembering.align(sameAsA, sameAsB, matches));
    }

    private BlockClass blockClass(int index, String text) {
        return new BlockClass(index, TextWords.of(ProseReading.of(text), vocabulary));
    }

    private static int words(String text) {
        return WordTokens.of(text).size();
    }

    /** Every pair of positions where the two classes have the same shingle, as the shingle index gives them. */
    private long[] sharedShingles(BlockClass a, BlockClass b) {
        int size = settings.shingleSize();
        LongStream.Builder matches = LongStream.builder();
        for (int i = 0; i + size <= a.length(); i++) {
            for (int j = 0; j + size <= b.length(); j++) {
                if (Arrays.equals(a.ids, i, i + size, b.ids, j, j + size)) matches.add(((long) i << 32) | j);
            }
        }
        return matches.build().toArray();
    }
}
