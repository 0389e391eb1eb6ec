package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.model.Article;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;

/** Builds the timeline: events grouped by date, each with its sentence, source and people. */
final class TimelineViews {
    /** One event as the timeline shows it. */
    public record EventView(String id, String dateIso, String dateLabel, String expression, Snippet sentence,
                            boolean planned, List<EntityViews.EntityCard> people) {}

    /** All events of one date (or range). */
    public record DateGroup(String dateIso, String label, List<EventView> events) {}

    private final DossierIndex index;

    TimelineViews(DossierIndex index) {
        this.index = index;
    }

    List<DateGroup> groups() {
        Map<String, List<EventView>> byDate = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (Event event : index.dossier().events()) {
            String key = sortKey(event);
            byDate.computeIfAbsent(key, k -> new ArrayList<>()).add(view(event));
            labels.put(key, label(event));
        }
        List<DateGroup> groups = new ArrayList<>();
        byDate.forEach((key, events) -> groups.add(new DateGroup(events.get(0).dateIso(), labels.get(key), events)));
        return groups;
    }

    List<EventView> eventsOf(String entityId) {
        return index.dossier().events().stream()
                .filter(e -> e.entities().contains(entityId))
                .sorted((a, b) -> sortKey(a).compareTo(sortKey(b)))
                .map(this::view)
                .toList();
    }

    private EventView view(Event event) {
        Article article = index.article(event.sentence().article());
        Snippet sentence = Snippet.of(event.sentence(), article.block(event.sentence().block()).orElseThrow(),
                article.title(), article.date().map(DateLabels::of).orElse("undated"));
        List<EntityViews.EntityCard> people = event.entities().stream()
                .filter(index::hasEntity)
                .map(index::entity)
                .map(EntityViews::card)
                .toList();
        return new EventView(event.id(), event.date().iso(), label(event), event.expression(), sentence, event.planned(), people);
    }

    /** Sorts by first day, coarser dates first, then by end. */
    private static String sortKey(Event event) {
        PartialDate date = event.date();
        return date.firstDay() + "/" + date.precision().ordinal() + "/" + event.end().map(PartialDate::iso).orElse("");
    }

    static String label(Event event) {
        return DateLabels.of(event.date()) + event.end().map(end -> " – " + DateLabels.of(end)).orElse("");
    }
}
