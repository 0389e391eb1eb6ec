package org.dossier.analyze.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class PassageFinderTest {
    private static final String WIRE = "The regional water authority announced on Monday that farmers in the province "
            + "must stop sprinkling their fields until the end of the month.";
    private final PassageFinder finder = new PassageFinder(PassageSettings.defaults());
    /** Every passage links its articles on its own, whatever its length: for the rules of a run's length and bounds alone. */
    private final PassageFinder anyLength = new PassageFinder(new PassageSettings(6, 3, 6, 0.75, 8, 8, 100, 0.02, 6));

    @Test
    void textInThreeArticlesIsOnePassageWithThreeOccurrences() {
        List<Passage> passages = finder.find(List.of(
                Fixtures.article("a", "A dry spring. " + WIRE),
                Fixtures.article("b", WIRE, "Farmers were angry."),
                Fixtures.article("c", "Unrelated opening words here.", WIRE + " It was the third ban in ten years.")));
        assertEquals(1, passages.size(), passages.toString());
        Passage p = passages.get(0);
        assertEquals(Passage.Kind.EXACT, p.kind());
        assertEquals(List.of("a", "b", "c"), p.occurrences().stream().map(Span::article).toList());
        p.occurrences().forEach(s -> assertEquals(WIRE, s.text()));
    }

    @Test
    void aParagraphSharedInPartsWithTwoArticlesGivesOnePassagePerSharedStretch() {
        String s1 = "The regional water authority announced on Monday that farmers must stop sprinkling their fields.";
        String s2 = "The ban applies to every municipality in the province until the end of the month at least.";
        String s3 = "Farmers organisations reacted furiously and announced a court case against the water authority.";
        List<Passage> passages = finder.find(List.of(
                Fixtures.article("w", s1 + " " + s2 + " " + s3),
                Fixtures.article("a", "Dry spring. " + s1 + " " + s2),
                Fixtures.article("b", s2 + " " + s3 + " More later.")));
        assertEquals(List.of(
                        List.of("w: " + s1 + " " + s2, "a: " + s1 + " " + s2),
                        List.of("w: " + s2 + " " + s3, "b: " + s2 + " " + s3),
                        List.of("a: " + s2, "b: " + s2)),
                passages.stream().map(p -> p.occurrences().stream().map(s -> s.article() + ": " + s.text()).toList()).toList());
        passages.forEach(p -> assertEquals(Passage.Kind.EXACT, p.kind()));
    }

    @Test
    void twoParagraphsMergedIntoOneAreTwoPassagesInTheMergedBlock() {
        String first = "Het kabinet heeft dinsdag besloten de steun voor getroffen ondernemers met drie maanden te verlengen.";
        String second = "Volgens de minister van Economische Zaken is dat nodig omdat de beperkende maatregelen langer duren dan verwacht.";
        List<Passage> passages = finder.find(List.of(
                Fixtures.article("anp", first, second),
                Fixtures.article("krant", first.replace("dinsdag ", "") + " " + second)));
        assertEquals(2, passages.size(), passages.toString());
        assertEquals(List.of("b0", "b0"), passages.stream().map(p -> p.occurrences().get(1).block()).toList());
        assertEquals(Passage.Kind.NEAR, passages.get(0).kind(), "one word left out");
        assertEquals(first.replace("dinsdag ", ""), passages.get(0).occurrences().get(1).text());
        assertEquals(Passage.Kind.EXACT, passages.get(1).kind());
        assertEquals(second, passages.get(1).occurrences().get(1).text());
    }

    @Test
    void aRunOfSixWordsIsAPassageAndARunOfFiveIsNot() {
        String five = "Yesterday the municipal water authority announced new rules for farmers.";
        String six = "In Utrecht, the municipal water authority announced yesterday a ban on sprinklers.";
        assertEquals(0, finder.find(List.of(Fixtures.article("a", five), Fixtures.article("b", six))).size());
        String sixShared = "In Utrecht, yesterday the municipal water authority announced a ban on sprinklers.";
        List<Passage> passages = anyLength.find(List.of(Fixtures.article("a", five), Fixtures.article("b", sixShared)));
        assertEquals(1, passages.size());
        assertEquals("yesterday the municipal water authority announced", passages.get(0).occurrences().get(1).text());
    }

    @Test
    void aRunOfFunctionWordsIsNoPassage() {
        List<Passage> passages = finder.find(List.of(
                Fixtures.article("a", "It was not the first time that it had to be said by him."),
                Fixtures.article("b", "For them it was not the first time that they lost a final.")));
        assertEquals(List.of(), passages);
    }

    @Test
    void quotationMarksCaseDiacriticsAndHyphenationDoNotCount() {
        List<Passage> passages = finder.find(List.of(
                Fixtures.article("a", "He said: “The Geneve talks will de-escalate the tensions at the border.” Then he left."),
                Fixtures.article("b", "Earlier: \"the Genève talks will deescalate the tensions at the bor-\nder\", he said.")));
        assertEquals(1, passages.size());
        Passage p = passages.get(0);
        assertEquals(Passage.Kind.EXACT, p.kind());
        assertEquals("“The Geneve talks will de-escalate the tensions at the border.”", p.occurrences().get(0).text());
        assertEquals("\"the Genève talks will deescalate the tensions at the bor-\nder\"", p.occurrences().get(1).text());
    }

    @Test
    void readMoreLinksAreNoPassage() {
        String link = "Lees ook: Biden en Poetin praten volgende week in Genève over de toekomst van Oekraïne";
        List<Passage> passages = finder.find(List.of(
                Fixtures.article("a", "Een eerste artikel over de gesprekken.", link),
                Fixtures.article("b", link, "Een tweede artikel over iets anders.")));
        assertEquals(List.of(), passages);
    }

    @Test
    void agencySignOffsStayOutOfTheSpan() {
        String body = "Shares of the company rose sharply after the announcement of the merger plan, the company said.";
        List<Passage> passages = finder.find(List.of(
                Fixtures.article("a", body + "\n Reuter"),
                Fixtures.article("b", "WASHINGTON (Reuters) - " + body + " REUTER")));
        assertEquals(1, passages.size());
        passages.get(0).occurrences().forEach(s -> assertEquals(body, s.text()));
    }

    @Test
    void textThatManyArticlesCarryIsBoilerplate() {
        PassageSettings fewArticles = new PassageSettings(6, 3, 4, 0.75, 8, 8, 3, 0.02, 10);
        String footer = "This article was produced with support from the regional journalism fund of the province.";
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 5; i++) articles.add(Fixtures.article("a" + i, "Story number " + i + " opens differently.", footer));
        articles.add(Fixtures.article("b0", WIRE));
        articles.add(Fixtures.article("b1", "Late on Monday. " + WIRE));
        List<Passage> passages = new PassageFinder(fewArticles).find(articles);
        assertEquals(1, passages.size(), passages.toString());
        assertEquals(List.of("b0", "b1"), passages.get(0).occurrences().stream().map(Span::article).toList());
        assertEquals(2, new PassageFinder(PassageSettings.defaults()).find(articles).size(), "five is not many by default");
    }

    @Test
    void textRepeatedWithinOneArticleIsNoPassage() {
        assertEquals(List.of(), finder.find(List.of(Fixtures.article("a", WIRE, "Again: " + WIRE), Fixtures.article("b", "Other text."))));
    }

    @Test
    void rewrittenTextBelowTheSimilarityThresholdKeepsOnlyItsSharedRun() {
        List<Passage> passages = anyLength.find(List.of(
                Fixtures.article("a", "The minister said on Tuesday that the new bridge will finally connect both banks of the river in spring."),
                Fixtures.article("b", "According to a spokeswoman, the structure will finally connect both banks of the river by next year.")));
        assertEquals(1, passages.size());
        assertEquals(Passage.Kind.EXACT, passages.get(0).kind());
        assertEquals("will finally connect both banks of the river", passages.get(0).occurrences().get(1).text());
    }

    @Test
    void aShortStockSentenceAloneLinksNoArticles() {
        String stock = "The hearing was adjourned until tomorrow.";
        List<Article> stories = List.of(
                Fixtures.article("fraud", "A former bank clerk denied stealing from elderly customers at the crown court. " + stock),
                Fixtures.article("assault", "Two brothers appeared before magistrates after a fight outside a nightclub. " + stock),
                Fixtures.article("tax", stock + " The accountant is accused of hiding income from the revenue service for years."));
        assertEquals(List.of(), finder.find(stories));
        assertEquals(List.of(), finder.find(stories.subList(0, 2)), "two articles that share a stock sentence alone are not linked either");
        assertEquals(3, anyLength.find(stories).get(0).occurrences().size(), "the sentence is found, and left out by the rule");
    }

    @Test
    void aShortSentenceStandsBetweenArticlesThatShareMore() {
        String stock = "The hearing was adjourned until tomorrow.";
        List<Passage> passages = finder.find(List.of(
                Fixtures.article("agency", WIRE, stock),
                Fixtures.article("paper", "Dry weather again. " + WIRE, "In court: " + stock),
                Fixtures.article("other", "A driver was fined for speeding through a school zone in the village. " + stock)));
        assertEquals(List.of(List.of("agency", "paper"), List.of("agency", "paper")),
                passages.stream().map(p -> p.occurrences().stream().map(Span::article).toList()).toList());
    }

    @Test
    void twoShortSentencesThatOnlyTwoArticlesShareLinkThem() {
        String first = "Seven sheep escaped from the meadow near Deventer.";
        String second = "The farmer found them grazing beside the motorway.";
        List<Passage> passages = finder.find(List.of(
                Fixtures.article("a", "On Sunday morning. " + first, "Nobody knows how the gate came open, said the owner.", second),
                Fixtures.article("b", first, "Police closed one lane of the road for an hour.", second + " It took an hour.")));
        assertEquals(List.of(List.of("a", "b"), List.of("a", "b")),
                passages.stream().map(p -> p.occurrences().stream().map(Span::article).toList()).toList());
    }

    @Test
    void aShortNoticePrintedTwiceIsAPassage() {
        String notice = "Quarterly dividend 15 cts against 12 cts before.";
        List<Passage> passages = finder.find(List.of(
                Fixtures.article("first", notice, "Payable May 2"),
                Fixtures.article("second", notice, "Payable May 2"),
                Fixtures.article("third", "Another company raised its payout. " + notice + " Its shares rose.")));
        assertEquals(List.of(List.of("first", "second")),
                passages.stream().map(p -> p.occurrences().stream().map(Span::article).toList()).toList());
    }

    @Test
    void aSharedStockPhraseWithFewContentWordsIsNoPassage() {
        List<Passage> passages = finder.find(List.of(
                Fixtures.article("a", "The minister said on Tuesday that the new bridge will open in the spring of next year."),
                Fixtures.article("b", "According to a spokeswoman, the bridge is scheduled to open in the spring of next year.")));
        assertEquals(List.of(), passages);
    }

    @Test
    void refusesArticlesWithTheSameId() {
        Article a = Fixtures.article("a", WIRE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> finder.find(List.of(a, a)));
        assertTrue(e.getMessage().contains("a occurs twice"), e.getMessage());
    }
}
