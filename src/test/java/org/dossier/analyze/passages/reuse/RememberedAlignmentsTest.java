package org.dossier.analyze.passages.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.dossier.analyze.passages.BlockClass;
import org.dossier.analyze.passages.Fixtures;
import org.dossier.analyze.passages.PairAligner;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.analyze.passages.VocabularySteps;
import org.junit.jupiter.api.Test;

/** A remembered vocabulary's alignments are those of a fresh alignment, whichever pair of equal words asks. */
class RememberedAlignmentsTest {
    private static final String SHARED_FIRST = "The regional water authority announced on Monday that farmers in the province must stop sprinkling.";
    private static final String SHARED_LAST = "Farmers organisations reacted furiously and announced a court case against the water authority.";
    private final PassageSettings settings = PassageSettings.defaults();
    private final RememberedVocabulary remembering = new RememberedVocabulary(settings);
    private final PairAligner aligner = Fixtures.aligner(settings, remembering.vocabulary());
    private final VocabularySteps fresh = new VocabularySteps();

    @Test
    void aRememberedPairIsAlignedAgainWhenItSharesOtherShingles() {
        BlockClass a = blockClass(0, SHARED_FIRST + " Tulips bloomed early across several northern villages this year despite frost warnings. " + SHARED_LAST);
        BlockClass b = blockClass(1, SHARED_FIRST + " Cyclists complained loudly about gravel roads being resurfaced during peak holiday season weeks. " + SHARED_LAST);
        long[] all = sharedShingles(a, b);
        // As when the shingles of the first sentence are found in so many blocks that this pair is not compared on them.
        int lastSentence = a.ids().length - Fixtures.words(SHARED_LAST);
        long[] lastOnly = LongStream.of(all).filter(m -> (int) (m >>> 32) >= lastSentence).toArray();

        assertEquals(2, align(remembering, a, b, all).size());
        assertEquals(align(fresh, a, b, lastOnly), align(remembering, a, b, lastOnly));
        assertEquals(1, align(remembering, a, b, lastOnly).size());
    }

    @Test
    void aRememberedAlignmentFitsAnotherPairWithTheSameWords() {
        String text = SHARED_FIRST + " " + SHARED_LAST;
        BlockClass a = blockClass(0, text);
        BlockClass b = blockClass(1, "Dry spring. " + text);
        align(remembering, a, b, sharedShingles(a, b));
        BlockClass sameAsA = blockClass(5, text);
        BlockClass sameAsB = blockClass(9, "Dry spring. " + text);
        long[] matches = sharedShingles(sameAsA, sameAsB);

        assertEquals(align(fresh, sameAsA, sameAsB, matches), align(remembering, sameAsA, sameAsB, matches));
    }

    private java.util.List<PairAligner.Region> align(VocabularySteps steps, BlockClass a, BlockClass b, long[] matches) {
        return steps.align(aligner, a, b, matches, settings.shingleSize());
    }

    private BlockClass blockClass(int index, String text) {
        return Fixtures.blockClass(index, text, remembering.vocabulary());
    }

    /** Every pair of positions where the two classes have the same shingle, as the shingle index gives them. */
    private long[] sharedShingles(BlockClass a, BlockClass b) {
        int size = settings.shingleSize();
        LongStream.Builder matches = LongStream.builder();
        for (int i = 0; i + size <= a.ids().length; i++) {
            for (int j = 0; j + size <= b.ids().length; j++) {
                if (Arrays.equals(a.ids(), i, i + size, b.ids(), j, j + size)) matches.add(((long) i << 32) | j);
            }
        }
        return matches.build().toArray();
    }
}
