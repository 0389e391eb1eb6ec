package org.dossier.analyze.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.DateOrigin;
import org.dossier.model.PartialDate;
import org.junit.jupiter.api.Test;

class ArticleDatingTest {
    @Test
    void datesAnUndatedArticleByTheNewestPastDateInItsText() {
        Article a = Fixtures.article("a", "-",
                "Het verdrag werd op 3 maart 2021 getekend en op 14 april 2021 door het parlement bekrachtigd.",
                "Het kabinet zal op 5 mei 2023 een evaluatie sturen.",
                "De regeling geldt sinds 2019.");
        Article dated = ArticleDating.redate(List.of(a), List.of()).get(0);
        assertEquals(PartialDate.parseIso("2021-04-14"), dated.date());
        assertEquals(DateOrigin.CONTENT, dated.dateOrigin());
    }

    @Test
    void datesWithAYearOnlyWhenThatIsAllTheTextSays() {
        Article a = Fixtures.article("a", "-", "In 2020 werd de fabriek gesloten.");
        assertEquals(Optional.of(PartialDate.ofYear(2020)), ArticleDating.redate(List.of(a), List.of()).get(0).date());
    }

    @Test
    void relativeAndYearlessDatesAreNoEvidence() {
        Article a = Fixtures.article("a", "-", "Gisteren en op 12 januari werd er vergaderd.");
        Article dated = ArticleDating.redate(List.of(a), List.of()).get(0);
        assertEquals(Optional.empty(), dated.date());
        assertEquals(DateOrigin.UNKNOWN, dated.dateOrigin());
    }

    @Test
    void aStatedDateIsKept() {
        Article a = Fixtures.article("a", "2022-01", "Het verdrag werd op 3 maart 2021 getekend.");
        Article dated = ArticleDating.redate(List.of(a), List.of()).get(0);
        assertEquals(Optional.of(PartialDate.ofMonth(2022, 1)), dated.date());
        assertEquals(DateOrigin.STATED, dated.dateOrigin());
    }

    @Test
    void aSharedPassageLendsTheBetterDatedArticlesDate() {
        String shared = "De minister kondigde nieuwe maatregelen aan voor de hele regio.";
        Article month = Fixtures.article("month", "2022-01", "Eerste bericht. " + shared);
        Article day = Fixtures.article("day", "2022-01-14", shared + " Meer volgt.");
        Article undated = Fixtures.article("undated", "-", "Zo meldt een lokale krant. " + shared);
        List<Article> dated = ArticleDating.redate(List.of(month, day, undated),
                List.of(Fixtures.passage("p1", shared, month, day, undated)));
        assertEquals(PartialDate.parseIso("2022-01-14"), dated.get(2).date());
        assertEquals(DateOrigin.SHARED_PASSAGE, dated.get(2).dateOrigin());
        assertEquals(DateOrigin.STATED, dated.get(0).dateOrigin());
    }
}
