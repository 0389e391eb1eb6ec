package org.dossier.analyze.passages.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.analyze.passages.Fixtures;
import org.dossier.analyze.passages.PassageFinder;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Passage;
import org.junit.jupiter.api.Test;

/**
 * Short passages judged again only where an edit may have changed their fate are kept, narrowed and dropped
 * as a whole find does: build after build of edits that put stock sentences into articles and take them out
 * (so that two articles come to share two rare ones, or a third article makes one common), copy long
 * paragraphs in and out (which link articles), make an article a copy of another and stop it being one,
 * add and remove articles and move them in the caller's order.
 */
class RememberedStockPhrasesTest {
    private static final PassageSettings SETTINGS = PassageSettings.defaults();
    /** Sentences of seven words, each put into a few articles: short passages, some rare, some common. */
    private final List<String> stock = new ArrayList<>();

    @Test
    void shortPassagesJudgedAgainWhereEditsReachAreThoseOfAWholeFind() {
        Random random = new Random(17);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < 8; i++) sources.add(RememberedPassagesTest.paragraph(random, 14 + random.nextInt(20)));
        for (int i = 0; i < 40; i++) stock.add(RememberedPassagesTest.paragraph(random, 7).replace(".", "") + ".");
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) articles.add(article("gen-" + i, random, sources));
        RememberedVocabulary vocabulary = new RememberedVocabulary(SETTINGS);
        PassageFinder remembering = RememberedPassagesTest.remembering(SETTINGS, vocabulary);
        PassageFinder fresh = new PassageFinder(SETTINGS);
        int partly = 0;
        int narrowedOrDropped = 0;
        for (int step = 0; step < 80; step++) {
            List<Passage> whole = fresh.find(articles);
            assertEquals(whole, remembering.find(articles), "step " + step);
            vocabulary.endBuild();
            RememberedStockPhrases stockPhrases = vocabulary.stockPhrases();
            if (stockPhrases.judged() < stockPhrases.shortDrafts() / 2) partly++;
            if (whole.stream().anyMatch(p -> p.occurrences().size() < occurrencesOfText(articles, p.occurrences().get(0).text()))) narrowedOrDropped++;
            change(articles, random, sources, step);
        }
        assertTrue(partly >= 30, "most builds should judge only a few short passages again, but " + partly + " did");
        assertTrue(narrowedOrDropped >= 10, "stock phrases should be narrowed in many builds, but were in " + narrowedOrDropped);
    }

    /** The blocks of the articles that hold this text. */
    private static int occurrencesOfText(List<Article> articles, String text) {
        int count = 0;
        for (Article a : articles) for (Block b : a.blocks()) if (b.text().contains(text)) count++;
        return count;
    }

    /** Paragraphs of new words, some with a stock sentence in them, and copies of long paragraphs. */
    private Article article(String id, Random random, List<String> sources) {
        int count = 2 + random.nextInt(3);
        String[] paragraphs = new String[count];
        for (int i = 0; i < count; i++) paragraphs[i] = paragraph(random, sources);
        return Fixtures.article(id, paragraphs);
    }

    private String paragraph(Random random, List<String> sources) {
        return switch (random.nextInt(4)) {
            case 0 -> sources.get(random.nextInt(sources.size()));
            case 1 -> RememberedPassagesTest.paragraph(random, 8 + random.nextInt(10));
            default -> RememberedPassagesTest.paragraph(random, 6 + random.nextInt(6)) + " " + stock.get(random.nextInt(stock.size())) + " "
                    + RememberedPassagesTest.paragraph(random, 6 + random.nextInt(6));
        };
    }

    /**
     * In turn: a stock sentence put into or taken out of an article, a paragraph added, an article made a copy
     * of another, and the edits of {@link RememberedPassagesTest#change}.
     */
    private void change(List<Article> articles, Random random, List<String> sources, int step) {
        int at = random.nextInt(articles.size());
        Article article = articles.get(at);
        List<String> paragraphs = new ArrayList<>(article.blocks().stream().map(Block::text).toList());
        switch (step % 8) {
            case 0, 1 -> {
                int p = random.nextInt(paragraphs.size());
                String text = paragraphs.get(p);
                String sentence = stock.get(random.nextInt(stock.size()));
                boolean had = false;
                for (String s : stock) {
                    if (text.contains(s)) {
                        text = text.replace(s, "").replace("  ", " ");
                        had = true;
                    }
                }
                paragraphs.set(p, had ? text : text + " " + sentence);
                articles.set(at, Fixtures.article(article.id(), article.date(), paragraphs.toArray(String[]::new)));
            }
            case 2 -> {
                paragraphs.add(paragraph(random, sources));
                articles.set(at, Fixtures.article(article.id(), article.date(), paragraphs.toArray(String[]::new)));
            }
            case 3 -> {
                Article other = articles.get(random.nextInt(articles.size()));
                articles.set(at, Fixtures.article(article.id(), article.date(), other.blocks().stream().map(Block::text).toArray(String[]::new)));
            }
            default -> RememberedPassagesTest.change(articles, random, sources, step);
        }
    }

    @Test
    void aShortNoticeFollowsAnArticleThatStopsBeingACopyByAnEditElsewhereInIt() {
        String notice = "Quarterly dividend 15 cts against 12 cts before.";
        List<Article> articles = new ArrayList<>(List.of(
                Fixtures.article("first", notice, "Payable May 2"),
                Fixtures.article("second", notice, "Payable May 2"),
                Fixtures.article("third", "Another company raised its payout. " + notice + " Its shares rose.")));
        RememberedPassages memory = new RememberedPassages(SETTINGS);
        PassageFinder fresh = new PassageFinder(SETTINGS);
        List<Integer> occurrences = new ArrayList<>();
        for (String payable : List.of("Payable May 2", "Payable June 3", "Payable May 2")) {
            // The second article's other paragraph, which no passage holds, makes it a copy of the first or not.
            articles.set(1, Fixtures.article("second", notice, payable));
            List<Passage> whole = fresh.find(articles);
            assertEquals(whole, memory.find(articles), payable);
            memory.endBuild();
            occurrences.add(whole.stream().mapToInt(p -> p.occurrences().size()).sum());
        }
        assertEquals(List.of(2, 0, 2), occurrences, "the notice stands only in articles that are copies of each other");
    }

    @Test
    void twoShortPassagesStopLinkingTheirArticlesWhenAThirdArticleTakesUpOneOfThem() {
        String hearing = "The hearing was adjourned until Thursday morning.";
        String details = "Details of the agreement were not disclosed today.";
        List<Article> articles = new ArrayList<>(List.of(
                Fixtures.article("x", "Dockworkers walked out at the harbour over pensions. " + hearing, "Steel tariffs rose again. " + details),
                Fixtures.article("y", "Floods closed the river crossings near the border. " + hearing, "Wheat exports slowed sharply. " + details),
                Fixtures.article("w", "The city council debated its budget for schools.")));
        RememberedPassages memory = new RememberedPassages(SETTINGS);
        PassageFinder fresh = new PassageFinder(SETTINGS);
        List<Integer> passages = new ArrayList<>();
        for (String council : List.of("", " " + hearing, "")) {
            // Two rare short passages link x and y; once w carries one of them, neither is rare, and neither
            // links them: the other's draft is the same as before, its articles unchanged.
            articles.set(2, Fixtures.article("w", "The city council debated its budget for schools." + council));
            List<Passage> whole = fresh.find(articles);
            assertEquals(whole, memory.find(articles), "w: " + council);
            memory.endBuild();
            passages.add(whole.size());
        }
        assertEquals(List.of(2, 0, 2), passages);
    }
}
