package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;

/**
 * The index page's data: every entity by type (people, organisations, places, other), each with how
 * often and in how many articles it is named, most named first. Pure.
 */
public record EntityIndex(Map<EntityType, List<Entry>> byType) {
    /** One entity on the index. */
    public record Entry(Entity entity, int mentions, int articles, int quotes) {}

    public EntityIndex {
        Map<EntityType, List<Entry>> copy = new EnumMap<>(EntityType.class);
        byType.forEach((type, list) -> copy.put(type, List.copyOf(list)));
        byType = java.util.Collections.unmodifiableMap(copy);
    }

    public static EntityIndex of(Dossier dossier) {
        Map<EntityType, List<Entry>> byType = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) byType.put(type, new ArrayList<>());
        for (Entity e : dossier.entities()) {
            int articles = (int) e.mentions().stream().map(m -> m.span().article()).distinct().count();
            int quotes = (int) dossier.quotes().stream().filter(q -> q.speaker().filter(e.id()::equals).isPresent()).count();
            byType.get(e.type()).add(new Entry(e, e.mentions().size(), articles, quotes));
        }
        byType.values().forEach(list -> list.sort(Comparator.comparingInt((Entry x) -> -x.mentions())
                .thenComparing(x -> x.entity().name()).thenComparing(x -> x.entity().id())));
        return new EntityIndex(byType);
    }

    /** The entries of one type; empty when the dossier names nothing of that type. */
    public List<Entry> of(EntityType type) {
        return byType.getOrDefault(type, List.of());
    }
}
