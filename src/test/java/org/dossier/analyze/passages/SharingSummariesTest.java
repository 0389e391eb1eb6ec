package org.dossier.analyze.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.analyze.SeedArticles;
import org.dossier.analyze.passages.reuse.RememberedPassages;
import org.dossier.model.Article;
import org.dossier.model.PartialDate;
import org.dossier.model.Passage;
import org.dossier.model.SharingSummary;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class SharingSummariesTest {
    private static final String SHARED = "The regional water authority announced that all farmers must stop sprinkling now.";
    private static final String OWN = "Nothing else in this paragraph is shared with anyone at all today.";

    @Test
    void theSeedsShareTheirPassagesAndTheDatedSeedIsTheirOrigin() {
        List<Article> seeds = SeedArticles.load();
        List<Passage> passages = new PassageFinder(PassageSettings.defaults()).find(seeds);
        SharingSummary summary = SharingSummaries.of(seeds, passages);
        assertEquals(1, summary.pairs().size());
        SharingSummary.PairSharing pair = summary.pairs().get(0);
        assertEquals(SeedArticles.A000, pair.first());
        assertEquals(SeedArticles.A003, pair.second());
        assertEquals(passages.size(), pair.passages());
        assertTrue(pair.firstShare() > 0.5 && pair.firstShare() < 1, "000 is mostly shared: " + pair.firstShare());
        assertTrue(pair.secondShare() > 0.3 && pair.secondShare() < pair.firstShare(), "003 is longer: " + pair.secondShare());
        assertEquals(pair.firstSharedWords(), summary.articles().get(0).sharedWords());
        for (Passage p : passages) assertEquals(Optional.of(SeedArticles.A000), summary.originOf(p.id()), "000 is dated, 003 is not");
    }

    @Test
    void countsTheShareOfEachArticlesWordsPerPair() {
        List<Article> articles = List.of(
                Fixtures.article("a", SHARED, OWN),
                Fixtures.article("b", SHARED),
                Fixtures.article("c", "Yesterday, in short: " + OWN));
        List<Passage> passages = new PassageFinder(PassageSettings.defaults()).find(articles);
        SharingSummary summary = SharingSummaries.of(articles, passages);
        assertEquals(List.of("a-b", "a-c"), summary.pairs().stream().map(p -> p.first() + "-" + p.second()).toList());
        SharingSummary.PairSharing ab = summary.between("b", "a").orElseThrow();
        assertEquals(1, ab.passages());
        assertEquals(12, ab.firstSharedWords());
        assertEquals(24, ab.firstWords());
        assertEquals(0.5, ab.firstShare());
        assertEquals(1.0, ab.secondShare());
        assertEquals(Optional.empty(), summary.between("b", "c"));
        assertEquals(0.5, summary.shareOf("a", "b"));
        assertEquals(1.0, summary.shareOf("b", "a"));
        assertEquals(0.0, summary.shareOf("b", "c"));
        assertEquals(24, summary.articles().get(0).sharedWords(), "a shares one paragraph with b and the other with c");
    }

    @Test
    void theEarliestDatedArticleIsTheOriginAndEqualDatesGoToTheSmallerId() {
        Article undated = Fixtures.article("a", SHARED);
        Article later = Fixtures.article("b", Optional.of(new PartialDate(2022, 1, 5)), SHARED);
        Article earlier = Fixtures.article("d", Optional.of(new PartialDate(2022, 1, 3)), SHARED);
        Article sameDay = Fixtures.article("c", Optional.of(new PartialDate(2022, 1, 3)), SHARED);
        List<Article> articles = List.of(undated, later, earlier, sameDay);
        List<Passage> passages = new PassageFinder(PassageSettings.defaults()).find(articles);
        assertEquals(Optional.of("c"), SharingSummaries.of(articles, passages).originOf(passages.get(0).id()));
        List<Article> none = List.of(undated, Fixtures.article("e", SHARED));
        List<Passage> undatedPassages = new PassageFinder(PassageSettings.defaults()).find(none);
        assertEquals(Optional.empty(), SharingSummaries.of(none, undatedPassages).originOf(undatedPassages.get(0).id()));
    }

    @Test
    void refusesPassagesInArticlesItWasNotGiven() {
        List<Article> articles = List.of(Fixtures.article("a", SHARED), Fixtures.article("b", SHARED));
        List<Passage> passages = new PassageFinder(PassageSettings.defaults()).find(articles);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SharingSummaries.of(articles.subList(0, 1), passages));
        assertTrue(e.getMessage().contains("article b"), e.getMessage());
    }

    @Test
    void aPassageThatChangesWhileItsArticlesStayTheSameChangesTheSharesAfterwards() {
        List<Article> articles = List.of(Fixtures.article("a", SHARED, OWN), Fixtures.article("b", SHARED));
        List<Passage> whole = new PassageFinder(PassageSettings.defaults()).find(articles);
        // The same passage, by id and articles, with its occurrences cut short: what an edit elsewhere can do.
        List<Passage> shorter = whole.stream().map(p -> new Passage(p.id(), p.kind(), p.similarity(), p.occurrences().stream()
                .map(s -> new Span(s.article(), s.block(), s.start(), s.start() + 20, s.text().substring(0, 20))).toList())).toList();
        RememberedPassages memory = new RememberedPassages(PassageSettings.defaults());
        for (List<Passage> passages : List.of(whole, shorter, whole)) {
            SharingSummary remembered = memory.sharing(articles, passages);
            assertEquals(SharingSummaries.of(articles, passages), remembered);
            memory.endBuild();
        }
        assertTrue(SharingSummaries.of(articles, shorter).pairs().get(0).firstSharedWords() < SharingSummaries.of(articles, whole).pairs().get(0).firstSharedWords());
    }
}
