package org.dossier.analyze.time;

import static org.dossier.analyze.time.Resolving.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Counts from the article's date with a hedge or a fraction, months of a named year, weekdays in the past
 * perfect, and counts from a happening the article dated itself (2024-02-26 is a Monday).
 */
class CountsAndAnchorsTest {
    @Test
    void aMonthOfThisOrLastYear() {
        assertEquals("2024-01", only("In januari van dit jaar werden scheuren in de kademuur gevonden.", "2024-02-26"));
        assertEquals("2023-09", only("In september van vorig jaar begon de aannemer.", "2024-02-26"));
        assertEquals("2024-01", only("In January of this year cracks were found in the quay.", "2024-02-26"));
    }

    @Test
    void fractionsOfAYearCountInMonths() {
        assertEquals("2022-08", only("Anderhalf jaar geleden waarschuwde een ingenieur al.", "2024-02-26"));
        assertEquals("2023-08", only("Een half jaar geleden begon het onderzoek naar de kade.", "2024-02-26"));
        assertEquals("2025-08+", only("Over anderhalf jaar moet de kade klaar zijn.", "2024-02-26"));
        assertEquals("2022-08", only("A year and a half ago an engineer warned the council.", "2024-02-26"));
    }

    @Test
    void aHedgedCountIsReadAsItsCountAtItsUnit() {
        assertEquals("2024-03-04..2024-03-10+", only("Over een dikke week begint de sloop van de kade.", "2024-02-26"));
        assertEquals("2024-02-05..2024-02-11", only("Ruim drie weken geleden stortte een deel van de kade in.", "2024-02-26"));
        assertEquals("2021", only("Nearly three years ago the quay was inspected.", "2024-02-26"));
    }

    @Test
    void aBareWeekdayInThePastPerfectIsTheWeekdayBefore() {
        assertEquals("2024-02-21", only("De gemeente heeft woensdag in een brief aan bewoners laten weten dat de kade dicht blijft.",
                "2024-02-26"));
        assertEquals("2024-02-21", only("De raad stemde woensdag in met het herstelplan.", "2024-02-26"));
        assertEquals("2024-02-28+", only("De raad zal woensdag over het herstelplan stemmen.", "2024-02-26"));
    }

    @Test
    void aCountFromAHappeningTheArticleDatedCountsFromItsDate() {
        Article a = Fixtures.article("a", "2024-02-26",
                "De gemeenteraadsverkiezingen werden op 14 november gehouden.",
                "Krap een week na de verkiezingen stapte de wethouder op.",
                "Twee dagen voor de verkiezingen was er nog een debat.");
        List<String> resolved = EventExtraction.expressions(List.of(a)).stream()
                .map(l -> NewsSentencesTest.describe(l.expression())).toList();
        assertEquals(List.of("2023-11-14", "2023-11-21", "2023-11-12"), resolved);
    }

    @Test
    void aCountFromAHappeningTheArticleNeverDatedStaysUnresolved() {
        Article a = Fixtures.article("a", "2024-02-26",
                "Op 14 november werd de nieuwe brug geopend.",
                "Krap een week na de verkiezingen stapte de wethouder op.");
        List<String> resolved = EventExtraction.expressions(List.of(a)).stream()
                .map(l -> NewsSentencesTest.describe(l.expression())).toList();
        assertEquals(List.of("2023-11-14", "?"), resolved);
    }

    @Test
    void aCountInEnglishFromAHappeningDatedToTheMonthCountsMonths() {
        Article a = Fixtures.article("a", "2024-02-26",
                "The vote took place in March 2023.",
                "Two months after the vote the plan was dropped.",
                "Three days after the vote the mayor resigned.");
        List<String> resolved = EventExtraction.expressions(List.of(a)).stream()
                .map(l -> NewsSentencesTest.describe(l.expression())).toList();
        // Days need the day of the vote, which the article did not give.
        assertEquals(List.of("2023-03", "2023-05", "?"), resolved);
    }
}
