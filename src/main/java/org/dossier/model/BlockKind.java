package org.dossier.model;

import java.util.Locale;

/** What a block is to a reader; {@link #id()} is the name used in the JSON export and in CSS classes. */
public enum BlockKind {
    PARAGRAPH, HEADING, QUOTE, CAPTION, EMBED, LIST, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the block is running text of the article (the kinds that analysis reads for passages). */
    public boolean isProse() {
        return this == PARAGRAPH || this == QUOTE || this == LIST;
    }
}
