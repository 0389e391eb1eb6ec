package org.dossier.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.model.BlockKey;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.Span;

/** Builds the entity index and the page of each entity from the finished dossier. */
final class EntityViews {
    /** An entity as the index lists it. */
    public record EntityCard(String id, String url, String name, String type, int mentions, int articles) {}

    /** A group of the index: all entities of one type. */
    public record EntityGroup(String type, String heading, List<EntityCard> entities) {}

    /** A person named in the same blocks as the entity, with in how many blocks. */
    public record Companion(EntityCard entity, int together) {}

    /** Everything an entity page shows; {@code network} is the drawing of its neighbourhood (SVG, every text escaped) or empty. */
    public record EntityPage(EntityCard card, List<String> aliases, List<String> roles, String description, String link,
                             List<Snippet> quotes, List<Snippet> mentions, List<Companion> companions,
                             List<ArticleCard> articles, List<TimelineViews.EntryView> events, String network) {}

    private final DossierIndex index;

    /** Views over {@code index}; for one entity's page, a recording copy of it. */
    EntityViews(DossierIndex index) {
        this.index = index;
    }

    List<EntityGroup> groups() {
        Map<EntityType, List<EntityCard>> byType = new TreeMap<>();
        for (Entity entity : index.dossier().entities()) {
            byType.computeIfAbsent(entity.type(), t -> new ArrayList<>()).add(index.entityCard(entity.id()));
        }
        List<EntityGroup> groups = new ArrayList<>();
        byType.forEach((type, list) -> {
            List<EntityCard> sorted = list.stream()
                    .sorted(Comparator.comparingInt(EntityCard::mentions).reversed().thenComparing(EntityCard::name))
                    .toList();
            groups.add(new EntityGroup(type.id(), heading(type), sorted));
        });
        return groups;
    }

    /** The page of the entity with this id, read from the dossier through the index alone. */
    EntityPage page(String id) {
        Entity entity = index.entity(id);
        List<Snippet> quotes = index.quotesBy(id).stream().map(Quote::span).map(this::snippet).toList();
        List<Snippet> mentions = entity.mentions().stream().map(Mention::span).map(this::snippet).toList();
        Map<String, Integer> together = new HashMap<>();
        for (BlockKey block : blockKeys(entity)) {
            for (String other : index.peopleIn(block)) {
                if (!other.equals(id)) together.merge(other, 1, Integer::sum);
            }
        }
        List<Companion> companions = together.entrySet().stream()
                .map(e -> new Companion(index.entityCard(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(Companion::together).reversed()
                        .thenComparing(c -> c.entity().name()).thenComparing(c -> c.entity().id()))
                .toList();
        List<ArticleCard> articles = articleIds(entity).stream()
                .sorted(Comparator.comparingInt(index::position)).map(index::card).toList();
        TimelineViews timeline = new TimelineViews(index);
        List<TimelineViews.EntryView> events = index.entriesNaming(id).stream().map(timeline::view).toList();
        return new EntityPage(index.entityCard(id), entity.aliases(), entity.roles(), entity.description().orElse(""),
                entity.link().orElse(""), quotes, mentions, companions, articles, events, NetworkViews.neighbourhood(index, id));
    }

    private Snippet snippet(Span span) {
        return Snippet.of(span, index.block(span), index.card(span.article()));
    }

    private static Set<BlockKey> blockKeys(Entity entity) {
        Set<BlockKey> keys = new LinkedHashSet<>();
        for (Mention mention : entity.mentions()) keys.add(BlockKey.of(mention.span()));
        return keys;
    }

    private static Set<String> articleIds(Entity entity) {
        Set<String> ids = new LinkedHashSet<>();
        for (Mention mention : entity.mentions()) ids.add(mention.span().article());
        return ids;
    }

    static EntityCard card(Entity entity) {
        return new EntityCard(entity.id(), SiteLinks.entity(entity.id()), entity.name(), entity.type().id(),
                entity.mentions().size(), articleIds(entity).size());
    }

    private static String heading(EntityType type) {
        return switch (type) {
            case PERSON -> "People";
            case ORGANIZATION -> "Organisations";
            case PLACE -> "Places";
            case OTHER -> "Other names";
        };
    }
}
