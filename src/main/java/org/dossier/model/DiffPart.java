package org.dossier.model;

import java.util.Locale;

/**
 * One piece of a word-level comparison of two texts, for showing what differs between two
 * occurrences of a passage: words both have, or words only the first ({@link Op#DELETE}) or only the
 * second ({@link Op#INSERT}) has. Each piece's text keeps the spaces and punctuation that follow its words.
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
        Checks.notNull(op, "op");
        Checks.notNull(text, "text");
        if (text.isEmpty()) throw new IllegalArgumentException("text must not be empty");
    }
}
