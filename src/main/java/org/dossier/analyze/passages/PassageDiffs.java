package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.Span;

/**
 * The word-level "what differs" view of near copies: each occurrence of a near passage compared with
 * the passage's first occurrence in another article whose words differ from it, so that a copy is not
 * compared with its twin while a rewrite stands beside them (the first occurrence in another article
 * when all read alike). A passage's diffs read that passage alone, so a rebuild compares again only
 * passages that are new or changed since the last build (see {@code org.dossier.analyze.passages.reuse}).
 */
public final class PassageDiffs {
    private PassageDiffs() {}

    public static List<PassageDiff> of(List<Passage> passages) {
        return of(passages, PassageSteps.FRESH);
    }

    /** The same diffs, each near passage's given by {@code steps}, which must answer as {@link PassageSteps#FRESH} does. */
    public static List<PassageDiff> of(List<Passage> passages, PassageSteps steps) {
        Objects.requireNonNull(passages, "passages must not be null");
        Objects.requireNonNull(steps, "steps must not be null");
        List<PassageDiff> diffs = new ArrayList<>();
        for (Passage passage : passages) {
            if (passage.kind() == Passage.Kind.NEAR) diffs.addAll(steps.diffs(passage));
        }
        return diffs;
    }

    /** One near passage's diffs, in the order of its occurrences. */
    static List<PassageDiff> diffsOf(Passage passage) {
        List<PassageDiff> diffs = new ArrayList<>();
        for (Span occurrence : passage.occurrences()) {
            List<Span> elsewhere = passage.occurrences().stream().filter(other -> !other.article().equals(occurrence.article())).toList();
            if (elsewhere.isEmpty()) throw new IllegalStateException("passage " + passage.id() + " stands in one article only");
            List<String> words = words(occurrence);
            Span against = elsewhere.stream().filter(other -> !words(other).equals(words)).findFirst().orElse(elsewhere.get(0));
            diffs.add(new PassageDiff(passage.id(), occurrence, against,
                    WordDiff.between(occurrence.text(), against.text())));
        }
        return List.copyOf(diffs);
    }

    /** The words of an occurrence as passages compare them (case, diacritics and punctuation do not count). */
    private static List<String> words(Span occurrence) {
        return List.of(WordTokens.of(occurrence.text()).norms);
    }
}
