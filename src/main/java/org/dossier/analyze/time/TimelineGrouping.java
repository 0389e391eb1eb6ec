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
import org.dossier.model.BlockKey;
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

    /** A date and the end of its range, if any: events join only within one. */
    record When(PartialDate date, Optional<PartialDate> end) {
        static final Comparator<When> ORDER = Comparator.comparing(When::date).thenComparing(When::end, END_ORDER);
    }

    /** The entries in chronological order; each lists its sources in the order {@code events} gives them. */
    public static List<TimelineEntry> group(List<Event> events, List<Passage> passages) {
        Map<When, List<Event>> byDate = new LinkedHashMap<>();
        for (Event e : events) byDate.computeIfAbsent(new When(e.date(), e.end()), k -> new ArrayList<>()).add(e);
        List<List<Event>> sameDates = byDate.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(When.ORDER))
                .map(Map.Entry::getValue)
                .toList();
        return group(sameDates, passages, TimelineSteps.FRESH);
    }

    /**
     * The same entries from the events of each date (and end), given in chronological order; the entries
     * of each date are a step of {@code steps}.
     */
    static List<TimelineEntry> group(List<List<Event>> sameDates, List<Passage> passages, TimelineSteps steps) {
        Map<BlockKey, List<Occurrence>> occurrencesByBlock = new HashMap<>();
        for (Passage p : passages) {
            for (Span o : p.occurrences()) {
                Occurrence.add(occurrencesByBlock.computeIfAbsent(new BlockKey(o.article(), o.block()), k -> new ArrayList<>()), o, p.id());
            }
        }
        // Events of different dates never join, so each date is grouped on its own, in parallel (in date
        // order). A date's entries sort by id after its date, so each date's entries are in timeline order.
        return sameDates.parallelStream()
                .flatMap(sameDate -> steps.entries(List.copyOf(sameDate), sameDate.stream()
                                .map(e -> passagesHolding(e.sentence(), occurrencesByBlock)).toList()).stream())
                .toList();
    }

    /** A passage's occurrence in a block. */
    private record Occurrence(Span span, String passage) {
        /** Adds an occurrence to its block's; of equal occurrences of several passages, the last passage's counts. */
        static void add(List<Occurrence> inBlock, Span span, String passage) {
            for (int i = 0; i < inBlock.size(); i++) {
                if (inBlock.get(i).span().equals(span)) {
                    inBlock.set(i, new Occurrence(span, passage));
                    return;
                }
            }
            inBlock.add(new Occurrence(span, passage));
        }
    }

    /**
     * The entries of one date's events (in order, with the passages each one's sentence stands in), in timeline
     * order: events that share a passage or the same entities are one entry.
     */
    static List<TimelineEntry> entriesOf(List<Event> sameDate, List<Set<String>> passagesOf) {
        List<Set<String>> entitiesOf = sameDate.stream().<Set<String>>map(e -> new HashSet<>(e.entities())).toList();
        // Only events with a passage or an entity in common can join: index them by both, so that a
        // busy day (hundreds of events) does not compare every pair.
        int[] parent = new int[sameDate.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        // Events with the same passages and entities join each other and whatever either joins: only the
        // first of them is compared with the rest. A seed that repeats one dated sentence thousands of
        // times made every pair of them be compared.
        Map<List<Set<String>>, Integer> firstWith = new HashMap<>();
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < sameDate.size(); i++) {
            if (passagesOf.get(i).isEmpty() && entitiesOf.get(i).isEmpty()) continue;
            Integer first = firstWith.putIfAbsent(List.of(passagesOf.get(i), entitiesOf.get(i)), i);
            if (first != null) {
                union(parent, first, i);
                continue;
            }
            for (String p : passagesOf.get(i)) holders.computeIfAbsent("p" + p, k -> new ArrayList<>()).add(i);
            for (String e : entitiesOf.get(i)) holders.computeIfAbsent("e" + e, k -> new ArrayList<>()).add(i);
        }
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
        entries.sort(ENTRY_ORDER);
        return List.copyOf(entries);
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
    private static Set<String> passagesHolding(Span sentence, Map<BlockKey, List<Occurrence>> occurrencesByBlock) {
        Set<String> ids = new HashSet<>();
        for (Occurrence o : occurrencesByBlock.getOrDefault(new BlockKey(sentence.article(), sentence.block()), List.of())) {
            if (o.span().overlaps(sentence)) ids.add(o.passage());
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
