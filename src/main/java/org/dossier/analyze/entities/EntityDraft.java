package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        Set<Span> spans = new LinkedHashSet<>();
        for (Occurrence o : occurrences) spans.add(o.span());
        spans.addAll(extraMentions);
        // Each span's block looked up once, not at every comparison of the sort.
        record Placed(Span span, int block) {}
        List<Mention> mentions = spans.stream().map(s -> new Placed(s, blockOrder.applyAsInt(s)))
                .sorted(Comparator.comparingInt(Placed::block).thenComparingInt(p -> p.span().start())
                        .thenComparingInt(p -> p.span().end()))
                .map(p -> new Mention(id, p.span())).toList();
        List<String> roleList = roles.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        List<String> aliasList = aliases.stream().filter(a -> !a.equals(name)).toList();
        return new Entity(id, name, type, aliasList, description, link, mentions, roleList);
    }
}
