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
        Map<String, List<PassageOccurrence>> occurrencesByBlock = occurrencesByBlock(passages);
        Map<String, List<Event>> byDate = new LinkedHashMap<>();
        for (Event e : events) byDate.computeIfAbsent(e.date().iso() + "/" + e.end().map(PartialDate::iso).orElse(""), k -> new ArrayList<>()).add(e);
        List<TimelineEntry> entries = new ArrayList<>();
        for (List<Event> sameDate : byDate.values()) {
            List<Set<String>> passagesOf = sameDate.stream().map(e -> passagesHolding(e.sentence(), occurrencesByBlock)).toList();
            int[] parent = new int[sameDate.size()];
            for (int i = 0; i < parent.length; i++) parent[i] = i;
            for (int i = 0; i < sameDate.size(); i++) {
                for (int j = i + 1; j < sameDate.size(); j++) {
                    if (sharesAny(passagesOf.get(i), passagesOf.get(j)) || sameEntities(sameDate.get(i), sameDate.get(j))) {
                        union(parent, i, j);
                    }
                }
            }
            Map<Integer, List<Event>> groups = new LinkedHashMap<>();
            for (int i = 0; i < sameDate.size(); i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sameDate.get(i));
            groups.values().forEach(g -> entries.add(entry(g)));
        }
        entries.sort(ENTRY_ORDER);
        return List.copyOf(entries);
    }

    /** Same entities: at least one in common, and the common ones are at least half of all of them. */
    static boolean sameEntities(Event a, Event b) {
        if (a.entities().isEmpty() || b.entities().isEmpty()) return false;
        Set<String> common = new HashSet<>(a.entities());
        common.retainAll(b.entities());
        Set<String> all = new HashSet<>(a.entities());
        all.addAll(b.entities());
        return !common.isEmpty() && 2 * common.size() >= all.size();
    }

    private static TimelineEntry entry(List<Event> sources) {
        Event first = sources.get(0);
        LinkedHashSet<String> entities = new LinkedHashSet<>();
        sources.forEach(e -> entities.addAll(e.entities()));
        boolean planned = sources.stream().anyMatch(Event::planned);
        String id = "tl-" + first.id().substring(first.id().indexOf('-') + 1);
        return new TimelineEntry(id, first.date(), first.end(), planned, sources, List.copyOf(entities));
    }

    /** Occurrences by article and block, so that a sentence is checked only against its own block's. */
    private static Map<String, List<PassageOccurrence>> occurrencesByBlock(List<Passage> passages) {
        Map<String, List<PassageOccurrence>> index = new HashMap<>();
        for (Passage p : passages) {
            for (Span o : p.occurrences()) {
                index.computeIfAbsent(o.article() + "#" + o.block(), k -> new ArrayList<>()).add(new PassageOccurrence(p.id(), o));
            }
        }
        return index;
    }

    private record PassageOccurrence(String passage, Span span) {}

    private static Set<String> passagesHolding(Span sentence, Map<String, List<PassageOccurrence>> occurrencesByBlock) {
        Set<String> ids = new HashSet<>();
        for (PassageOccurrence o : occurrencesByBlock.getOrDefault(sentence.article() + "#" + sentence.block(), List.of())) {
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
