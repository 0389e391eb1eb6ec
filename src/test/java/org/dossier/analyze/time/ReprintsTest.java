package org.dossier.analyze.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Event;
import org.dossier.model.Passage;
import org.junit.jupiter.api.Test;

/**
 * Wire copy reprinted days later: the relative dates of the shared passage keep the reading of the
 * earliest article, where the words were written, instead of a second date counted from the reprint.
 */
class ReprintsTest {
    private static final String WIRE = "Vorige week besloot het waterschap de dijk te verhogen. Donderdag begint het werk.";
    /** Monday 4 March 2024, the wire story's day. */
    private static final Article FIRST = Fixtures.article("regio", "2024-03-04", WIRE);
    /** Eight days on, a weekly prints the same copy under its own lead. */
    private static final Article REPRINT = Fixtures.article("weekblad", "2024-03-12", "Uit de regio. " + WIRE);
    private static final Passage SHARED = Fixtures.passage("p1", WIRE, FIRST, REPRINT);

    @Test
    void aReprintReadsItsRelativeDatesAsTheEarliestCopyDoes() {
        List<String> readings = lentReadings(List.of(REPRINT, FIRST), List.of(SHARED));
        // reading order: the reprint's two expressions, then the first article's
        // the reprint reports Thursday as past, since it is past by its own date
        assertEquals(List.of("2024-02-26..2024-03-03", "2024-03-07", "2024-02-26..2024-03-03", "2024-03-07+"), readings);
    }

    @Test
    void withoutThePassageEachCopyCountsFromItsOwnDate() {
        List<String> readings = lentReadings(List.of(REPRINT, FIRST), List.of());
        assertEquals(List.of("2024-03-04..2024-03-10", "2024-03-14+", "2024-02-26..2024-03-03", "2024-03-07+"), readings);
    }

    @Test
    void theTimelineHasOneDateForBothCopies() {
        var result = TimelineAnalysis.analyze(List.of(FIRST, REPRINT), List.of(SHARED), List.of());
        List<String> dates = result.events().stream().map(Event::date).map(d -> d.iso()).distinct().sorted().toList();
        assertEquals(List.of("2024-02-26", "2024-03-07"), dates);
    }

    @Test
    void anAbsoluteDateIsNotLent() {
        Article first = Fixtures.article("a", "2024-03-04", "Op 1 maart 2024 besloot het waterschap de dijk te verhogen.");
        Article later = Fixtures.article("b", "2024-03-12", "Op 1 maart 2024 besloot het waterschap de dijk te verhogen.");
        Passage p = Fixtures.passage("p1", "Op 1 maart 2024 besloot het waterschap de dijk te verhogen.", first, later);
        assertEquals(List.of("2024-03-01", "2024-03-01"), lentReadings(List.of(first, later), List.of(p)));
    }

    private static List<String> lentReadings(List<Article> articles, List<Passage> passages) {
        var references = new java.util.LinkedHashMap<String, java.util.Optional<org.dossier.model.PartialDate>>();
        for (Article a : articles) references.put(a.id(), a.date());
        return PassageLending.lend(EventExtraction.expressions(articles), passages, references).stream()
                .map(l -> NewsSentencesTest.describe(l.expression())).toList();
    }
}
