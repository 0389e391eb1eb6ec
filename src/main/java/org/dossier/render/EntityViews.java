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
import org.dossier.render.i18n.Messages;
import org.dossier.render.svg.Layouts;

/** Builds the entity index and the page of each entity from the finished dossier. */
final class EntityViews {
    /** An entity as the index lists it. */
    public record EntityCard(String id, String url, String name, String type, int mentions, int articles) {}

    /**
     * A group of the index: the entities of one type, or those of them on one page of the index.
     *
     * @param total how many entities of the type the whole index lists
     */
    public record EntityGroup(String type, List<EntityCard> entities, int total) {
        EntityGroup(String type, List<EntityCard> entities) {
            this(type, entities, entities.size());
        }
    }

    /** A person named in the same blocks as the entity, with in how many blocks. */
    public record Companion(EntityCard entity, int together) {}

    /**
     * Everything one page of an entity shows. An entity named often gets more pages: each long part (quotes,
     * timeline entries, mentions, articles) shows one slice per page; the first page also shows what is said
     * of the entity, the people most often named with it and the drawing of its neighbourhood in the network
     * ({@code network}: SVG, every text escaped; empty when it has no neighbours).
     */
    public record EntityPage(EntityCard card, List<String> aliases, List<String> roles, String description, String link,
                             List<Snippet> quotes, List<Snippet> mentions, List<Companion> companions,
                             List<ArticleCard> articles, List<TimelineViews.EntryView> events, SafeHtml network) {}

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
            // Most mentioned first, then by name; one comparison of fields, as a large dossier sorts ten thousand cards.
            List<EntityCard> sorted = list.stream()
                    .sorted((a, b) -> a.mentions() != b.mentions() ? Integer.compare(b.mentions(), a.mentions()) : a.name().compareTo(b.name()))
                    .toList();
            groups.add(new EntityGroup(type.id(), sorted));
        });
        return groups;
    }

    /** How many pages the entity with this id gets: enough for the longest of its parts. */
    int pageCount(String id) {
        int perPage = index.sizes().entityPart();
        EntityCard card = index.entityCard(id);
        int longest = Math.max(Math.max(card.mentions(), card.articles()),
                Math.max(index.quotesBy(id).size(), index.entriesNaming(id).size()));
        return Paging.pageCount(longest, perPage);
    }

    /**
     * Page {@code number} (from 1) of the entity with this id, read from the dossier through the index alone;
     * {@code words} for the drawing of its neighbourhood, laid out by the render's {@code layouts}.
     */
    EntityPage page(String id, int number, Messages words, Layouts layouts) {
        int perPage = index.sizes().entityPart();
        Entity entity = index.entity(id);
        List<Snippet> quotes = Paging.slice(index.quotesBy(id), number, perPage).stream().map(Quote::span).map(this::snippet).toList();
        List<Snippet> mentions = Paging.slice(entity.mentions(), number, perPage).stream().map(Mention::span).map(this::snippet).toList();
        List<Companion> companions = number == 1 ? companions(id, entity, perPage) : List.of();
        List<ArticleCard> articles = Paging.slice(articleIds(entity).stream()
                .sorted(Comparator.comparingInt(index::position)).toList(), number, perPage).stream().map(index::card).toList();
        TimelineViews timeline = new TimelineViews(index);
        List<TimelineViews.EntryView> events = Paging.slice(index.entriesNaming(id), number, perPage).stream().map(timeline::view).toList();
        boolean first = number == 1;
        return new EntityPage(index.entityCard(id), first ? entity.aliases() : List.of(), first ? entity.roles() : List.of(),
                first ? entity.description().orElse("") : "", first ? entity.link().orElse("") : "",
                quotes, mentions, companions, articles, events, first ? NetworkViews.neighbourhood(index, id, words, layouts) : NetworkViews.NONE);
    }

    /** The people most often named in the same blocks as the entity, at most {@code limit}. */
    private List<Companion> companions(String id, Entity entity, int limit) {
        Map<String, Integer> together = new HashMap<>();
        for (BlockKey block : blockKeys(entity)) {
            for (String other : index.peopleIn(block)) {
                if (!other.equals(id)) together.merge(other, 1, Integer::sum);
            }
        }
        return together.entrySet().stream()
                .map(e -> new Companion(index.entityCard(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(Companion::together).reversed()
                        .thenComparing(c -> c.entity().name()).thenComparing(c -> c.entity().id()))
                .limit(limit)
                .toList();
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
}
