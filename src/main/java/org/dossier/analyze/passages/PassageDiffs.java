package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.Span;

/**
 * The word-level "what differs" view of near copies: each occurrence of a near passage compared with
 * the passage's first occurrence in another article (the first occurrence with the next one).
 */
public final class PassageDiffs {
    private PassageDiffs() {}

    public static List<PassageDiff> of(List<Passage> passages) {
        List<PassageDiff> diffs = new ArrayList<>();
        for (Passage passage : passages) {
            if (passage.kind() != Passage.Kind.NEAR) continue;
            for (Span occurrence : passage.occurrences()) {
                Span against = passage.occurrences().stream()
                        .filter(other -> !other.article().equals(occurrence.article()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("passage " + passage.id() + " stands in one article only"));
                diffs.add(new PassageDiff(passage.id(), occurrence, against,
                        WordDiff.between(occurrence.text(), against.text())));
            }
        }
        return diffs;
    }
}
