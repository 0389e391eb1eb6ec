package org.dossier.model;

import java.util.List;

/**
 * What differs, word by word, between one occurrence of a near-copy passage and another occurrence of
 * it: {@link DiffPart.Op#DELETE} parts are only in {@code occurrence}, {@link DiffPart.Op#INSERT} parts
 * only in {@code against}.
 */
public record PassageDiff(String passage, Span occurrence, Span against, List<DiffPart> parts) {
    public PassageDiff {
        Checks.notBlank(passage, "passage");
        Checks.notNull(occurrence, "occurrence");
        Checks.notNull(against, "against");
        parts = Checks.copy(parts, "parts");
    }
}
