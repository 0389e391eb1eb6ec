package org.dossier.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.Quote;
import org.dossier.model.SharingSummary;
import org.dossier.model.Span;
import org.dossier.model.TimelineEntry;

/**
 * Lookups over a finished dossier that pages need: articles and entities by id, and what stands in each
 * block (passages, mentions, quotes). Built once per render, in one pass over each list.
 *
 * <p>A page of one article or one entity reads the dossier only through a {@linkplain #recording recording}
 * copy of the index, which notes each lookup and its answer in the page's {@link PageReads}. The next
 * render asks the same questions of its own index ({@link #answersAsBefore}); a page whose every answer
 * is unchanged would come out the same, so its view need not be built again. That is why such pages may
 * not reach the whole {@link #dossier()}: a read that is not noted could not be checked.
 */
public final class DossierIndex {
    /** One occurrence of a passage, with the anchor its mark gets on the article page. */
    public record Occurrence(Passage passage, Span span, String markId) {}

    /** What a link to an entity shows: narrower than the entity, so a new mention elsewhere leaves it equal. */
    public record EntityLabel(String id, String name, EntityType type) {}

    /**
     * A block of an article, as a map key. Its hash is worked out once: a render checks hundreds of
     * thousands of remembered reads, and hashing a key must not reach into its two strings each time.
     */
    static final class BlockKey {
        private final String article;
        private final String block;
        private final int hash;

        BlockKey(String article, String block) {
            this.article = article;
            this.block = block;
            this.hash = 31 * article.hashCode() + block.hashCode();
        }

        static BlockKey of(Span span) {
            return new BlockKey(span.article(), span.block());
        }

        String article() {
            return article;
        }

        String block() {
            return block;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BlockKey other && hash == other.hash && article.equals(other.article) && block.equals(other.block);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return article + "#" + block;
        }
    }

    /** An occurrence of a passage, as a map key; its hash is worked out once, as {@link BlockKey}'s is. */
    static final class SpanKey {
        private final Span span;
        private final int hash;

        SpanKey(Span span) {
            this.span = span;
            this.hash = span.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SpanKey other && hash == other.hash && span.equals(other.span);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return span.toString();
        }
    }

    /** The questions a page can ask; each answers from the tables alone, so a later index can answer it again. */
    enum Lookup {
        SITE((t, key) -> t.site),
        ARTICLE((t, key) -> t.articles.get((String) key)),
        CARD((t, key) -> t.cards.get((String) key)),
        POSITION((t, key) -> t.positions.get((String) key)),
        BLOCK((t, key) -> t.blocks.get((BlockKey) key)),
        ENTITY((t, key) -> t.entities.get((String) key)),
        ENTITY_CARD((t, key) -> t.entityCards.get((String) key)),
        ENTITY_LABEL((t, key) -> t.entityLabels.get((String) key)),
        OCCURRENCES((t, key) -> t.occurrencesByBlock.getOrDefault((BlockKey) key, List.of())),
        PASSAGE_OF_OCCURRENCE((t, key) -> t.passageOfOccurrence.get((SpanKey) key)),
        MARK_ID((t, key) -> t.markIds.get((SpanKey) key)),
        MENTIONS((t, key) -> t.mentionsByBlock.getOrDefault((BlockKey) key, List.of())),
        ORIGIN((t, key) -> Optional.ofNullable(t.originByPassage.get((String) key))),
        DIFFS((t, key) -> t.diffsByOccurrence.getOrDefault((SpanKey) key, List.of())),
        QUOTES((t, key) -> t.quotesByBlock.getOrDefault((BlockKey) key, List.of())),
        QUOTES_BY((t, key) -> t.quotesBySpeaker.getOrDefault((String) key, List.of())),
        PEOPLE_IN((t, key) -> t.peopleByBlock.getOrDefault((BlockKey) key, Set.of())),
        ENTRIES_NAMING((t, key) -> t.entriesByEntity.getOrDefault((String) key, List.of()));

        private final BiFunction<Tables, Object, Object> answer;

        Lookup(BiFunction<Tables, Object, Object> answer) {
            this.answer = answer;
        }

        /** The answer, or null when the key names nothing in this dossier. */
        Object answer(Tables tables, Object key) {
            return answer.apply(tables, key);
        }
    }

    /** The index proper, shared by the plain index and every recording copy of it. */
    private static final class Tables {
        private final Dossier dossier;
        private SiteInfo site;
        private final Map<String, Article> articles = new LinkedHashMap<>();
        private final Map<String, Integer> positions = new HashMap<>();
        private final Map<String, ArticleCard> cards = new HashMap<>();
        private final Map<BlockKey, Block> blocks = new HashMap<>();
        private final Map<String, Entity> entities = new LinkedHashMap<>();
        private final Map<String, EntityViews.EntityCard> entityCards = new HashMap<>();
        private final Map<String, EntityLabel> entityLabels = new HashMap<>();
        private final Map<BlockKey, List<Occurrence>> occurrencesByBlock = new HashMap<>();
        private final Map<SpanKey, String> markIds = new HashMap<>();
        private final Map<SpanKey, String> passageOfOccurrence = new HashMap<>();
        private final Map<BlockKey, List<Mention>> mentionsByBlock = new HashMap<>();
        private final Map<BlockKey, List<Quote>> quotesByBlock = new HashMap<>();
        private final Map<String, List<Quote>> quotesBySpeaker = new HashMap<>();
        private final Map<BlockKey, Set<String>> peopleByBlock = new HashMap<>();
        private final Map<String, List<TimelineEntry>> entriesByEntity = new HashMap<>();
        private final Map<SpanKey, List<PassageDiff>> diffsByOccurrence = new HashMap<>();
        private final Map<String, String> originByPassage = new HashMap<>();

        /**
         * Indexes {@code dossier}; {@code previous} (or null) is the last render's tables, whose cards are
         * taken for the very same articles and entities. It is not kept, so the last dossier can be let go.
         */
        Tables(Dossier dossier, Tables previous) {
            this.dossier = dossier;
            // Each part fills maps of its own, so the parts can be indexed side by side.
            inParallel(() -> indexArticles(previous), () -> indexEntities(previous), this::indexPassages, this::indexTheRest);
        }

        /** Whether {@code previous} indexed this very article; then its card is the one made then. */
        private static boolean indexedBefore(Tables previous, Article article) {
            return previous != null && previous.articles.get(article.id()) == article;
        }

        /** Whether {@code previous} indexed this very entity; then its card and label are the ones made then. */
        private static boolean indexedBefore(Tables previous, Entity entity) {
            return previous != null && previous.entities.get(entity.id()) == entity;
        }

        private void indexArticles(Tables previous) {
            site = SiteInfo.of(dossier);
            dossier.articles().forEach(a -> {
                articles.put(a.id(), a);
                positions.put(a.id(), positions.size());
                cards.put(a.id(), indexedBefore(previous, a) ? previous.cards.get(a.id()) : ArticleCard.of(a));
                a.blockStream().forEach(b -> blocks.put(new BlockKey(a.id(), b.id()), b));
            });
        }

        private void indexEntities(Tables previous) {
            for (Entity entity : dossier.entities()) {
                entities.put(entity.id(), entity);
                boolean before = indexedBefore(previous, entity);
                entityCards.put(entity.id(), before ? previous.entityCards.get(entity.id()) : EntityViews.card(entity));
                entityLabels.put(entity.id(), before ? previous.entityLabels.get(entity.id())
                        : new EntityLabel(entity.id(), entity.name(), entity.type()));
                Set<BlockKey> named = new LinkedHashSet<>();
                for (Mention mention : entity.mentions()) {
                    BlockKey block = BlockKey.of(mention.span());
                    mentionsByBlock.computeIfAbsent(block, k -> new ArrayList<>()).add(mention);
                    named.add(block);
                }
                if (entity.type() == EntityType.PERSON) {
                    for (BlockKey block : named) peopleByBlock.computeIfAbsent(block, k -> new LinkedHashSet<>()).add(entity.id());
                }
            }
        }

        private void indexPassages() {
            for (Passage passage : dossier.passages()) {
                Map<String, Integer> perArticle = new HashMap<>();
                for (Span span : passage.occurrences()) {
                    int n = perArticle.merge(span.article(), 1, Integer::sum);
                    String markId = "shared-" + passage.id() + (n == 1 ? "" : "-" + n);
                    SpanKey key = new SpanKey(span);
                    markIds.put(key, markId);
                    passageOfOccurrence.put(key, passage.id());
                    occurrencesByBlock.computeIfAbsent(BlockKey.of(span), k -> new ArrayList<>()).add(new Occurrence(passage, span, markId));
                }
            }
        }

        private void indexTheRest() {
            for (SharingSummary.PassageOrigin origin : dossier.sharing().origins()) {
                origin.article().ifPresent(article -> originByPassage.put(origin.passage(), article));
            }
            for (PassageDiff diff : dossier.diffs()) {
                diffsByOccurrence.computeIfAbsent(new SpanKey(diff.occurrence()), k -> new ArrayList<>()).add(diff);
            }
            for (Quote quote : dossier.quotes()) {
                quotesByBlock.computeIfAbsent(BlockKey.of(quote.span()), k -> new ArrayList<>()).add(quote);
                quote.speaker().ifPresent(id -> quotesBySpeaker.computeIfAbsent(id, k -> new ArrayList<>()).add(quote));
            }
            for (TimelineEntry entry : dossier.timeline()) {
                for (String id : new LinkedHashSet<>(entry.entities())) entriesByEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(entry);
            }
        }

        private static void inParallel(Runnable... parts) {
            Stream.of(parts).parallel().forEach(Runnable::run);
        }
    }

    private final Tables tables;
    /** Where a recording copy notes its reads; null for the plain index. */
    private final PageReads reads;

    public DossierIndex(Dossier dossier) {
        this(new Tables(dossier, null), null);
    }

    /**
     * The index of {@code dossier}, taking {@code previous}'s cards for the very same articles and entities
     * (a rebuild's unchanged parts are the last build's objects), so they are neither made again nor, when
     * pages' reads are checked, compared field by field.
     */
    DossierIndex(Dossier dossier, DossierIndex previous) {
        this(new Tables(dossier, previous.tables), null);
    }

    private DossierIndex(Tables tables, PageReads reads) {
        this.tables = tables;
        this.reads = reads;
    }

    /** A copy of this index that notes every lookup and its answer in {@code reads}. */
    DossierIndex recording(PageReads reads) {
        return new DossierIndex(tables, Objects.requireNonNull(reads, "reads"));
    }

    /**
     * Whether this index answers every question in {@code reads} as the index that noted them did. Answers
     * that are equal but not the same object are replaced by this index's, so the reads hold on to one
     * dossier only and the next check can stop at identity.
     */
    boolean answersAsBefore(PageReads reads) {
        for (int i = 0; i < reads.size(); i++) {
            Object before = reads.answer(i);
            Object now = reads.lookup(i).answer(tables, reads.key(i));
            if (before == now) continue;
            if (!Objects.equals(before, now)) return false;
            reads.replaceAnswer(i, now);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private <T> T look(Lookup lookup, Object key) {
        Object answer = lookup.answer(tables, key);
        if (reads != null) reads.add(lookup, key, answer);
        return (T) answer;
    }

    /** The answer, which must be there; {@code what} and {@code key} name it only when it is not (a message is not cheap). */
    private static <T> T found(T answer, String what, Object key) {
        if (answer == null) throw new IllegalArgumentException(what + " " + key + " is not in the dossier");
        return answer;
    }

    /** The whole dossier, for pages that list all of it; a recording index refuses, as it could not note the read. */
    public Dossier dossier() {
        if (reads != null) throw new IllegalStateException("a page of one article or entity must read the dossier through the index's lookups");
        return tables.dossier;
    }

    /** What every page shows of the whole dossier. */
    public SiteInfo site() {
        return look(Lookup.SITE, "");
    }

    public Article article(String id) {
        return found(look(Lookup.ARTICLE, id), "article", id);
    }

    /** The article as lists show it; made once per article, however many pages list it. */
    public ArticleCard card(String articleId) {
        return found(look(Lookup.CARD, articleId), "article", articleId);
    }

    /** The block a span points into. */
    public Block block(Span span) {
        return found(look(Lookup.BLOCK, BlockKey.of(span)), "block", span);
    }

    /** A link to one occurrence of a passage, marked when its article is the passage's likely origin. */
    public ShareView.OccurrenceLink link(Span occurrence) {
        ArticleCard card = card(occurrence.article());
        String passage = found(look(Lookup.PASSAGE_OF_OCCURRENCE, new SpanKey(occurrence)), "passage occurrence", occurrence);
        boolean origin = originOf(passage).map(card.id()::equals).orElse(false);
        return new ShareView.OccurrenceLink(card.url() + "#" + markId(occurrence), card.title(), card.outlet(),
                card.dateLabel(), origin);
    }

    /** The article's place in dossier order. */
    public int position(String articleId) {
        Integer position = look(Lookup.POSITION, articleId);
        return found(position, "article", articleId);
    }

    public Entity entity(String id) {
        return found(look(Lookup.ENTITY, id), "entity", id);
    }

    /** The entity as lists show it; made once per entity (counting its articles reads every mention). */
    public EntityViews.EntityCard entityCard(String id) {
        return found(look(Lookup.ENTITY_CARD, id), "entity", id);
    }

    /** What a link to the entity shows; empty when no entity has the id. */
    public Optional<EntityLabel> entityLabel(String id) {
        return Optional.ofNullable(look(Lookup.ENTITY_LABEL, id));
    }

    public boolean hasEntity(String id) {
        return entityLabel(id).isPresent();
    }

    public List<Occurrence> occurrences(String article, String block) {
        return look(Lookup.OCCURRENCES, new BlockKey(article, block));
    }

    public String markId(Span span) {
        return found(look(Lookup.MARK_ID, new SpanKey(span)), "passage occurrence", span);
    }

    public List<Mention> mentions(String article, String block) {
        return look(Lookup.MENTIONS, new BlockKey(article, block));
    }

    /** The likely origin of a passage: the id of its earliest dated article, if any is dated. */
    public Optional<String> originOf(String passageId) {
        return look(Lookup.ORIGIN, passageId);
    }

    /** What differs between this occurrence of a near copy and another occurrence. */
    public List<PassageDiff> diffs(Span occurrence) {
        return look(Lookup.DIFFS, new SpanKey(occurrence));
    }

    public List<Quote> quotes(String article, String block) {
        return look(Lookup.QUOTES, new BlockKey(article, block));
    }

    /** The quotes attributed to an entity, in dossier order. */
    public List<Quote> quotesBy(String speakerId) {
        return look(Lookup.QUOTES_BY, speakerId);
    }

    /** The ids of the people named in a block, in the order of the dossier's entities. */
    public Set<String> peopleIn(BlockKey block) {
        return look(Lookup.PEOPLE_IN, block);
    }

    /** The timeline entries that name an entity, in timeline order. */
    public List<TimelineEntry> entriesNaming(String entityId) {
        return look(Lookup.ENTRIES_NAMING, entityId);
    }
}
