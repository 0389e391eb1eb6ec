package org.dossier.analyze.passages;

import java.util.Locale;
import java.util.Objects;

/**
 * One piece of a word-level comparison of two texts: words both have, or words only the first
 * ({@link Op#DELETE}) or only the second ({@link Op#INSERT}) has. Each piece's text keeps the spaces
 * and punctuation that follow its words.
 */
public record DiffPart(Op op, String text) {
    public enum Op {
        EQUAL, INSERT, DELETE;

        /** The name for CSS classes and JSON: {@code equal}, {@code insert}, {@code delete}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DiffPart {
        Objects.requireNonNull(op, "op must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (text.isEmpty()) throw new IllegalArgumentException("text must not be empty");
    }
}
