package org.dossier.model;

import java.util.List;
import java.util.Optional;

/**
 * One moment on the timeline: the same event as one or more articles report it.
 *
 * @param id       stable id, derived from the date and the first source's id
 * @param date     the date every source gives, at its precision
 * @param end      the last day of a range, if the sources give one
 * @param planned  whether any source reports it as still to come (announced, scheduled)
 * @param sources  every report of the event, in dossier order; all share {@code date} and {@code end}
 * @param entities ids of the entities any source mentions, in order of first mention, without repeats
 */
public record TimelineEntry(
        String id,
        PartialDate date,
        Optional<PartialDate> end,
        boolean planned,
        List<Event> sources,
        List<String> entities) {
    public TimelineEntry {
        Checks.notBlank(id, "id");
        Checks.notNull(date, "date");
        Checks.notNull(end, "end");
        sources = Checks.copy(sources, "sources");
        entities = Checks.copy(entities, "entities");
        if (sources.isEmpty()) throw new IllegalArgumentException("timeline entry " + id + " has no sources");
        for (Event source : sources) {
            if (!source.date().equals(date) || !source.end().equals(end)) {
                throw new IllegalArgumentException("event " + source.id() + " is dated " + source.date()
                        + source.end().map(e -> ".." + e).orElse("") + ", not as entry " + id);
            }
        }
    }

    /** The ids of the articles reporting it, in source order, without repeats. */
    public List<String> articles() {
        return sources.stream().map(e -> e.sentence().article()).distinct().toList();
    }
}
