package org.dossier.analyze.quotes.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import org.dossier.analyze.quotes.QuoteGroups;
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

/**
 * Quote groups kept from one build to the next: after each edit (a quote reworded so that it leaves its
 * group, an article moved in the order, an edit that touches no quote) the remembered groups are the ones
 * {@link QuoteGroups#of} makes afresh.
 */
class RememberedQuoteGroupsTest {
    private static Article article(String id, int day, String text) {
        Block block = new Block("b", BlockKind.PARAGRAPH, text, text, SourceLocation.of(id + ".txt", 1));
        return new Article(id, id + ".txt", "Titel " + id, Optional.of(PartialDate.of(java.time.LocalDate.of(2022, 1, day))),
                DateOrigin.STATED, "nl", Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Section("s", List.of(block))));
    }

    private static Quote quote(Article article, String speaker) {
        String text = article.blocks().get(0).text();
        int start = text.indexOf('"') + 1;
        int end = text.indexOf('"', start);
        return new Quote(Optional.ofNullable(speaker), new Span(article.id(), "b", start, end, text.substring(start, end)));
    }

    private record Version(List<Article> articles, List<Quote> quotes) {}

    private static Version version(Article... articles) {
        return new Version(List.of(articles), java.util.Arrays.stream(articles).map(a -> quote(a, "biden")).toList());
    }

    @Test
    void aRememberedRebuildAfterEachEditGroupsAsAFreshOne() {
        Article first = article("eerste", 2, "\"Wij willen geen oorlog in Europa\", zei Biden.");
        Article second = article("tweede", 3, "\"Wij willen géén oorlog in Europa!\", zei Biden.");
        Article third = article("derde", 4, "\"Wij willen echt geen oorlog in Europa\", aldus Biden.");
        Article other = article("vierde", 5, "\"De gesprekken gaan volgende week verder\", zei Biden.");
        Article reworded = article("tweede", 3, "\"De gesprekken gaan volgende week niet verder\", zei Biden.");
        Article touchedElsewhere = article("derde", 4, "\"Wij willen echt geen oorlog in Europa\", aldus Biden gisteren.");
        List<Version> versions = List.of(
                version(first, second, third, other),
                version(first, reworded, third, other),
                version(third, first, reworded, other),
                version(third, first, reworded, other),
                version(first, second, touchedElsewhere, other),
                version(first, second, third, other));
        RememberedQuoteGroups memory = new RememberedQuoteGroups();
        List<List<QuoteGroup>> seen = new java.util.ArrayList<>();
        for (Version v : versions) {
            List<QuoteGroup> fresh = QuoteGroups.of(v.articles(), v.quotes());
            assertEquals(fresh, memory.of(v.articles(), v.quotes()), v.toString());
            seen.add(fresh);
        }
        assertNotEquals(seen.get(0), seen.get(1), "rewording a quote takes it from its group and puts it in another");
        assertNotEquals(seen.get(1), seen.get(2), "moving an article changes the groups' order of appearance");
    }

    /** An article of the given blocks, each a paragraph with its own id. */
    private static Article articleOf(String id, int day, Block... blocks) {
        return new Article(id, id + ".txt", "Titel " + id, Optional.of(PartialDate.of(java.time.LocalDate.of(2022, 1, day))),
                DateOrigin.STATED, "nl", Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Section("s", List.of(blocks))));
    }

    private static Block paragraph(String articleId, String blockId, String text) {
        return new Block(blockId, BlockKind.PARAGRAPH, text, text, SourceLocation.of(articleId + ".txt", 1));
    }

    /**
     * The same quote objects throughout, as a rebuild's stable parts hand them on, while the articles around
     * them change: an edit that leaves every quoted block in its place keeps last build's groups (the very
     * list); articles in another order, a block put before a quote's, or a quote's block gone group again,
     * as a fresh grouping does.
     */
    @Test
    void theSameQuotesInArticlesWhoseBlocksStandAsBeforeKeepTheirGroups() {
        String said = "\"Wij willen geen oorlog in Europa\", zei Biden.";
        String saidAgain = "\"De gesprekken gaan volgende week verder\", zei Biden.";
        Article first = articleOf("eerste", 2, paragraph("eerste", "b", said), paragraph("eerste", "c", saidAgain));
        Article second = articleOf("tweede", 3, paragraph("tweede", "b", saidAgain), paragraph("tweede", "c", said));
        Article third = articleOf("derde", 4, paragraph("derde", "b", "Een bericht zonder citaat."));
        List<Quote> quotes = List.of(quoteIn(first, "b"), quoteIn(first, "c"), quoteIn(second, "b"), quoteIn(second, "c"));
        RememberedQuoteGroups memory = new RememberedQuoteGroups();
        List<QuoteGroup> before = null;
        List<List<QuoteGroup>> seen = new java.util.ArrayList<>();
        for (String step : List.of("first", "an article without quotes edited", "a quoted article edited beside its quotes",
                "order turned round", "a block before the quotes", "a quote's block gone")) {
            List<Article> articles = switch (step) {
                case "an article without quotes edited" -> List.of(first, second,
                        articleOf("derde", 4, paragraph("derde", "b", "Een ander bericht zonder citaat.")));
                case "a quoted article edited beside its quotes" -> List.of(first,
                        articleOf("tweede", 3, paragraph("tweede", "b", saidAgain + " Hij lachte."), paragraph("tweede", "c", said)), third);
                case "order turned round" -> List.of(second, first, third);
                case "a block before the quotes" -> List.of(articleOf("tweede", 3, paragraph("tweede", "c", said),
                        paragraph("tweede", "b", saidAgain)), first, third);
                case "a quote's block gone" -> List.of(second, articleOf("eerste", 2, paragraph("eerste", "b", said)), third);
                default -> List.of(first, second, third);
            };
            List<QuoteGroup> fresh = QuoteGroups.of(articles, quotes);
            List<QuoteGroup> kept = memory.of(articles, quotes);
            assertEquals(fresh, kept, step);
            if (step.contains("edited")) assertSame(before, kept, step + ": grouped again though no quote moved");
            before = kept;
            seen.add(fresh);
        }
        assertNotEquals(seen.get(2), seen.get(3), "the other article first changes the groups' order of appearance");
        assertNotEquals(seen.get(3), seen.get(4), "the blocks turned round change which appearance comes first");
        assertNotEquals(seen.get(4), seen.get(5), "a quote whose block went leaves its group");
    }

    private static Quote quoteIn(Article article, String block) {
        String text = article.block(block).orElseThrow().text();
        int start = text.indexOf('"') + 1;
        int end = text.indexOf('"', start);
        return new Quote(Optional.of("biden"), new Span(article.id(), block, start, end, text.substring(start, end)));
    }
}
