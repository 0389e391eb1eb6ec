package org.dossier.analyze.entities;

import java.util.Comparator;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.Span;

/**
 * One recognised name in one block of one article; the indexes give reading order across the dossier.
 * {@code span} is where it stands, made once with the occurrence: every mention and quote key is made
 * from it, and an occurrence kept from the last build then brings the very same span.
 */
record Occurrence(int articleIndex, String articleId, int blockIndex, Block block, NameSpan name, Span span) {
    static final Comparator<Occurrence> READING_ORDER = Comparator.comparingInt(Occurrence::articleIndex)
            .thenComparingInt(Occurrence::blockIndex)
            .thenComparingInt(o -> o.name().start());

    /**
     * Sorts the list into reading order, stably. Lists usually come in reading order already (the
     * recogniser reads the articles in order), which one pass of plain comparisons confirms more cheaply
     * than the sort's comparator would.
     */
    static void sortInReadingOrder(List<Occurrence> occurrences) {
        for (int i = 1; i < occurrences.size(); i++) {
            if (isAfter(occurrences.get(i - 1), occurrences.get(i))) {
                occurrences.sort(READING_ORDER);
                return;
            }
        }
    }

    private static boolean isAfter(Occurrence a, Occurrence b) {
        if (a.articleIndex != b.articleIndex) return a.articleIndex > b.articleIndex;
        if (a.blockIndex != b.blockIndex) return a.blockIndex > b.blockIndex;
        return a.name.start() > b.name.start();
    }

    static Occurrence of(int articleIndex, String articleId, int blockIndex, Block block, NameSpan name) {
        return new Occurrence(articleIndex, articleId, blockIndex, block, name, Span.of(articleId, block, name.start(), name.end()));
    }

    String surface() {
        return name.text();
    }
}
