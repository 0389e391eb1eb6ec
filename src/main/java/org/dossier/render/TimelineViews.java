package org.dossier.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.TimelineEntry;
import org.dossier.render.i18n.Messages;
import org.dossier.render.timeline.TimelineSvg;
import org.dossier.render.timeline.TimelineWords;

/** Builds the timeline: one entry per happening, each with every source that reports it and its people. */
final class TimelineViews {
    /** One report of an entry: the expression as written and the sentence in its article. */
    public record SourceView(String expression, Snippet sentence) {}

    /** One moment on the timeline. */
    public record EntryView(String id, String url, String dateIso, String endIso, boolean planned, List<SourceView> sources,
                            List<EntityViews.EntityCard> people) {}

    private final DossierIndex index;

    TimelineViews(DossierIndex index) {
        this.index = index;
    }

    /** Every entry's view; {@code remembered} gives back the last render's where nothing it read changed. */
    List<EntryView> entries(RenderMemory.ItemViews remembered) {
        return index.dossier().timeline().stream()
                .map(entry -> remembered.view(entry, index, lookups -> new TimelineViews(lookups).view(entry)))
                .toList();
    }

    /** The compact drawing of the whole period, linking each mark to its entry on the timeline page. */
    static String drawing(List<TimelineEntry> entries, String anchorBase, Messages words) {
        return TimelineSvg.render(entries, new TimelineSvg.Options(words.text("timeline.drawing"), anchorBase,
                Locale.forLanguageTag(words.language()), drawingWords(words)));
    }

    /** The drawing's words (axis months, tooltip dates, its description) from the site's message file. */
    static TimelineWords drawingWords(Messages words) {
        return new TimelineWords() {
            @Override
            public String month(int month) {
                return words.text("month.short." + month);
            }

            @Override
            public String date(PartialDate date, Optional<PartialDate> end) {
                return end.map(last -> words.period(date, last)).orElseGet(() -> words.date(date));
            }

            @Override
            public String summary(int entries, String from, String to) {
                return words.count("timeline.svg.summary", entries, from, to);
            }

            @Override
            public String empty() {
                return words.count("count.entries", 0);
            }
        };
    }

    EntryView view(TimelineEntry entry) {
        List<SourceView> sources = new ArrayList<>();
        for (Event event : entry.sources()) {
            Snippet sentence = Snippet.phrase(event.sentence(), index.block(event.sentence()), event.expression(),
                    index.card(event.sentence().article()));
            sources.add(new SourceView(event.expression(), sentence));
        }
        Set<String> seen = new LinkedHashSet<>(entry.entities());
        List<EntityViews.EntityCard> people = seen.stream()
                .filter(index::hasEntity)
                .map(index::entityCard)
                .toList();
        return new EntryView(entry.id(), index.timelineUrl(entry.id()) + "#" + entry.id(), entry.date().iso(),
                entry.end().map(end -> end.iso()).orElse(""), entry.planned(), sources, people);
    }
}
