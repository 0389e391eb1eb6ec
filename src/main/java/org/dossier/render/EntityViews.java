package org.dossier.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.model.Article;
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

    /** Another entity named in the same articles, with how many articles they share. */
    public record Companion(EntityCard entity, int sharedArticles) {}

    /** Everything an entity page shows. */
    public record EntityPage(EntityCard card, List<String> aliases, String description, String link,
                             List<Snippet> quotes, List<Snippet> mentions, List<Companion> companions,
                             List<ArticleCard> articles, List<TimelineViews.EntryView> events) {}

    private final DossierIndex index;

    EntityViews(DossierIndex index) {
        this.index = index;
    }

    List<EntityGroup> groups() {
        Map<EntityType, List<EntityCard>> byType = new TreeMap<>();
        for (Entity entity : index.dossier().entities()) {
            byType.computeIfAbsent(entity.type(), t -> new ArrayList<>()).add(card(entity));
        }
        List<EntityGroup> groups = new ArrayList<>();
        byType.forEach((type, cards) -> {
            List<EntityCard> sorted = cards.stream()
                    .sorted(Comparator.comparingInt(EntityCard::mentions).reversed().thenComparing(EntityCard::name))
                    .toList();
            groups.add(new EntityGroup(type.id(), heading(type), sorted));
        });
        return groups;
    }

    EntityPage page(Entity entity) {
        List<Snippet> quotes = new ArrayList<>();
        for (Quote quote : index.dossier().quotes()) {
            if (quote.speaker().filter(entity.id()::equals).isPresent()) quotes.add(snippet(quote.span()));
        }
        List<Snippet> mentions = entity.mentions().stream().map(Mention::span).map(this::snippet).toList();
        Set<String> articleIds = articleIds(entity);
        Map<String, Integer> shared = new LinkedHashMap<>();
        for (Entity other : index.dossier().entities()) {
            if (other.id().equals(entity.id())) continue;
            Set<String> common = new LinkedHashSet<>(articleIds(other));
            common.retainAll(articleIds);
            if (!common.isEmpty()) shared.put(other.id(), common.size());
        }
        List<Companion> companions = shared.entrySet().stream()
                .map(e -> new Companion(card(index.entity(e.getKey())), e.getValue()))
                .sorted(Comparator.comparingInt(Companion::sharedArticles).reversed()
                        .thenComparing(c -> c.entity().type()).thenComparing(c -> c.entity().name()))
                .toList();
        List<ArticleCard> articles = index.dossier().articles().stream()
                .filter(a -> articleIds.contains(a.id())).map(ArticleCard::of).toList();
        List<TimelineViews.EntryView> events = new TimelineViews(index).entriesOf(entity.id());
        return new EntityPage(card(entity), entity.aliases(), entity.description().orElse(""), entity.link().orElse(""),
                quotes, mentions, companions, articles, events);
    }

    private Snippet snippet(Span span) {
        Article article = index.article(span.article());
        return Snippet.of(span, article.block(span.block()).orElseThrow(), article.title(),
                article.date().map(DateLabels::of).orElse("undated"));
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
