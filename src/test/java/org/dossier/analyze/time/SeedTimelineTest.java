package org.dossier.analyze.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.DateOrigin;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.Passage;
import org.dossier.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/** The whole time analysis on the two seed articles, with the passages and entities the other analyses would give. */
class SeedTimelineTest {
    private static final List<Article> SEEDS = SeedArticles.both();
    private static final List<Passage> PASSAGES = SeedArticles.sharedRuns(SEEDS, 8);
    private static final TimelineResult RESULT = TimelineAnalysis.analyze(SEEDS, PASSAGES, SeedArticles.entities(SEEDS));

    private static TimelineEntry entry(String date) {
        return entries(date).get(0);
    }

    private static List<TimelineEntry> entries(String date) {
        List<TimelineEntry> found = RESULT.entries().stream()
                .filter(e -> (e.date().iso() + e.end().map(d -> ".." + d.iso()).orElse("")).equals(date)).toList();
        if (found.isEmpty()) throw new AssertionError("no timeline entry at " + date + " in " + RESULT.entries());
        return found;
    }

    private static String sentence(TimelineEntry e, String article) {
        return e.sources().stream().filter(s -> s.sentence().article().equals(article)).findFirst().orElseThrow().sentence().text();
    }

    @Test
    void datesArticle003FromThePostItEmbeds() {
        Article a003 = RESULT.articles().get(1);
        assertEquals(SeedArticles.A003, a003.id());
        assertEquals(Optional.of(PartialDate.parseIso("2022-01-02").orElseThrow()), a003.date());
        assertEquals(DateOrigin.CONTENT, a003.dateOrigin());
    }

    @Test
    void keepsTheStatedMonthOfArticle000() {
        Article a000 = RESULT.articles().get(0);
        assertEquals(Optional.of(PartialDate.ofMonth(2022, 1)), a000.date());
        assertEquals(DateOrigin.STATED, a000.dateOrigin());
    }

    @Test
    void findsTheThursdayCallInBothArticles() {
        TimelineEntry call = entry("2021-12-30");
        assertEquals(List.of(SeedArticles.A000, SeedArticles.A003), call.articles());
        assertTrue(sentence(call, SeedArticles.A003).startsWith("Donderdagavond had Biden al een telefoongesprek"));
        assertTrue(sentence(call, SeedArticles.A000).startsWith("Donderdagavond had Biden al een telefoongesprek"));
        assertTrue(call.sources().stream().allMatch(e -> e.expression().equals("Donderdagavond")));
        assertFalse(call.planned());
        assertEquals(List.of("joe-biden", "vladimir-poetin"), call.entities());
    }

    @Test
    void findsTheTalksInGenevaAsATwoDayRange() {
        TimelineEntry talks = entry("2022-01-09..2022-01-10");
        assertEquals("op 9 en 10 januari", talks.sources().get(0).expression());
        assertTrue(sentence(talks, SeedArticles.A000).contains("bilaterale gesprekken in de Zwitserse stad Genève"));
    }

    @Test
    void findsThePlannedTalkOnTheTenth() {
        TimelineEntry talk = entry("2022-01-10");
        assertTrue(talk.planned());
        assertTrue(sentence(talk, SeedArticles.A003).startsWith("Op 10 januari staat een gesprek gepland"));
    }

    @Test
    void findsTheAnnouncedMeetingsInBothArticles() {
        TimelineEntry council = entry("2022-01-12");
        assertTrue(council.planned());
        assertEquals(List.of(SeedArticles.A000, SeedArticles.A003), council.articles());
        assertTrue(sentence(council, SeedArticles.A000).contains("NAVO-Rusland Raad op 12 januari"));
        TimelineEntry osce = entry("2022-01-13");
        assertTrue(osce.planned());
        assertEquals(List.of(SeedArticles.A000, SeedArticles.A003), osce.articles());
        assertTrue(sentence(osce, SeedArticles.A003).contains("Organisatie voor Veiligheid en Samenwerking in Europa (OVSE) op 13 januari"));
    }

    @Test
    void findsLastJunesSummitAtMonthPrecision() {
        TimelineEntry summit = entry("2021-06");
        assertEquals("afgelopen juni", summit.sources().get(0).expression());
        assertEquals(List.of(SeedArticles.A000, SeedArticles.A003), summit.articles());
        assertFalse(summit.planned());
    }

    @Test
    void datesNothingOutsideTheStorysPeriod() {
        for (Event e : RESULT.events()) {
            assertFalse(e.date().firstDay().isBefore(LocalDate.of(2021, 1, 1)), e.toString());
            assertFalse(e.end().orElse(e.date()).lastDay().isAfter(LocalDate.of(2022, 1, 31)), e.toString());
        }
        Set<String> dates = RESULT.entries().stream()
                .map(e -> e.date().iso() + e.end().map(d -> ".." + d.iso()).orElse("")).collect(Collectors.toSet());
        assertTrue(dates.containsAll(Set.of("2021-06", "2021-12-30", "2022-01-09..2022-01-10", "2022-01-10", "2022-01-12",
                "2022-01-13")), dates.toString());
    }

    @Test
    void eventSentencesStandInTheirBlocksAndHoldTheirExpression() {
        for (Event e : RESULT.events()) {
            Article article = RESULT.articles().stream().filter(a -> a.id().equals(e.sentence().article())).findFirst().orElseThrow();
            String blockText = article.block(e.sentence().block()).orElseThrow().text();
            assertEquals(blockText.substring(e.sentence().start(), e.sentence().end()), e.sentence().text());
            assertTrue(e.sentence().text().contains(e.expression()), e.toString());
        }
    }

    @Test
    void durationsInTheSeedsAreNotEvents() {
        assertTrue(RESULT.events().stream().noneMatch(e -> e.expression().contains("minuten") || e.expression().contains("jaren")));
    }

    @Test
    void withoutPassagesTheMonthDatedArticlesThursdayStaysUndated() {
        TimelineResult alone = TimelineAnalysis.analyze(SEEDS, List.of(), List.of());
        assertEquals(List.of(SeedArticles.A003), alone.entries().stream()
                .filter(e -> e.date().iso().equals("2021-12-30")).findFirst().orElseThrow().articles());
        assertTrue(alone.events().stream().allMatch(e -> e.entities().isEmpty()));
        assertEquals(PartialDate.parseIso("2022-01-02"), alone.articles().get(1).date());
    }

    @Test
    void idsAreStableAndUnique() {
        TimelineResult again = TimelineAnalysis.analyze(SeedArticles.both(), PASSAGES, SeedArticles.entities(SEEDS));
        assertEquals(RESULT.events().stream().map(Event::id).toList(), again.events().stream().map(Event::id).toList());
        assertEquals(RESULT.entries().stream().map(TimelineEntry::id).toList(), again.entries().stream().map(TimelineEntry::id).toList());
        assertEquals(RESULT.events().size(), RESULT.events().stream().map(Event::id).distinct().count());
        assertEquals(RESULT.entries().size(), RESULT.entries().stream().map(TimelineEntry::id).distinct().count());
    }

    @Test
    void entriesAreInChronologicalOrder() {
        for (int i = 1; i < RESULT.entries().size(); i++) {
            assertTrue(RESULT.entries().get(i - 1).date().compareTo(RESULT.entries().get(i).date()) <= 0);
        }
    }
}
