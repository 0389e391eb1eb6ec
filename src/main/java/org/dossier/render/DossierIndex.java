package org.dossier.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.Quote;
import org.dossier.model.SharingSummary;
import org.dossier.model.Span;

/**
 * Lookups over a finished dossier that pages need: articles and entities by id, and what stands in each
 * block (passages, mentions, quotes). Built once per render, in one pass over each list.
 */
public final class DossierIndex {
    /** One occurrence of a passage, with the anchor its mark gets on the article page. */
    public record Occurrence(Passage passage, Span span, String markId) {}

    private final Dossier dossier;
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, ArticleCard> cards = new HashMap<>();
    /** A block of an article: a map key that hashes the two ids' cached hashes instead of a new joined string. */
    record BlockKey(String article, String block) {
        static BlockKey of(Span span) {
            return new BlockKey(span.article(), span.block());
        }
    }

    private final Map<BlockKey, Block> blocks = new HashMap<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, EntityViews.EntityCard> entityCards = new HashMap<>();
    private final Map<BlockKey, List<Occurrence>> occurrencesByBlock = new HashMap<>();
    private final Map<Span, String> markIds = new HashMap<>();
    private final Map<Span, String> passageOfOccurrence = new HashMap<>();
    private final Map<BlockKey, List<Mention>> mentionsByBlock = new HashMap<>();
    private final Map<BlockKey, List<Quote>> quotesByBlock = new HashMap<>();
    private final Map<Span, List<PassageDiff>> diffsByOccurrence = new HashMap<>();
    private final Map<String, String> originByPassage = new HashMap<>();

    public DossierIndex(Dossier dossier) {
        this.dossier = dossier;
        dossier.articles().forEach(a -> {
            articles.put(a.id(), a);
            positions.put(a.id(), positions.size());
            cards.put(a.id(), ArticleCard.of(a));
            a.blockStream().forEach(b -> blocks.put(key(a.id(), b.id()), b));
        });
        dossier.entities().forEach(e -> {
            entities.put(e.id(), e);
            entityCards.put(e.id(), EntityViews.card(e));
        });
        for (Passage passage : dossier.passages()) {
            Map<String, Integer> perArticle = new HashMap<>();
            for (Span span : passage.occurrences()) {
                int n = perArticle.merge(span.article(), 1, Integer::sum);
                String markId = "shared-" + passage.id() + (n == 1 ? "" : "-" + n);
                markIds.put(span, markId);
                passageOfOccurrence.put(span, passage.id());
                occurrencesByBlock.computeIfAbsent(key(span), k -> new ArrayList<>()).add(new Occurrence(passage, span, markId));
            }
        }
        for (Entity entity : dossier.entities()) {
            for (Mention mention : entity.mentions()) {
                mentionsByBlock.computeIfAbsent(key(mention.span()), k -> new ArrayList<>()).add(mention);
            }
        }
        for (SharingSummary.PassageOrigin origin : dossier.sharing().origins()) {
            origin.article().ifPresent(article -> originByPassage.put(origin.passage(), article));
        }
        for (PassageDiff diff : dossier.diffs()) {
            diffsByOccurrence.computeIfAbsent(diff.occurrence(), k -> new ArrayList<>()).add(diff);
        }
        for (Quote quote : dossier.quotes()) {
            quotesByBlock.computeIfAbsent(key(quote.span()), k -> new ArrayList<>()).add(quote);
        }
    }

    private static BlockKey key(Span span) {
        return BlockKey.of(span);
    }

    private static BlockKey key(String article, String block) {
        return new BlockKey(article, block);
    }

    public Dossier dossier() {
        return dossier;
    }

    public Article article(String id) {
        Article article = articles.get(id);
        if (article == null) throw new IllegalArgumentException("no article " + id + " in the dossier");
        return article;
    }

    /** The article as lists show it; made once per article, however many pages list it. */
    public ArticleCard card(String articleId) {
        ArticleCard card = cards.get(articleId);
        if (card == null) throw new IllegalArgumentException("no article " + articleId + " in the dossier");
        return card;
    }

    /** The block a span points into. */
    public Block block(Span span) {
        Block block = blocks.get(key(span));
        if (block == null) throw new IllegalArgumentException("no block " + span.block() + " in article " + span.article());
        return block;
    }

    /** A link to one occurrence of a passage, marked when its article is the passage's likely origin. */
    public ShareView.OccurrenceLink link(Span occurrence) {
        ArticleCard card = card(occurrence.article());
        boolean origin = originOf(markPassage(occurrence)).map(card.id()::equals).orElse(false);
        return new ShareView.OccurrenceLink(card.url() + "#" + markId(occurrence), card.title(), card.outlet(),
                card.dateLabel(), origin);
    }

    /** The article's place in dossier order. */
    public int position(Article article) {
        return positions.get(article.id());
    }

    public Entity entity(String id) {
        Entity entity = entities.get(id);
        if (entity == null) throw new IllegalArgumentException("no entity " + id + " in the dossier");
        return entity;
    }

    /** The entity as lists show it; made once per entity (counting its articles reads every mention). */
    public EntityViews.EntityCard entityCard(String id) {
        EntityViews.EntityCard card = entityCards.get(id);
        if (card == null) throw new IllegalArgumentException("no entity " + id + " in the dossier");
        return card;
    }

    public boolean hasEntity(String id) {
        return entities.containsKey(id);
    }

    public List<Occurrence> occurrences(String article, String block) {
        return occurrencesByBlock.getOrDefault(key(article, block), List.of());
    }

    private String markPassage(Span occurrence) {
        String id = passageOfOccurrence.get(occurrence);
        if (id == null) throw new IllegalArgumentException("span is no passage occurrence: " + occurrence);
        return id;
    }

    public String markId(Span span) {
        String id = markIds.get(span);
        if (id == null) throw new IllegalArgumentException("span is no passage occurrence: " + span);
        return id;
    }

    public List<Mention> mentions(String article, String block) {
        return mentionsByBlock.getOrDefault(key(article, block), List.of());
    }

    /** The likely origin of a passage: the id of its earliest dated article, if any is dated. */
    public Optional<String> originOf(String passageId) {
        return Optional.ofNullable(originByPassage.get(passageId));
    }

    /** What differs between this occurrence of a near copy and another occurrence. */
    public List<PassageDiff> diffs(Span occurrence) {
        return diffsByOccurrence.getOrDefault(occurrence, List.of());
    }

    public List<Quote> quotes(String article, String block) {
        return quotesByBlock.getOrDefault(key(article, block), List.of());
    }
}
