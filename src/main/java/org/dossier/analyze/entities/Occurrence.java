package org.dossier.analyze.entities;

import java.util.Comparator;
import org.dossier.model.Block;
import org.dossier.model.Span;

/** One recognised name in one block of one article; the indexes give reading order across the dossier. */
record Occurrence(int articleIndex, String articleId, int blockIndex, Block block, NameSpan name) {
    static final Comparator<Occurrence> READING_ORDER = Comparator.comparingInt(Occurrence::articleIndex)
            .thenComparingInt(Occurrence::blockIndex)
            .thenComparingInt(o -> o.name().start());

    Span span() {
        return Span.of(articleId, block, name.start(), name.end());
    }

    String surface() {
        return name.text();
    }
}
