package org.dossier.render.reuse;

import java.util.Objects;
import org.dossier.model.Dossier;
import org.dossier.render.DossierIndex;
import org.dossier.render.TimelinePages;

/**
 * The index as a page of one article or one entity reads it: it answers as the plain {@link DossierIndex}
 * does and notes each lookup and its answer in the page's {@link PageReads}. The next render asks the same
 * questions of its own index ({@link #answersAsBefore}); a page whose every answer is unchanged would come
 * out the same, so its view need not be built again; the reads about an article or entity whose part of
 * the index is still the very one they were answered from pass without being asked again. That is why
 * such pages may not reach the whole {@link #dossier()}: a read that is not noted could not be checked.
 */
final class RecordingIndex extends DossierIndex {
    private final PageReads reads;

    /** {@code index}, noting every lookup and its answer in {@code reads}. */
    RecordingIndex(DossierIndex index, PageReads reads) {
        super(index);
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    @Override
    protected <T> T look(Lookup lookup, Object key) {
        T answer = super.look(lookup, key);
        reads.add(lookup, key, answer, partAnswering(lookup, key));
        return answer;
    }

    @Override
    public Dossier dossier() {
        throw new IllegalStateException("a page of one article or entity must read the dossier through the index's lookups");
    }

    @Override
    protected TimelinePages timelinePages() {
        throw new IllegalStateException("a page of one article or entity must ask for one entry's page, timelineUrl");
    }

    /**
     * Whether {@code index} answers every question in {@code reads} as the index that noted them did. Answers
     * that are equal but not the same object are replaced by this index's, so the reads hold on to one
     * dossier only and the next check can stop at identity.
     */
    static boolean answersAsBefore(DossierIndex index, PageReads reads) {
        for (int group = 0; group < reads.groups(); group++) {
            int from = reads.groupStart(group);
            int to = reads.groupEnd(group);
            Object owner = reads.groupOwner(group);
            // Reads about one article or entity whose part of the tables these tables still hold are answered
            // as before, all of them: each answer comes from that part alone.
            if (owner != null && index.holds(owner)) continue;
            Object ownerNow = owner == null ? null : index.partAnswering(reads.lookup(from), reads.key(from));
            for (int i = from; i < to; i++) {
                Object before = reads.answer(i);
                Object now = index.answerTo(reads.lookup(i), reads.key(i));
                if (before == now) continue;
                if (!Objects.equals(before, now)) return false;
                reads.replaceAnswer(i, now);
            }
            if (owner != null) reads.replaceGroupOwner(group, ownerNow);
        }
        return true;
    }
}
