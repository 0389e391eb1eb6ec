package org.dossier.analyze.quotes.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.analyze.SeedArticles;
import org.dossier.analyze.entities.EntityAnalysis;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.analyze.quotes.QuoteAnalysis;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Quote;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * Quotes kept from one build to the next: after an edit, the remembered rebuild finds what a fresh
 * quote analysis finds, and an article whose speech did not change keeps the very quotes of last build.
 */
class RememberedQuotesTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.loadDefault();

    private static Article article(String id, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(new Block("p" + (i + 1), BlockKind.PARAGRAPH, paragraphs[i], paragraphs[i], SourceLocation.of(id + ".txt", i + 1)));
        }
        return new Article(id, id + ".txt", id, Optional.empty(), DateOrigin.UNKNOWN, "nl", Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(new Section("s", blocks)));
    }

    private static final Article SPOKEN = article("spoken",
            "Minister Karel Vandersteen opende de beurs.",
            "“De markt is gezond,” zei Vandersteen. “We blijven kalm.”");
    /** The same article after an edit: another speaker, another quote. */
    private static final Article SPOKEN_EDITED = article("spoken",
            "Minister Anna De Wit opende de beurs.",
            "“De markt is ziek,” zei De Wit. “We blijven kalm.”");

    private static List<Quote> fresh(List<Article> articles) {
        return QuoteAnalysis.find(articles, entities(articles));
    }

    private static List<Entity> entities(List<Article> articles) {
        return EntityAnalysis.analyze(articles, EntityCatalog.empty(), GAZETTEERS).entities();
    }

    private static List<Quote> remembered(RememberedQuotes memory, List<Article> articles) {
        List<Quote> quotes = memory.find(articles, entities(articles));
        memory.endBuild();
        return quotes;
    }

    @Test
    void aRememberedRebuildAfterAnEditFindsWhatAFreshOneFinds() {
        List<Article> seeds = SeedArticles.load();
        List<Article> before = new ArrayList<>(seeds);
        before.add(SPOKEN);
        List<Article> after = new ArrayList<>(seeds);
        after.add(SPOKEN_EDITED);
        RememberedQuotes memory = new RememberedQuotes();

        List<Quote> first = remembered(memory, before);
        assertEquals(fresh(before), first);
        List<Quote> edited = remembered(memory, after);
        assertEquals(fresh(after), edited);
        assertNotEquals(first, edited, "the edit changes the quotes and who said them");
        assertEquals(fresh(before), remembered(memory, before), "and back again");
    }

    @Test
    void anEditThatLeavesTheEntitiesAsTheyWereTakesTheMentionsOverAndFindsWhatAFreshOneFinds() {
        // Edited after its last name: the entities stay as they were.
        Article calmer = article("spoken",
                "Minister Karel Vandersteen opende de beurs.",
                "“De markt is gezond,” zei Vandersteen. “We blijven heel kalm en rustig.”");
        List<Article> before = new ArrayList<>(SeedArticles.load());
        before.add(SPOKEN);
        List<Article> after = new ArrayList<>(before);
        after.set(after.size() - 1, calmer);
        List<Entity> entities = entities(before);
        assertEquals(entities, entities(after), "the edit names no one anew");
        RememberedQuotes memory = new RememberedQuotes();

        List<Quote> first = memory.find(before, entities);
        memory.endBuild();
        List<Quote> edited = memory.find(after, entities(after));
        memory.endBuild();
        assertEquals(QuoteAnalysis.find(after, entities), edited);
        assertNotEquals(first, edited, "the quote's new words are found");
        assertEquals(QuoteAnalysis.find(before, entities), memory.find(before, entities), "and back again");
        memory.endBuild();
        List<Entity> others = entities(List.of(SPOKEN_EDITED));
        assertEquals(QuoteAnalysis.find(after, others), memory.find(after, others), "other entities: the mentions are gathered afresh");
    }

    @Test
    void anArticleWhoseSpeechIsUnchangedKeepsItsQuoteObjects() {
        // Reuse rests on the quotes of an unchanged article being taken over, not made again: later stages
        // (the dossier's stable parts, the pages) compare them by identity first.
        List<Article> seeds = SeedArticles.load();
        RememberedQuotes memory = new RememberedQuotes();
        List<Quote> first = remembered(memory, seeds);
        List<Quote> again = remembered(memory, seeds);
        assertEquals(first.size(), again.size());
        for (int i = 0; i < first.size(); i++) assertSame(first.get(i), again.get(i));
    }
}
