package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.Span;
import org.dossier.model.TimelineEntry;
import org.dossier.render.i18n.Messages;
import org.junit.jupiter.api.Test;

/** How the timeline is cut into pages by period: years, then months of a long year, then numbered parts. */
class TimelinePagesTest {
    private static TimelineEntry entry(String id, PartialDate date, int reports) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            events.add(new Event(id + "-" + i, date, Optional.empty(), "toen", new Span("a", "b", 0, 4, "toen"), List.of(), false));
        }
        return new TimelineEntry(id, date, Optional.empty(), false, events, List.of());
    }

    private static List<String> urls(TimelinePages pages) {
        return pages.periods().stream().map(TimelinePages.Period::url).toList();
    }

    @Test
    void aShortTimelineStaysWholeOnItsOwnAddress() {
        List<TimelineEntry> entries = List.of(entry("a", PartialDate.ofYear(1943), 1), entry("b", PartialDate.ofMonth(2024, 5), 2));
        TimelinePages pages = TimelinePages.of(entries, 3);
        assertFalse(pages.split());
        assertEquals(List.of("timeline.html"), urls(pages));
        assertEquals(entries, pages.periods().get(0).entries());
        assertEquals("timeline.html", pages.urlOf("b"));
    }

    @Test
    void aLongTimelineGetsAPagePerYearAndPerMonthOfALongYear() throws Exception {
        List<TimelineEntry> entries = List.of(
                entry("y87a", PartialDate.ofYear(1987), 1), entry("y87b", PartialDate.of(java.time.LocalDate.of(1987, 6, 1)), 1),
                entry("y88", PartialDate.ofYear(1988), 1),
                entry("m1", PartialDate.ofMonth(1988, 3), 1), entry("m2", PartialDate.of(java.time.LocalDate.of(1988, 3, 2)), 2),
                entry("m3", PartialDate.of(java.time.LocalDate.of(1988, 3, 9)), 1),
                entry("a1", PartialDate.ofMonth(1988, 4), 1));
        TimelinePages pages = TimelinePages.of(entries, 3);
        assertTrue(pages.split());
        assertEquals(List.of("timeline.html", "timeline-1987.html", "timeline-1988.html", "timeline-1988-03.html",
                "timeline-1988-03-2.html", "timeline-1988-04.html"), urls(pages));
        assertEquals(List.of(), pages.periods().get(0).entries(), "the first page lists the periods");
        Messages english = Messages.load(Path.of("templates"), "en");
        assertEquals(List.of("Overview", "1987", "1988", "March 1988", "March 1988 (2)", "April 1988"),
                pages.periods().stream().map(p -> p.label(english)).toList());
        assertEquals("timeline-1988.html", pages.urlOf("y88"), "an entry dated only to a long year stands on the year's page");
        assertEquals("timeline-1988-03.html", pages.urlOf("m2"));
        assertEquals("timeline-1988-03-2.html", pages.urlOf("m3"), "a month over the page's weight continues on a numbered page");
        assertEquals(entries.size(), pages.periods().stream().mapToInt(p -> p.entries().size()).sum(), "every entry on one page");
        Pager pager = pages.pagers(english).get(3);
        assertEquals("timeline-1988.html", pager.previous());
        assertEquals("timeline-1988-03-2.html", pager.next());
        assertEquals("March 1988", pager.label());
    }
}
