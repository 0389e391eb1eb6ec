package org.dossier.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKey;
import org.dossier.model.Discrepancy;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Network;
import org.dossier.model.NetworkEdge;
import org.dossier.model.NetworkNode;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.Quote;
import org.dossier.model.SharingSummary;
import org.dossier.model.Span;
import org.dossier.model.Structure;
import org.dossier.model.TimelineEntry;

/**
 * Lookups over a finished dossier that pages need: articles and entities by id, and what stands in each
 * block (passages, mentions, quotes). Built once per render: what stands in each article, and what is said
 * of each entity, is gathered in one pass over each list, and each article's and entity's part of the index
 * is taken from the last render's index when it is made from the same objects. A rebuild's index gathers
 * again only for the articles and entities that the dossier's new and gone objects name, and takes every
 * other part over with its lists: that step, which relies on the build handing over unchanged objects, is
 * {@link EditedParts}, apart from the plain gathering.
 *
 * <p>Every lookup is one {@link Lookup}, a question the tables alone answer. That is what lets a page's
 * reads be recorded and asked again of a later index; the recording lives apart, in the reuse layer
 * ({@code org.dossier.render.reuse.RecordingIndex}, the one other kind of index there is), which reaches the
 * index only through its protected and public members: {@link #look}, {@link #answerTo}, {@link #partAnswering}
 * and {@link #holds}.
 */
public class DossierIndex {
    /** One occurrence of a passage, with the anchor its mark gets on the article page. */
    public record Occurrence(Passage passage, Span span, String markId) {}

    /** What a link to an entity shows: narrower than the entity, so a new mention elsewhere leaves it equal. */
    public record EntityLabel(String id, String name, EntityType type) {}

    /** An occurrence of a passage, as a map key; its hash is worked out once, as a {@link BlockKey}'s is. */
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
    public enum Lookup {
        SITE((t, key) -> t.site.table, Owner.SITE),
        ARTICLE((t, key) -> t.ofArticle((String) key, part -> part.article), Owner.ARTICLE),
        CARD((t, key) -> t.ofArticle((String) key, part -> part.card), Owner.ARTICLE),
        POSITION((t, key) -> t.ofArticle((String) key, part -> part.position), Owner.ARTICLE),
        BLOCK((t, key) -> t.inBlock((BlockKey) key, part -> part.blocks), Owner.BLOCK),
        ENTITY((t, key) -> t.ofEntity((String) key, part -> part.entity), Owner.ENTITY),
        ENTITY_CARD((t, key) -> t.ofEntity((String) key, part -> part.card), Owner.ENTITY),
        ENTITY_LABEL((t, key) -> t.ofEntity((String) key, part -> part.label), Owner.ENTITY),
        OCCURRENCES((t, key) -> orEmpty(t.inBlock((BlockKey) key, part -> part.occurrencesByBlock)), Owner.BLOCK),
        PASSAGE_OF_OCCURRENCE((t, key) -> {
            Occurrence occurrence = t.atSpan((SpanKey) key, part -> part.occurrences);
            return occurrence == null ? null : occurrence.passage().id();
        }, Owner.SPAN),
        MARK_ID((t, key) -> {
            Occurrence occurrence = t.atSpan((SpanKey) key, part -> part.occurrences);
            return occurrence == null ? null : occurrence.markId();
        }, Owner.SPAN),
        MENTIONS((t, key) -> orEmpty(t.inBlock((BlockKey) key, part -> part.mentionsByBlock)), Owner.BLOCK),
        ORIGIN((t, key) -> Optional.ofNullable(t.origins.table.get((String) key)), Owner.ORIGINS),
        DIFFS((t, key) -> orEmpty(t.atSpan((SpanKey) key, part -> part.diffsByOccurrence)), Owner.SPAN),
        QUOTES((t, key) -> orEmpty(t.inBlock((BlockKey) key, part -> part.quotesByBlock)), Owner.BLOCK),
        QUOTES_BY((t, key) -> {
            EntityPart part = t.entity((String) key);
            return part == null ? t.gathered.quotesBySpeaker.getOrDefault((String) key, List.of()) : part.quotesBy;
        }, Owner.ENTITY),
        PEOPLE_IN((t, key) -> {
            Set<String> people = t.inBlock((BlockKey) key, part -> part.peopleByBlock);
            return people == null ? Set.of() : people;
        }, Owner.BLOCK),
        TIMELINE_URL((t, key) -> t.timelineUrls.table.urlOf((String) key), Owner.TIMELINE),
        NEIGHBOURHOOD((t, key) -> t.network.neighbourhood((String) key), Owner.NETWORK),
        DISCREPANCIES_IN((t, key) -> t.discrepancies.table.getOrDefault((BlockKey) key, List.of()), Owner.DISCREPANCIES),
        ENTRIES_NAMING((t, key) -> {
            EntityPart part = t.entity((String) key);
            return part == null ? t.gathered.entriesByEntity.getOrDefault((String) key, List.of()) : part.entriesNaming;
        }, Owner.ENTITY);

        private final BiFunction<Tables, Object, Object> answer;
        private final Owner owner;

        Lookup(BiFunction<Tables, Object, Object> answer, Owner owner) {
            this.answer = answer;
            this.owner = owner;
        }

        /** The answer, or null when the key names nothing in this dossier. */
        Object answer(Tables tables, Object key) {
            return answer.apply(tables, key);
        }

        /**
         * The part of the tables this question's answer comes from alone (an article's or an entity's), or
         * null when it has none: the same part object means the same answer.
         */
        Object owner(Tables tables, Object key) {
            return switch (owner) {
                case SITE -> tables.site;
                case ORIGINS -> tables.origins;
                case TIMELINE -> tables.timelineUrls;
                case DISCREPANCIES -> tables.discrepancies;
                case ARTICLE -> tables.article((String) key);
                case BLOCK -> tables.article(((BlockKey) key).article());
                case SPAN -> tables.article(((SpanKey) key).span.article());
                case ENTITY -> tables.entity((String) key);
                case NETWORK -> tables.network;
            };
        }

        private static List<?> orEmpty(List<?> list) {
            return list == null ? List.of() : list;
        }
    }

    /** Which part of the tables a question reads, by what its key names. */
    private enum Owner { SITE, ORIGINS, TIMELINE, DISCREPANCIES, ARTICLE, BLOCK, SPAN, ENTITY, NETWORK }

    /** A part of the tables that a later index may take whole. */
    abstract static class Part {
        /**
         * The latest tables that hold this very part. Reads answered from it are answered as before by those
         * tables; tables that do not hold it (made later, or without the last render's) send them to be asked.
         */
        volatile Tables heldBy;
    }

    /** One mention with what a page reads of its entity besides: whether it names a person. */
    record Named(Mention mention, EntityType type) {}

    /**
     * Everything the index answers under one article's keys, and what it is made from: the article, its
     * place, and what stands in it (passage occurrences, mentions, quotes, diffs), each in dossier order.
     * A later index whose article is made from equal parts (mostly: the very same objects, compared at
     * identity) takes this one whole, so a page's reads about the article can be checked at once.
     */
    static final class ArticlePart extends Part {
        private final Article article;
        private final Integer position;
        private final ArticleCard card;
        final List<Occurrence> occurrenceList;
        final List<Named> namedList;
        final List<Quote> quoteList;
        final List<PassageDiff> diffList;
        private final Map<String, Block> blocks = new HashMap<>();
        private final Map<String, List<Occurrence>> occurrencesByBlock = new HashMap<>();
        private final Map<SpanKey, Occurrence> occurrences = new HashMap<>();
        private final Map<SpanKey, List<PassageDiff>> diffsByOccurrence = new HashMap<>();
        private final Map<String, List<Mention>> mentionsByBlock = new HashMap<>();
        private final Map<String, Set<String>> peopleByBlock = new HashMap<>();
        private final Map<String, List<Quote>> quotesByBlock = new HashMap<>();

        private ArticlePart(Article article, int position, ArticleCard card, List<Occurrence> occurrenceList,
                            List<Named> namedList, List<Quote> quoteList, List<PassageDiff> diffList) {
            this.article = article;
            this.position = position;
            this.card = card;
            this.occurrenceList = occurrenceList;
            this.namedList = namedList;
            this.quoteList = quoteList;
            this.diffList = diffList;
            article.blockStream().forEach(b -> blocks.put(b.id(), b));
            for (Occurrence occurrence : occurrenceList) {
                // A span that stands in two passages answers for the later one, as one map of spans always did.
                occurrences.put(new SpanKey(occurrence.span()), occurrence);
                occurrencesByBlock.computeIfAbsent(occurrence.span().block(), k -> new ArrayList<>()).add(occurrence);
            }
            for (Named named : namedList) {
                String block = named.mention().span().block();
                mentionsByBlock.computeIfAbsent(block, k -> new ArrayList<>()).add(named.mention());
                if (named.type() == EntityType.PERSON) {
                    peopleByBlock.computeIfAbsent(block, k -> new LinkedHashSet<>()).add(named.mention().entity());
                }
            }
            for (Quote quote : quoteList) quotesByBlock.computeIfAbsent(quote.span().block(), k -> new ArrayList<>()).add(quote);
            for (PassageDiff diff : diffList) diffsByOccurrence.computeIfAbsent(new SpanKey(diff.occurrence()), k -> new ArrayList<>()).add(diff);
        }

        /** This part, when it is made from what a new index would make the article's part from; else a new part. */
        static ArticlePart of(ArticlePart previous, Article article, int position, List<Occurrence> occurrenceList,
                              List<Named> namedList, List<Quote> quoteList, List<PassageDiff> diffList) {
            if (previous != null && previous.article == article && previous.position == position
                    && previous.occurrenceList.equals(occurrenceList) && previous.namedList.equals(namedList)
                    && previous.quoteList.equals(quoteList) && previous.diffList.equals(diffList)) {
                return previous;
            }
            ArticleCard card = previous != null && previous.article == article ? previous.card : ArticleCard.of(article);
            return new ArticlePart(article, position, card, occurrenceList, namedList, quoteList, diffList);
        }

        /**
         * {@code previous}'s part for {@code article} at {@code position}, when what stands in the article is
         * known to be what {@code previous} holds: the part itself for the very same article in the same place.
         */
        static ArticlePart withListsOf(ArticlePart previous, Article article, int position) {
            if (previous.article == article && previous.position == position) return previous;
            return of(previous, article, position, previous.occurrenceList, previous.namedList, previous.quoteList, previous.diffList);
        }
    }

    /** Everything the index answers under one entity's id, taken whole by a later index as {@link ArticlePart} is. */
    static final class EntityPart extends Part {
        private final Entity entity;
        private final EntityViews.EntityCard card;
        private final EntityLabel label;
        final List<Quote> quotesBy;
        final List<TimelineEntry> entriesNaming;

        private EntityPart(Entity entity, EntityViews.EntityCard card, EntityLabel label, List<Quote> quotesBy,
                           List<TimelineEntry> entriesNaming) {
            this.entity = entity;
            this.card = card;
            this.label = label;
            this.quotesBy = quotesBy;
            this.entriesNaming = entriesNaming;
        }

        static EntityPart of(EntityPart previous, Entity entity, List<Quote> quotesBy, List<TimelineEntry> entriesNaming) {
            boolean sameEntity = previous != null && previous.entity == entity;
            if (sameEntity && previous.quotesBy.equals(quotesBy) && previous.entriesNaming.equals(entriesNaming)) return previous;
            // Counting an entity's articles reads every mention: the card is made again only for a new entity.
            return new EntityPart(entity, sameEntity ? previous.card : EntityViews.card(entity),
                    sameEntity ? previous.label : new EntityLabel(entity.id(), entity.name(), entity.type()), quotesBy, entriesNaming);
        }
    }

    /**
     * The network as the entity pages' drawings read it, taken whole by a later index whose network is the very
     * same object (the build hands over last build's network when the entities are unchanged), so that the
     * neighbourhood of every entity page passes the check at once instead of being worked out again.
     */
    private static final class NetworkPart extends Part {
        private final Network network;
        private final Map<String, NetworkNode> nodes = new HashMap<>();
        private final Map<String, List<NetworkEdge>> edgesOf = new HashMap<>();
        /** Each edge by its source, then its target: looked up for every pair of a neighbourhood, with no key to make. */
        private final Map<String, Map<String, NetworkEdge>> edgeBetween = new HashMap<>();

        private NetworkPart(Network network) {
            this.network = network;
            for (NetworkNode node : network.nodes()) nodes.put(node.entity(), node);
            // Edges come heaviest first, so each entity's list does too.
            for (NetworkEdge edge : network.edges()) {
                edgesOf.computeIfAbsent(edge.source(), k -> new ArrayList<>()).add(edge);
                edgesOf.computeIfAbsent(edge.target(), k -> new ArrayList<>()).add(edge);
                edgeBetween.computeIfAbsent(edge.source(), k -> new HashMap<>()).put(edge.target(), edge);
            }
        }

        static NetworkPart of(NetworkPart previous, Network network) {
            return previous != null && previous.network == network ? previous : new NetworkPart(network);
        }

        /**
         * The entity with its {@value #NEIGHBOURS} strongest neighbours in the network and the edges among them;
         * null when the entity is not in the network.
         */
        Network neighbourhood(String id) {
            NetworkNode centre = nodes.get(id);
            if (centre == null) return null;
            List<NetworkNode> members = new ArrayList<>();
            members.add(centre);
            for (NetworkEdge edge : edgesOf.getOrDefault(id, List.of())) {
                if (members.size() > NEIGHBOURS) break;
                members.add(nodes.get(edge.source().equals(id) ? edge.target() : edge.source()));
            }
            List<NetworkEdge> among = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    String a = members.get(i).entity();
                    String b = members.get(j).entity();
                    NetworkEdge edge = a.compareTo(b) < 0 ? edgeBetween.getOrDefault(a, Map.of()).get(b)
                            : edgeBetween.getOrDefault(b, Map.of()).get(a);
                    if (edge != null) among.add(edge);
                }
            }
            return new Network(members, among);
        }
    }

    /**
     * A table that alone answers one kind of question about the whole dossier (the site, the passages' origins,
     * the entries' timeline pages, the discrepancies in each block), taken whole by a later index whose table
     * gives the same answers: every page reads some of these, and then its reads pass at once instead of each
     * being asked again. Compared by value, as most rebuilds change none of them.
     */
    private static final class TablePart<T> extends Part {
        private final T table;
        /** What the answers are made from alone, compared by value. */
        private final Object answers;

        private TablePart(T table, Object answers) {
            this.table = table;
            this.answers = answers;
        }

        static <T> TablePart<T> of(TablePart<T> previous, T table, Object answers) {
            return previous != null && previous.answers.equals(answers) ? previous : new TablePart<>(table, answers);
        }
    }

    /** How many neighbours an entity's drawing of its part of the network shows. */
    static final int NEIGHBOURS = 12;

    /**
     * What stands in each article and what is said of each entity, gathered from the dossier's lists by the id
     * they name, each list in dossier order. Ids of no article or entity are kept too: an article added later
     * finds what already named it, and quotes and entries answer for a speaker or a name that is no entity.
     */
    static final class Gathered {
        final Map<String, List<Occurrence>> occurrencesByArticle;
        final Map<String, List<Named>> namedByArticle;
        final Map<String, List<Quote>> quotesByArticle;
        final Map<String, List<PassageDiff>> diffsByArticle;
        final Map<String, List<Quote>> quotesBySpeaker;
        final Map<String, List<TimelineEntry>> entriesByEntity;
        /** Whether each mention names the entity that holds it, as the analysis makes them. */
        boolean mentionsNameTheirEntity = true;
        /** Whether no two entities have one id. */
        boolean entityIdsAreUnique = true;
        /**
         * The articles and the entities whose lists may differ from the last index's, when the lists were
         * gathered again only for what a rebuild's edit reached ({@link EditedParts}); null when all were gathered.
         */
        Set<String> reachedArticles;
        Set<String> reachedEntities;

        private Gathered() {
            occurrencesByArticle = new HashMap<>();
            namedByArticle = new HashMap<>();
            quotesByArticle = new HashMap<>();
            diffsByArticle = new HashMap<>();
            quotesBySpeaker = new HashMap<>();
            entriesByEntity = new HashMap<>();
        }

        /** A copy of {@code other}'s tables, to be changed where an edit reached. */
        Gathered(Gathered other) {
            occurrencesByArticle = new HashMap<>(other.occurrencesByArticle);
            namedByArticle = new HashMap<>(other.namedByArticle);
            quotesByArticle = new HashMap<>(other.quotesByArticle);
            diffsByArticle = new HashMap<>(other.diffsByArticle);
            quotesBySpeaker = new HashMap<>(other.quotesBySpeaker);
            entriesByEntity = new HashMap<>(other.entriesByEntity);
            mentionsNameTheirEntity = other.mentionsNameTheirEntity;
            entityIdsAreUnique = other.entityIdsAreUnique;
        }

        /** Everything of {@code dossier}, in one pass over each list; each pass fills maps of its own, so they run side by side. */
        static Gathered of(Dossier dossier) {
            Gathered gathered = new Gathered();
            Tables.inParallel(() -> gathered.gatherOccurrences(dossier.passages()), () -> gathered.gatherMentions(dossier.entities()),
                    () -> gathered.gatherQuotes(dossier.quotes()), () -> gathered.gatherDiffs(dossier.diffs()),
                    () -> gathered.gatherEntries(dossier.timeline()));
            return gathered;
        }

        void gatherOccurrences(List<Passage> passages) {
            for (Passage passage : passages) {
                for (Occurrence occurrence : occurrencesOf(passage)) {
                    occurrencesByArticle.computeIfAbsent(occurrence.span().article(), k -> new ArrayList<>()).add(occurrence);
                }
            }
        }

        /** The passage's occurrences in its order, each marked by its place among the passage's occurrences in its article. */
        static List<Occurrence> occurrencesOf(Passage passage) {
            Map<String, Integer> perArticle = new HashMap<>();
            List<Occurrence> occurrences = new ArrayList<>(passage.occurrences().size());
            for (Span span : passage.occurrences()) {
                int n = perArticle.merge(span.article(), 1, Integer::sum);
                occurrences.add(new Occurrence(passage, span, "shared-" + passage.id() + (n == 1 ? "" : "-" + n)));
            }
            return occurrences;
        }

        void gatherMentions(List<Entity> entities) {
            Set<String> ids = new java.util.HashSet<>();
            for (Entity entity : entities) {
                if (!ids.add(entity.id())) entityIdsAreUnique = false;
                for (Mention mention : entity.mentions()) {
                    if (!mention.entity().equals(entity.id())) mentionsNameTheirEntity = false;
                    namedByArticle.computeIfAbsent(mention.span().article(), k -> new ArrayList<>()).add(new Named(mention, entity.type()));
                }
            }
        }

        void gatherQuotes(List<Quote> quotes) {
            for (Quote quote : quotes) {
                quotesByArticle.computeIfAbsent(quote.span().article(), k -> new ArrayList<>()).add(quote);
                quote.speaker().ifPresent(id -> quotesBySpeaker.computeIfAbsent(id, k -> new ArrayList<>()).add(quote));
            }
        }

        void gatherDiffs(List<PassageDiff> diffs) {
            for (PassageDiff diff : diffs) {
                diffsByArticle.computeIfAbsent(diff.occurrence().article(), k -> new ArrayList<>()).add(diff);
            }
        }

        void gatherEntries(List<TimelineEntry> timeline) {
            for (TimelineEntry entry : timeline) {
                for (String id : namedBy(entry)) entriesByEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(entry);
            }
        }

        /** The ids an entry names, each once. */
        static Set<String> namedBy(TimelineEntry entry) {
            return new LinkedHashSet<>(entry.entities());
        }
    }

    /** The index proper, shared by the plain index and every recording copy of it. */
    static final class Tables {
        private final Dossier dossier;
        private final TablePart<SiteInfo> site;
        private final PageSizes sizes;
        private final TimelinePages timeline;
        private TablePart<TimelinePages> timelineUrls;
        private TablePart<Map<String, String>> origins;
        private TablePart<Map<BlockKey, List<Discrepancy>>> discrepancies;
        private final Map<String, ArticlePart> articles = new HashMap<>();
        private final Map<String, EntityPart> entities = new HashMap<>();
        /**
         * What stands in each article, and what is said of each entity, made of this dossier's objects (a part
         * taken from the last render may hold equal lists of the last one's), for the next index to start from.
         */
        final Gathered gathered;
        private NetworkPart network;

        /**
         * Indexes {@code dossier}; {@code previous} (or null) is the last render's tables, whose parts are taken
         * for articles and entities made from the same objects, and whose whole tables are taken where equal. It is
         * not kept, so the last dossier can be let go (but for the parts taken, which hold what they were made of).
         * With {@code previous}, only what the edit between the two dossiers reached is gathered again
         * ({@link EditedParts}), when that can be told.
         */
        Tables(Dossier dossier, SiteInfo site, Tables previous, PageSizes sizes, TimelinePages timeline) {
            this.dossier = dossier;
            this.site = TablePart.of(previous == null ? null : previous.site, site, site);
            this.site.heldBy = this;
            this.sizes = sizes;
            this.timeline = timeline;
            Gathered regathered = previous == null ? null : EditedParts.regathered(previous, dossier);
            this.gathered = regathered != null ? regathered : Gathered.of(dossier);
            inParallel(() -> indexArticles(previous), () -> indexEntities(previous), () -> indexWholes(previous),
                    () -> indexNetwork(previous));
        }

        Dossier dossier() {
            return dossier;
        }

        ArticlePart article(String id) {
            return articles.get(id);
        }

        EntityPart entity(String id) {
            return entities.get(id);
        }

        /** What the part of article {@code id} holds; null when no article has the id. */
        <T> T ofArticle(String id, Function<ArticlePart, T> what) {
            ArticlePart part = articles.get(id);
            return part == null ? null : what.apply(part);
        }

        /** What the part of entity {@code id} holds; null when no entity has the id. */
        <T> T ofEntity(String id, Function<EntityPart, T> what) {
            EntityPart part = entities.get(id);
            return part == null ? null : what.apply(part);
        }

        /** What the article part of {@code key}'s article holds for its block; null when it holds nothing. */
        <T> T inBlock(BlockKey key, Function<ArticlePart, Map<String, T>> table) {
            ArticlePart part = articles.get(key.article());
            return part == null ? null : table.apply(part).get(key.block());
        }

        /** What the article part of the span's article holds for the span; null when it holds nothing. */
        <T> T atSpan(SpanKey key, Function<ArticlePart, Map<SpanKey, T>> table) {
            ArticlePart part = articles.get(key.span.article());
            return part == null ? null : table.apply(part).get(key);
        }

        private static Map<String, String> originsOf(SharingSummary sharing) {
            Map<String, String> originByPassage = new HashMap<>();
            for (SharingSummary.PassageOrigin origin : sharing.origins()) {
                origin.article().ifPresent(article -> originByPassage.put(origin.passage(), article));
            }
            return originByPassage;
        }

        private static Map<BlockKey, List<Discrepancy>> discrepanciesByBlock(List<Discrepancy> discrepancies) {
            Map<BlockKey, List<Discrepancy>> byBlock = new HashMap<>();
            for (Discrepancy d : discrepancies) {
                byBlock.computeIfAbsent(BlockKey.of(d.one().span()), k -> new ArrayList<>()).add(d);
                if (!BlockKey.of(d.other().span()).equals(BlockKey.of(d.one().span()))) {
                    byBlock.computeIfAbsent(BlockKey.of(d.other().span()), k -> new ArrayList<>()).add(d);
                }
            }
            return byBlock;
        }

        private void indexWholes(Tables previous) {
            // The timeline's pages are cut from the entries alone, by the page sizes that both tables share.
            if (previous != null && sameObjects(previous.dossier.timeline(), dossier.timeline())) {
                timelineUrls = previous.timelineUrls;
            } else {
                timelineUrls = TablePart.of(previous == null ? null : previous.timelineUrls, timeline, timeline.urls());
            }
            // The build hands over the very summary and list when they did not change; equal lists of origins
            // and discrepancies (most edits change a word count, or the network) are not gathered again either.
            SharingSummary sharing = dossier.sharing();
            if (previous != null && (previous.dossier.sharing() == sharing || previous.dossier.sharing().origins().equals(sharing.origins()))) {
                origins = previous.origins;
            } else {
                Map<String, String> originByPassage = originsOf(sharing);
                origins = TablePart.of(previous == null ? null : previous.origins, originByPassage, originByPassage);
            }
            List<Discrepancy> found = dossier.structure().discrepancies();
            if (previous != null && previous.dossier.structure().discrepancies().equals(found)) {
                discrepancies = previous.discrepancies;
            } else {
                Map<BlockKey, List<Discrepancy>> byBlock = discrepanciesByBlock(found);
                discrepancies = TablePart.of(previous == null ? null : previous.discrepancies, byBlock, byBlock);
            }
            for (Part part : List.of(timelineUrls, origins, discrepancies)) part.heldBy = this;
        }

        private void indexNetwork(Tables previous) {
            network = NetworkPart.of(previous == null ? null : previous.network, dossier.structure().network());
            network.heldBy = this;
        }

        private void indexArticles(Tables previous) {
            List<Article> list = dossier.articles();
            Set<String> reached = gathered.reachedArticles;
            ArticlePart[] parts = new ArticlePart[list.size()];
            IntStream.range(0, list.size()).parallel().forEach(i -> {
                Article a = list.get(i);
                ArticlePart before = previous == null ? null : previous.articles.get(a.id());
                parts[i] = before != null && reached != null && !reached.contains(a.id())
                        ? ArticlePart.withListsOf(before, a, i)
                        : ArticlePart.of(before, a, i, gathered.occurrencesByArticle.getOrDefault(a.id(), List.of()),
                                gathered.namedByArticle.getOrDefault(a.id(), List.of()),
                                gathered.quotesByArticle.getOrDefault(a.id(), List.of()),
                                gathered.diffsByArticle.getOrDefault(a.id(), List.of()));
            });
            for (ArticlePart part : parts) {
                part.heldBy = this;
                articles.put(part.article.id(), part);
            }
        }

        private void indexEntities(Tables previous) {
            Set<String> reached = gathered.reachedEntities;
            for (Entity entity : dossier.entities()) {
                EntityPart before = previous == null ? null : previous.entities.get(entity.id());
                EntityPart part = before != null && reached != null && !reached.contains(entity.id())
                        ? EntityPart.of(before, entity, before.quotesBy, before.entriesNaming)
                        : EntityPart.of(before, entity, gathered.quotesBySpeaker.getOrDefault(entity.id(), List.of()),
                                gathered.entriesByEntity.getOrDefault(entity.id(), List.of()));
                part.heldBy = this;
                entities.put(entity.id(), part);
            }
        }

        /** Whether two lists hold the very same objects in the same order. */
        private static boolean sameObjects(List<?> a, List<?> b) {
            if (a == b) return true;
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
            return true;
        }

        static void inParallel(Runnable... parts) {
            Stream.of(parts).parallel().forEach(Runnable::run);
        }
    }

    final Tables tables;

    public DossierIndex(Dossier dossier) {
        this(dossier, SiteInfo.untitled(dossier));
    }

    /** The index of {@code dossier}, whose pages show {@code site} as what they know of the whole. */
    public DossierIndex(Dossier dossier, SiteInfo site) {
        this(dossier, site, PageSizes.DEFAULT);
    }

    /** The same, for pages that split their lists by {@code sizes}. */
    public DossierIndex(Dossier dossier, SiteInfo site, PageSizes sizes) {
        this(dossier, site, sizes, TimelinePages.of(dossier.timeline(), sizes.entries()));
    }

    /** The same, with the timeline's pages already worked out ({@link TimelinePages#of} of the timeline and {@code sizes}). */
    public DossierIndex(Dossier dossier, SiteInfo site, PageSizes sizes, TimelinePages timeline) {
        this(new Tables(dossier, site, null, sizes, timeline));
    }

    /**
     * The index of {@code dossier}, taking {@code previous}'s cards for the very same articles and entities
     * (a rebuild's unchanged parts are the last build's objects), so they are neither made again nor, when
     * pages' reads are checked, compared field by field. {@code timeline} is the timeline's pages for
     * {@code previous}'s page sizes.
     */
    public DossierIndex(Dossier dossier, SiteInfo site, DossierIndex previous, TimelinePages timeline) {
        this(new Tables(dossier, site, previous.tables, previous.tables.sizes, timeline));
    }

    private DossierIndex(Tables tables) {
        this.tables = tables;
    }

    /** The same index over the same tables, for an index that notes its reads (the reuse layer's). */
    protected DossierIndex(DossierIndex index) {
        this(index.tables);
    }

    /** The answer to one question; every lookup below asks through here. */
    @SuppressWarnings("unchecked")
    protected <T> T look(Lookup lookup, Object key) {
        return (T) lookup.answer(tables, key);
    }

    /** The answer this index gives to {@code lookup} of {@code key}, unnoted; null when the key names nothing. */
    public final Object answerTo(Lookup lookup, Object key) {
        return lookup.answer(tables, key);
    }

    /**
     * The part of this index (one article's or one entity's) that alone answers {@code lookup} of {@code key},
     * or null when no one part does: the same part object means the same answer.
     */
    public final Object partAnswering(Lookup lookup, Object key) {
        return lookup.owner(tables, key);
    }

    /**
     * Whether {@code part} (from {@link #partAnswering}, by this index or an earlier one) is held by this index:
     * then every question it answered is answered as before. Relies on identity: a later index takes the very
     * part object over only when it is made from the same objects.
     */
    public final boolean holds(Object part) {
        return ((Part) part).heldBy == tables;
    }

    /** The answer, which must be there; {@code what} and {@code key} name it only when it is not (a message is not cheap). */
    private static <T> T found(T answer, String what, Object key) {
        if (answer == null) throw new IllegalArgumentException(what + " " + key + " is not in the dossier");
        return answer;
    }

    /** The whole dossier, for pages that list all of it; a recording index refuses, as it could not note the read. */
    public Dossier dossier() {
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
                card.dateIso(), origin);
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

    /** How the timeline is cut into pages; for pages that list the whole timeline (not noted: see {@link #dossier()}). */
    protected TimelinePages timelinePages() {
        return tables.timeline;
    }

    /** The address of the timeline page that shows the entry, relative to the site root. */
    public String timelineUrl(String entryId) {
        return look(Lookup.TIMELINE_URL, entryId);
    }

    /** How long lists are cut into pages. */
    public PageSizes sizes() {
        return tables.sizes;
    }

    /** The entity and its strongest neighbours in the network, with the edges among them; empty when it is not in it. */
    public Optional<Network> neighbourhood(String entityId) {
        return Optional.ofNullable(look(Lookup.NEIGHBOURHOOD, entityId));
    }

    /** The discrepancies one of whose readings stands in the block. */
    public List<Discrepancy> discrepancies(String article, String block) {
        return look(Lookup.DISCREPANCIES_IN, new BlockKey(article, block));
    }

    /** The timeline entries that name an entity, in timeline order. */
    public List<TimelineEntry> entriesNaming(String entityId) {
        return look(Lookup.ENTRIES_NAMING, entityId);
    }
}
