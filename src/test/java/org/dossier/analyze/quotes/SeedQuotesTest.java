package org.dossier.analyze.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.analyze.SeedArticles;
import org.dossier.analyze.entities.EntityAnalysis;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quotes of the seed articles and their speakers. */
class SeedQuotesTest {
    private static List<Article> articles;
    private static List<Quote> quotes;

    @BeforeAll
    static void analyse() {
        articles = SeedArticles.load();
        quotes = QuoteAnalysis.find(articles, EntityAnalysis.analyze(articles, EntityCatalog.empty(), Gazetteers.loadDefault()).entities());
    }

    private static List<Quote> quotesStartingWith(String words) {
        List<Quote> found = quotes.stream().filter(q -> q.span().text().startsWith(words)).toList();
        assertTrue(!found.isEmpty(), "no quote starting with " + words + " in " + quotes);
        return found;
    }

    private static void saidBy(String words, String speaker) {
        for (Quote q : quotesStartingWith(words)) assertEquals(Optional.of(speaker), q.speaker(), q.span().text());
    }

    @Test
    void givesTheKolossaleFoutToPoetin() {
        saidBy("een kolossale fout", "vladimir-poetin");
        saidBy("tevreden", "vladimir-poetin");
    }

    @Test
    void givesZelenskisWordsToZelenski() {
        saidBy("Wij appreciëren de onvergankelijke steun", "volodimir-zelenski");
        saidBy("We waarderen de niet aflatende steun", "volodimir-zelenski");
        saidBy("bijzondere aard", "volodimir-zelenski");
        saidBy("We hebben gesproken", "volodimir-zelenski");
        saidBy("om de vrede in Europa te behouden", "volodimir-zelenski");
        saidBy("The first international talk", "volodimir-zelenski");
    }

    @Test
    void givesStatementsToTheOrganisationThatMadeThem() {
        saidBy("sprak zijn steun uit", "witte-huis");
        saidBy("De discussie was openhartig", "kremlin");
    }

    @Test
    void quoteSpansAreTheWordsWithoutTheMarks() {
        for (Quote q : quotes) {
            Block block = articles.stream().filter(a -> a.id().equals(q.span().article())).findFirst().orElseThrow()
                    .block(q.span().block()).orElseThrow();
            assertEquals(block.text().substring(q.span().start(), q.span().end()), q.span().text());
            assertTrue(!q.span().text().startsWith("“") && !q.span().text().endsWith("”"), q.span().text());
        }
        assertEquals(15, quotes.size());
    }
}
