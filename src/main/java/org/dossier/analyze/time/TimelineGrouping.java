package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.Passage;
import org.dossier.model.Span;
import org.dossier.model.TimelineEntry;

/**
 * Groups events into timeline entries: two events are the same when they have the same date (and end)
 * and either their sentences stand in one shared passage, or they mention the same entities (at least
 * half of all the entities either mentions, and at least one). Grouping is transitive.
 */
public final class TimelineGrouping {
    /** Empty ends first, so that "9 januari" comes before "9 tot 10 januari". */
    static final Comparator<Optional<PartialDate>> END_ORDER = Comparator
            .comparing((Optional<PartialDate> o) -> o.isPresent())
            .thenComparing(o -> o.orElse(PartialDate.ofYear(1)));

    private static final Comparator<TimelineEntry> ENTRY_ORDER = Comparator
            .comparing(TimelineEntry::date)
            .thenComparing(TimelineEntry::end, END_ORDER)
            .thenComparing(TimelineEntry::id);

    private TimelineGrouping() {}

    /** The entries in chronological order; each lists its sources in the order {@code events} gives them. */
    public static List<TimelineEntry> group(List<Event> events, List<Passage> passages) {
        Map<String, List<Event>> byDate = new LinkedHashMap<>();
        for (Event e : events) byDate.computeIfAbsent(e.date().iso() + "/" + e.end().map(PartialDate::iso).orElse(""), k -> new ArrayList<>()).add(e);
        Map<String, List<Span>> occurrencesByBlock = new HashMap<>();
        Map<Span, String> passageOf = new HashMap<>();
        for (Passage p : passages) {
            for (Span o : p.occurrences()) {
                occurrencesByBlock.computeIfAbsent(o.article() + "#" + o.block(), k -> new ArrayList<>()).add(o);
                passageOf.put(o, p.id());
            }
        }
        // Events of different dates never join, so each date is grouped on its own, in parallel (in date order).
        List<TimelineEntry> entries = new ArrayList<>(byDate.values().parallelStream()
                .flatMap(sameDate -> entriesOf(sameDate, occurrencesByBlock, passageOf).stream())
                .toList());
        entries.sort(ENTRY_ORDER);
        return List.copyOf(entries);
    }

    /** The entries of one date's events: events that share a passage or the same entities are one entry. */
    private static List<TimelineEntry> entriesOf(List<Event> sameDate, Map<String, List<Span>> occurrencesByBlock,
                                                 Map<Span, String> passageOf) {
        List<Set<String>> passagesOf = sameDate.stream()
                .map(e -> passagesHolding(e.sentence(), occurrencesByBlock, passageOf)).toList();
        List<Set<String>> entitiesOf = sameDate.stream().<Set<String>>map(e -> new HashSet<>(e.entities())).toList();
        // Only events with a passage or an entity in common can join: index them by both, so that a
        // busy day (hundreds of events) does not compare every pair.
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < sameDate.size(); i++) {
            for (String p : passagesOf.get(i)) holders.computeIfAbsent("p" + p, k -> new ArrayList<>()).add(i);
            for (String e : entitiesOf.get(i)) holders.computeIfAbsent("e" + e, k -> new ArrayList<>()).add(i);
        }
        int[] parent = new int[sameDate.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (List<Integer> sharing : holders.values()) {
            for (int x = 0; x < sharing.size(); x++) {
                for (int y = x + 1; y < sharing.size(); y++) {
                    int i = sharing.get(x);
                    int j = sharing.get(y);
                    if (find(parent, i) == find(parent, j)) continue;
                    if (sharesAny(passagesOf.get(i), passagesOf.get(j)) || sameEntities(entitiesOf.get(i), entitiesOf.get(j))) {
                        union(parent, i, j);
                    }
                }
            }
        }
        Map<Integer, List<Event>> groups = new LinkedHashMap<>();
        for (int i = 0; i < sameDate.size(); i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sameDate.get(i));
        List<TimelineEntry> entries = new ArrayList<>();
        groups.values().forEach(g -> entries.add(entry(g)));
        return entries;
    }

    /** Same entities: at least one in common, and the common ones are at least half of all of them. */
    static boolean sameEntities(Event a, Event b) {
        return sameEntities(new HashSet<>(a.entities()), new HashSet<>(b.entities()));
    }

    private static boolean sameEntities(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        int common = 0;
        for (String e : a) if (b.contains(e)) common++;
        int all = a.size() + b.size() - common;
        return common > 0 && 2 * common >= all;
    }

    private static TimelineEntry entry(List<Event> sources) {
        Event first = sources.get(0);
        LinkedHashSet<String> entities = new LinkedHashSet<>();
        sources.forEach(e -> entities.addAll(e.entities()));
        boolean planned = sources.stream().anyMatch(Event::planned);
        String id = "tl-" + first.id().substring(first.id().indexOf('-') + 1);
        return new TimelineEntry(id, first.date(), first.end(), planned, sources, List.copyOf(entities));
    }

    /** The passages with an occurrence overlapping the sentence; occurrences are indexed by block. */
    private static Set<String> passagesHolding(Span sentence, Map<String, List<Span>> occurrencesByBlock,
                                               Map<Span, String> passageOf) {
        Set<String> ids = new HashSet<>();
        for (Span o : occurrencesByBlock.getOrDefault(sentence.article() + "#" + sentence.block(), List.of())) {
            if (o.overlaps(sentence)) ids.add(passageOf.get(o));
        }
        return ids;
    }

    private static boolean sharesAny(Set<String> a, Set<String> b) {
        for (String s : a) if (b.contains(s)) return true;
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
    }
}
