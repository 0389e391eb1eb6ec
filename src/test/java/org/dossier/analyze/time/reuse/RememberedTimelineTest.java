package org.dossier.analyze.time.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.dossier.analyze.time.Fixtures;
import org.dossier.analyze.time.TimelineAnalysis;
import org.dossier.analyze.time.TimelineResult;
import org.dossier.model.Article;
import org.dossier.model.DateOrigin;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Passage;
import org.dossier.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * A series of builds with one {@link RememberedTimeline}, as the preview runs them: each gives what a build without
 * memory gives, whichever input of a remembered result changed, and what did not change comes back as the
 * same objects.
 */
class RememberedTimelineTest {
    private static final Article NOS = Fixtures.NOS;
    private static final Article NRC = Fixtures.NRC;

    private final RememberedTimeline memory = new RememberedTimeline();

    /** One build with the memory; fails unless it gives what a build without memory gives. */
    private TimelineResult build(List<Article> articles, List<Passage> passages, List<Entity> entities) {
        TimelineResult remembered = memory.place(memory.date(articles, passages), passages, entities);
        memory.endBuild();
        assertEquals(TimelineAnalysis.analyze(articles, passages, entities), remembered, "a remembered build gives what a fresh one does");
        return remembered;
    }

    private static List<Entity> people(String... names) {
        return java.util.Arrays.stream(names).map(n -> Fixtures.entity(n.toLowerCase(java.util.Locale.ROOT), n, List.of(NOS, NRC))).toList();
    }

    private static List<TimelineEntry> on(TimelineResult result, String date) {
        return result.entries().stream().filter(e -> e.date().iso().equals(date)).toList();
    }

    @Test
    void anUnchangedRebuildGivesTheLastBuildsObjects() {
        TimelineResult first = build(List.of(NOS, NRC), List.of(), people("Rutte", "Macron"));
        // Entities and passages are made anew by each build: equal, not the same.
        TimelineResult second = build(List.of(NOS, NRC), List.of(), people("Rutte", "Macron"));
        assertEquals(first.events().size(), second.events().size());
        for (int i = 0; i < first.events().size(); i++) assertSame(first.events().get(i), second.events().get(i));
        for (int i = 0; i < first.entries().size(); i++) assertSame(first.entries().get(i), second.entries().get(i));
    }

    @Test
    void eventsFollowAnEditOfTheirSentencesAndNotOneBesideThem() {
        List<Entity> people = people("Rutte", "Macron");
        TimelineResult first = build(List.of(NOS, NRC), List.of(), people);
        // A sentence without a date added after the others: every event as it was, the very same objects.
        Article added = Fixtures.article("nos", "2023-03-15", NOS.blocks().get(0).text(), NOS.blocks().get(1).text(),
                "Het was een lange dag.");
        TimelineResult second = build(List.of(added, NRC), List.of(), people);
        assertEquals(first.events().size(), second.events().size());
        for (int i = 0; i < first.events().size(); i++) assertSame(first.events().get(i), second.events().get(i));
        // The dated sentence itself edited: its event follows.
        Article edited = Fixtures.article("nos", "2023-03-15", "Rutte en Macron spraken woensdag in Parijs over de oorlog.",
                NOS.blocks().get(1).text(), "Het was een lange dag.");
        TimelineResult third = build(List.of(edited, NRC), List.of(), people);
        assertEquals(1, on(third, "2023-03-15").size());
        // And back, with the entities made anew (equal, not the same).
        build(List.of(added, NRC), List.of(), people("Rutte", "Macron"));
    }

    @Test
    void anEventFollowsANewMentionInItsSentence() {
        TimelineResult before = build(List.of(NOS, NRC), List.of(), people("Rutte", "Macron"));
        TimelineResult after = build(List.of(NOS, NRC), List.of(), people("Rutte", "Macron", "Scholz"));
        Event visit = after.events().stream().filter(e -> e.expression().equals("Dinsdag")).findFirst().orElseThrow();
        assertEquals(List.of("scholz"), visit.entities());
        assertNotEquals(before.events(), after.events());
    }

    @Test
    void entriesFollowANewSharedPassage() {
        String shared = "spraken dinsdag in Parijs over de oorlog";
        Article copy = Fixtures.article("copy", "2023-03-15", "De premier en de Franse president " + shared + ".");
        assertEquals(2, on(build(List.of(NOS, copy), List.of(), List.of()), "2023-03-14").size());
        List<TimelineEntry> joined = on(build(List.of(NOS, copy), List.of(Fixtures.passage("p", shared, NOS, copy)), List.of()), "2023-03-14");
        assertEquals(1, joined.size());
        assertEquals(List.of("nos", "copy"), joined.get(0).articles());
    }

    @Test
    void expressionsFollowANewArticleDate() {
        assertEquals(1, on(build(List.of(NOS), List.of(), List.of()), "2023-03-14").size());
        Article later = Fixtures.article("nos", "2023-03-22", NOS.blocks().get(0).text(), NOS.blocks().get(1).text());
        TimelineResult after = build(List.of(later), List.of(), List.of());
        assertEquals(0, on(after, "2023-03-14").size());
        assertEquals(1, on(after, "2023-03-21").size());
    }

    @Test
    void sourcesFollowTheArticlesOrder() {
        List<Entity> people = people("Rutte", "Macron");
        assertEquals(List.of("nos", "nrc"), on(build(List.of(NOS, NRC), List.of(), people), "2023-03-14").stream()
                .filter(e -> e.entities().contains("macron")).findFirst().orElseThrow().articles());
        assertEquals(List.of("nrc", "nos"), on(build(List.of(NRC, NOS), List.of(), people), "2023-03-14").stream()
                .filter(e -> e.entities().contains("macron")).findFirst().orElseThrow().articles());
    }

    @Test
    void aLentDateFollowsItsLender() {
        String shared = "Gisteren sprak de minister met de burgemeesters van de regio.";
        Article month = Fixtures.article("month", "2023-03", "Uit het verslag: " + shared);
        Article day = Fixtures.article("day", "2023-03-15", shared);
        assertEquals(List.of("day", "month"), on(build(List.of(day, month), List.of(Fixtures.passage("p", shared, day, month)), List.of()),
                "2023-03-14").get(0).articles());
        Article dayLater = Fixtures.article("day", "2023-03-20", shared);
        assertEquals(List.of("day", "month"), on(build(List.of(dayLater, month), List.of(Fixtures.passage("p", shared, dayLater, month)), List.of()),
                "2023-03-19").get(0).articles());
    }

    @Test
    void anUndatedArticleFollowsTheArticleItSharesAPassageWith() {
        String shared = "De minister kondigde nieuwe maatregelen aan voor de hele regio.";
        Article undated = Fixtures.article("undated", "-", "Zo meldt een lokale krant. " + shared);
        Article day = Fixtures.article("day", "2022-01-14", shared + " Meer volgt.");
        Article first = build(List.of(day, undated), List.of(Fixtures.passage("p", shared, day, undated)), List.of()).articles().get(1);
        assertEquals("2022-01-14", first.date().orElseThrow().iso());
        assertEquals(DateOrigin.SHARED_PASSAGE, first.dateOrigin());
        assertSame(first, build(List.of(day, undated), List.of(Fixtures.passage("p", shared, day, undated)), List.of()).articles().get(1));
        Article dayLater = Fixtures.article("day", "2022-01-20", shared + " Meer volgt.");
        Article later = build(List.of(dayLater, undated), List.of(Fixtures.passage("p", shared, dayLater, undated)), List.of()).articles().get(1);
        assertEquals("2022-01-20", later.date().orElseThrow().iso());
    }
}
