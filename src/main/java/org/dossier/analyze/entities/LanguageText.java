package org.dossier.analyze.entities;

import java.util.Objects;

/** A text and the ISO 639-1 code of its language, as the recogniser reads it. */
public record LanguageText(String text, String language) {
    public LanguageText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
