package org.dossier.analyze.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.PartialDate;
import org.dossier.model.Quote;
import org.dossier.model.QuoteGroup;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class QuoteGroupsTest {
    private static Article article(String id, int day, String text) {
        Block block = new Block("b", BlockKind.PARAGRAPH, text, text, SourceLocation.of(id + ".txt", 1));
        return new Article(id, id + ".txt", "Titel " + id, Optional.of(PartialDate.of(java.time.LocalDate.of(2022, 1, day))),
                DateOrigin.STATED, "nl", Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Section("s", List.of(block))));
    }

    private static Quote quote(Article article, String words, String speaker) {
        String text = article.blocks().get(0).text();
        int start = text.indexOf(words);
        return new Quote(Optional.ofNullable(speaker), new Span(article.id(), "b", start, start + words.length(), words));
    }

    @Test
    void theSameQuoteWordForWordOrNearlyIsOneGroupInDateOrder() {
        Article first = article("eerste", 2, "\"Wij willen geen oorlog in Europa\", zei Biden.");
        Article second = article("tweede", 3, "\"Wij willen géén oorlog in Europa!\", zei Poetin.");
        Article third = article("derde", 4, "\"Wij willen echt geen oorlog in Europa\", aldus Biden.");
        Article other = article("vierde", 5, "\"De gesprekken gaan volgende week verder\", zei Biden.");
        List<Quote> quotes = List.of(
                quote(third, "Wij willen echt geen oorlog in Europa", "biden"),
                quote(second, "Wij willen géén oorlog in Europa!", "poetin"),
                quote(first, "Wij willen geen oorlog in Europa", "biden"),
                quote(other, "De gesprekken gaan volgende week verder", "biden"));
        List<QuoteGroup> groups = QuoteGroups.of(List.of(first, second, third, other), quotes);
        assertEquals(1, groups.size(), groups.toString());
        assertEquals(List.of("eerste", "tweede", "derde"), groups.get(0).appearances().stream().map(q -> q.span().article()).toList());
        assertEquals("eerste", groups.get(0).first().span().article());
    }

    @Test
    void shortQuotesAndQuotesInOneArticleOnlyAreNoGroup() {
        Article first = article("eerste", 2, "\"Nee\", zei hij. \"Wij willen geen oorlog in Europa\", zei hij.");
        Article second = article("tweede", 3, "\"Nee\", zei zij.");
        List<QuoteGroup> groups = QuoteGroups.of(List.of(first, second), List.of(
                quote(first, "Nee", null), quote(second, "Nee", null), quote(first, "Wij willen geen oorlog in Europa", null)));
        assertTrue(groups.isEmpty(), groups.toString());
    }

    @Test
    void quotesComeInTheOrderOfArticlesThenBlocksThenPlaceAndQuotesOutsideTheArticlesAreLeftOut() {
        Block one = new Block("b1", BlockKind.PARAGRAPH, "\"Eerst dit\" en \"dan dat\".", "", SourceLocation.of("x.txt", 1));
        Block two = new Block("b2", BlockKind.PARAGRAPH, "\"Later nog iets\".", "", SourceLocation.of("x.txt", 2));
        Article twoBlocks = new Article("x", "x.txt", "Titel x", Optional.of(PartialDate.of(java.time.LocalDate.of(2022, 1, 9))), DateOrigin.STATED, "nl", Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(new Section("s", List.of(one, two))));
        Article earlier = article("a", 1, "\"Als eerste\".");
        Article gone = article("weg", 1, "\"Niet meer hier\".");
        Quote later = new Quote(Optional.empty(), new Span("x", "b2", 1, 15, "Later nog iets"));
        Quote dat = new Quote(Optional.empty(), new Span("x", "b1", 16, 23, "dan dat"));
        Quote dit = new Quote(Optional.empty(), new Span("x", "b1", 1, 10, "Eerst dit"));
        Quote first = quote(earlier, "Als eerste", null);
        Quote outside = quote(gone, "Niet meer hier", null);

        assertEquals(List.of(first, dit, dat, later), QuoteGroups.inOrder(List.of(earlier, twoBlocks), List.of(later, outside, dat, dit, first)));
        assertEquals(List.of(dit, dat, later, first), QuoteGroups.inOrder(List.of(twoBlocks, earlier), List.of(first, later, dat, dit)));
    }
}
