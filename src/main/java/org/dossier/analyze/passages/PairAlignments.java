package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.dossier.memo.Memo;

/**
 * Pair alignments remembered from build to build. An alignment reads only the two classes' words and
 * sentence starts, the shingles they share and the settings, so after an edit only the pairs whose
 * words or shared shingles changed are aligned again. Keys hold word ids, so the memo belongs to one
 * {@link VocabularyScope}.
 */
final class PairAlignments {
    private final PairAligner aligner;
    private final PassageSettings settings;
    private final Memo<Key, int[]> memo;

    PairAlignments(PairAligner aligner, PassageSettings settings, Memo<Key, int[]> memo) {
        this.aligner = aligner;
        this.settings = settings;
        this.memo = memo;
    }

    /** What {@link PairAligner#align} gives for the pair. */
    List<PairAligner.Region> align(BlockClass a, BlockClass b, long[] matches) {
        int[] stretches = memo.get(new Key(a, b, matches, settings),
                key -> flatten(aligner.align(a, b, matches, settings.shingleSize())));
        List<PairAligner.Region> regions = new ArrayList<>(stretches.length / 4);
        for (int i = 0; i < stretches.length; i += 4) {
            regions.add(new PairAligner.Region(a, stretches[i], stretches[i + 1], b, stretches[i + 2], stretches[i + 3]));
        }
        return regions;
    }

    /** The regions without their classes, four word positions each, so that they fit any classes with the same words. */
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

    /** Everything an alignment reads. Compares arrays by content; the class objects are not kept. */
    static final class Key {
        private final int[] aIds;
        private final boolean[] aSentenceStarts;
        private final int[] bIds;
        private final boolean[] bSentenceStarts;
        private final long[] matches;
        private final PassageSettings settings;
        private final int hash;

        Key(BlockClass a, BlockClass b, long[] matches, PassageSettings settings) {
            this.aIds = a.ids;
            this.aSentenceStarts = a.sentenceStarts;
            this.bIds = b.ids;
            this.bSentenceStarts = b.sentenceStarts;
            this.matches = matches;
            this.settings = settings;
            // The classes' id hashes were worked out when their texts were first read.
            this.hash = Objects.hash(a.idsHash, b.idsHash, Arrays.hashCode(matches), settings);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash
                    && Arrays.equals(matches, key.matches)
                    && Arrays.equals(aIds, key.aIds) && Arrays.equals(bIds, key.bIds)
                    && Arrays.equals(aSentenceStarts, key.aSentenceStarts) && Arrays.equals(bSentenceStarts, key.bSentenceStarts)
                    && settings.equals(key.settings);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
