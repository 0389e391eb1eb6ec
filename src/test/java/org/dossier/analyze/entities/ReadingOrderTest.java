package org.dossier.analyze.entities;

import static org.dossier.analyze.entities.EntityMergingTest.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** Places of blocks in the dossier, by indexes when ids are distinct and by numbering every block otherwise. */
class ReadingOrderTest {
    private static final Article FIRST = article("first", "nl", "Een.", "Twee.", "Drie.");
    private static final Article SECOND = article("second", "nl", "Vier.");
    private static final Article THIRD = article("third", "nl", "Vijf.", "Zes.");

    @Test
    void ordersSpansByArticleThenBlockAndPutsUnknownBlocksLast() {
        List<Article> articles = List.of(SECOND, THIRD, FIRST);
        ReadingOrder order = ReadingOrder.of(articles, articles.stream().map(ArticleFacts::of).toList());
        assertTrue(order.followsOccurrences());
        List<Span> spans = new ArrayList<>();
        for (Article a : articles) for (Block b : a.blocks()) spans.add(Span.of(a.id(), b, 0, 1));
        List<Span> expected = new ArrayList<>(spans);
        spans.add(0, new Span("elsewhere", "p1", 0, 1, "x"));
        spans.add(2, new Span("first", "p9", 0, 1, "x"));
        expected.add(spans.get(0));
        expected.add(spans.get(2));
        java.util.Collections.reverse(spans);
        List<Span> sorted = spans.stream().sorted(Comparator.comparingLong(order::applyAsLong)).toList();
        assertEquals(expected.subList(0, 6), sorted.subList(0, 6));
        assertEquals(java.util.Set.copyOf(expected.subList(6, 8)), java.util.Set.copyOf(sorted.subList(6, 8)));
    }

    @Test
    void numbersEveryBlockWhenIdsRepeat() {
        Block one = new Block("p1", BlockKind.PARAGRAPH, "Een.", "Een.", SourceLocation.of("twice.txt", 1));
        Block again = new Block("p1", BlockKind.PARAGRAPH, "Twee.", "Twee.", SourceLocation.of("twice.txt", 2));
        Article twice = new Article("twice", "twice.txt", "twice", Optional.empty(), DateOrigin.UNKNOWN, "nl", Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(new Section("s", List.of(one, again))));
        List<Article> articles = List.of(twice, SECOND);
        ReadingOrder order = ReadingOrder.of(articles, articles.stream().map(ArticleFacts::of).toList());
        assertFalse(order.followsOccurrences());
        // The later block with the id takes the place, as numbering every block in turn gives it.
        assertEquals(1, order.applyAsLong(Span.of("twice", one, 0, 1)));
        assertEquals(2, order.applyAsLong(Span.of("second", SECOND.blocks().get(0), 0, 1)));
        assertFalse(ReadingOrder.of(List.of(FIRST, FIRST), List.of(ArticleFacts.of(FIRST), ArticleFacts.of(FIRST))).followsOccurrences(),
                "two articles with one id");
    }
}
