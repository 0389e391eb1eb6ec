package org.dossier.analyze.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.Span;
import org.dossier.model.TimelineEntry;
import org.junit.jupiter.api.Test;

class TimelineGroupingTest {
    private static final Article NOS = Fixtures.NOS;
    private static final Article NRC = Fixtures.NRC;
    private static final List<Article> BOTH = List.of(NOS, NRC);
    private static final List<Entity> PEOPLE = List.of(
            Fixtures.entity("rutte", "Rutte", BOTH), Fixtures.entity("macron", "Macron", BOTH),
            Fixtures.entity("scholz", "Scholz", BOTH));

    private static List<TimelineEntry> entries(List<Entity> entities) {
        return TimelineAnalysis.analyze(BOTH, List.of(), entities).entries();
    }

    @Test
    void sameDateAndSameEntitiesIsOneEntry() {
        List<TimelineEntry> onTheFourteenth = entries(PEOPLE).stream().filter(e -> e.date().iso().equals("2023-03-14")).toList();
        assertEquals(2, onTheFourteenth.size(), onTheFourteenth.toString());
        TimelineEntry meeting = onTheFourteenth.stream().filter(e -> e.entities().contains("macron")).findFirst().orElseThrow();
        assertEquals(List.of("nos", "nrc"), meeting.articles());
        assertEquals(List.of("rutte", "macron"), meeting.entities());
        assertEquals(List.of("dinsdag", "Op 14 maart"), meeting.sources().stream().map(e -> e.expression()).toList());
    }

    @Test
    void sameDateWithoutSharedEntitiesOrPassagesStaysApart() {
        assertEquals(3, entries(List.of()).stream().filter(e -> e.date().iso().equals("2023-03-14")).count());
    }

    @Test
    void aSharedPassageJoinsReportsOfTheSameDay() {
        String shared = "spraken dinsdag in Parijs over de oorlog";
        Article copy = Fixtures.article("copy", "2023-03-15", "Rutte en de Franse president " + shared + ".");
        List<TimelineEntry> entries = TimelineAnalysis.analyze(List.of(NOS, copy),
                List.of(Fixtures.passage("p", shared, NOS, copy)), List.of()).entries();
        assertEquals(List.of("nos", "copy"), entries.stream().filter(e -> e.date().iso().equals("2023-03-14"))
                .findFirst().orElseThrow().articles());
    }

    @Test
    void aPassageLendsItsResolutionToAMonthDatedArticle() {
        String shared = "Gisteren sprak de minister met de burgemeesters van de regio.";
        Article day = Fixtures.article("day", "2023-03-15", shared);
        Article month = Fixtures.article("month", "2023-03", "Uit het verslag: " + shared);
        List<TimelineEntry> entries = TimelineAnalysis.analyze(List.of(day, month),
                List.of(Fixtures.passage("p", shared, day, month)), List.of()).entries();
        assertEquals(1, entries.size());
        assertEquals("2023-03-14", entries.get(0).date().iso());
        assertEquals(List.of("day", "month"), entries.get(0).articles());
    }

    @Test
    void plannedEventsStayPlannedInTheirEntry() {
        TimelineEntry trip = entries(PEOPLE).stream().filter(e -> e.end().isPresent()).findFirst().orElseThrow();
        assertEquals("2023-03-20", trip.date().iso());
        assertEquals("2023-03-26", trip.end().orElseThrow().iso());
        assertTrue(trip.planned());
    }

    @Test
    void overlappingButDifferentEntitySetsNeedHalfInCommon() {
        Event a = new Event("ev-a", PartialDate.ofYear(2020), Optional.empty(), "in 2020",
                new Span("x", "p0", 0, 1, "I"), List.of("rutte", "macron", "scholz"), false);
        Event b = new Event("ev-b", PartialDate.ofYear(2020), Optional.empty(), "in 2020",
                new Span("y", "p0", 0, 1, "I"), List.of("rutte"), false);
        Event c = new Event("ev-c", PartialDate.ofYear(2020), Optional.empty(), "in 2020",
                new Span("z", "p0", 0, 1, "I"), List.of("rutte", "macron"), false);
        assertFalse(TimelineGrouping.sameEntities(a, b));
        assertTrue(TimelineGrouping.sameEntities(a, c));
        assertTrue(TimelineGrouping.sameEntities(b, c));
    }
}
