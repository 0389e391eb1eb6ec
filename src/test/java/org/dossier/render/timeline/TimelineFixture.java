package org.dossier.render.timeline;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;
import org.dossier.model.Span;
import org.dossier.model.TimelineEntry;

/** A small timeline written for the renderer tests: a month, a day, a planned range, and text that needs escaping. */
final class TimelineFixture {
    static final String TRICKY = "Poetin zei: \"<b>niets</b> & 'alles'\" — “tevreden”.";
    static final Article ARTICLE = new Article("nos-1", "nos-1.txt", "Biden & Poetin <praten>", Optional.of(PartialDate.ofMonth(2022, 1)),
            DateOrigin.STATED, "nl", Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Section("s0", List.of(
                    block("p0", "Tijdens hun top afgelopen juni kwamen ze het overeen."),
                    block("p1", "Donderdagavond had Biden al een telefoongesprek met Poetin."),
                    block("p2", "De VS en Rusland houden op 9 en 10 januari gesprekken in Genève."),
                    block("p3", TRICKY)))));

    private TimelineFixture() {}

    private static Block block(String id, String text) {
        return new Block(id, BlockKind.PARAGRAPH, text, text, new SourceLocation("nos-1.txt", 1, 1));
    }

    static List<TimelineEntry> entries() {
        return List.of(
                entry("tl-june", PartialDate.ofMonth(2021, 6), Optional.empty(), false, "p0", "afgelopen juni"),
                entry("tl-call", PartialDate.parseIso("2021-12-30").orElseThrow(), Optional.empty(), false, "p1", "Donderdagavond"),
                entry("tl-quote", PartialDate.parseIso("2021-12-31").orElseThrow(), Optional.empty(), false, "p3", "zei"),
                entry("tl-talks", PartialDate.parseIso("2022-01-09").orElseThrow(), PartialDate.parseIso("2022-01-10"), true, "p2",
                        "op 9 en 10 januari"));
    }

    private static TimelineEntry entry(String id, PartialDate date, Optional<PartialDate> end, boolean planned, String block, String expression) {
        Block b = ARTICLE.block(block).orElseThrow();
        Event event = new Event("ev-" + id, date, end, expression, Span.of(ARTICLE.id(), b, 0, b.text().length()), List.of(), planned);
        return new TimelineEntry(id, date, end, planned, List.of(event), List.of());
    }
}
