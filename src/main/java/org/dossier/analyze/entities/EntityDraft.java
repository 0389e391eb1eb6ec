package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Span;

/** An entity while it is being put together: its name and id are fixed, mentions and aliases may grow. */
final class EntityDraft {
    final String name;
    final EntityType type;
    final Optional<String> description;
    final Optional<String> link;
    final List<Occurrence> occurrences;
    final TreeSet<String> aliases = new TreeSet<>();
    final List<Span> extraMentions = new ArrayList<>();
    final Map<String, Integer> roles = new TreeMap<>();
    String id;

    EntityDraft(String name, EntityType type, Optional<String> description, Optional<String> link, List<Occurrence> occurrences) {
        this.name = name;
        this.type = type;
        this.description = description;
        this.link = link;
        this.occurrences = List.copyOf(occurrences);
    }

    int mentionCount() {
        return occurrences.size() + extraMentions.size();
    }

    /** Every surface form, the name first. */
    List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** The entity, its mentions in reading order: by {@code blockOrder} (the block's place in the dossier), then start, then end. */
    Entity toEntity(ToIntFunction<Span> blockOrder) {
        List<Placed> placed = new ArrayList<>(occurrences.size() + extraMentions.size());
        for (Occurrence o : occurrences) placed.add(new Placed(o.span(), blockOrder.applyAsInt(o.span())));
        for (Span s : extraMentions) placed.add(new Placed(s, blockOrder.applyAsInt(s)));
        placed.sort(Placed.READING_ORDER);
        List<Mention> mentions = new ArrayList<>(placed.size());
        int run = 0; // where the spans with the current block, start and end begin
        for (int i = 0; i < placed.size(); i++) {
            if (Placed.READING_ORDER.compare(placed.get(run), placed.get(i)) != 0) run = i;
            if (!isRepeat(placed, run, i)) mentions.add(new Mention(id, placed.get(i).span()));
        }
        List<String> roleList = roles.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        List<String> aliasList = aliases.stream().filter(a -> !a.equals(name)).toList();
        return new Entity(id, name, type, aliasList, description, link, List.copyOf(mentions), roleList);
    }

    /** A span with its block's place in the dossier, looked up once rather than at every comparison of the sort. */
    private record Placed(Span span, int block) {
        static final Comparator<Placed> READING_ORDER = Comparator.comparingInt(Placed::block)
                .thenComparingInt(p -> p.span().start()).thenComparingInt(p -> p.span().end());
    }

    /**
     * Whether span {@code i} equals one before it in its run of spans in the same place. Each span is a
     * mention once; equal spans sort into one run, and the sort is stable, so keeping the first of each
     * is what a set of the spans in order of their adding, sorted, would give, without hashing every span.
     */
    private static boolean isRepeat(List<Placed> placed, int run, int i) {
        for (int j = run; j < i; j++) if (placed.get(j).span().equals(placed.get(i).span())) return true;
        return false;
    }
}
