package org.dossier.model;

import java.util.List;
import java.util.Locale;

/**
 * Text that two or more articles share.
 *
 * @param similarity  1.0 for an exact copy (after normalisation), lower for a near copy
 * @param occurrences every place the text stands, in at least two different articles
 */
public record Passage(String id, Kind kind, double similarity, List<Span> occurrences) {
    public enum Kind {
        EXACT, NEAR;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Passage {
        Checks.notBlank(id, "id");
        Checks.notNull(kind, "kind");
        if (similarity < 0 || similarity > 1) throw new IllegalArgumentException("similarity must be 0..1 but was " + similarity);
        occurrences = Checks.copy(occurrences, "occurrences");
        if (occurrences.stream().map(Span::article).distinct().count() < 2) {
            throw new IllegalArgumentException("passage " + id + " must occur in at least two articles");
        }
    }
}
