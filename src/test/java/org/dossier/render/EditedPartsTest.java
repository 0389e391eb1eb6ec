package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKey;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Discrepancy;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.Mention;
import org.dossier.model.Network;
import org.dossier.model.NetworkEdge;
import org.dossier.model.NetworkNode;
import org.dossier.model.PartialDate;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.Quote;
import org.dossier.model.Section;
import org.dossier.model.SharingSummary;
import org.dossier.model.SourceLocation;
import org.dossier.model.Span;
import org.dossier.model.Structure;
import org.dossier.model.TimelineEntry;
import org.dossier.render.DossierIndex.Lookup;
import org.dossier.render.DossierIndex.SpanKey;
import org.junit.jupiter.api.Test;

/**
 * A rebuild's index, which gathers again only what an edit reached ({@link EditedParts}), answers every
 * question as a fresh index of the same dossier does, edit after edit. The dossiers are made as the build
 * makes a rebuild's: each edit makes again or adds the objects it changes and hands over every other object
 * of the last dossier, the very same, which is what the index relies on to tell what changed.
 */
class EditedPartsTest {
    private static final int BLOCKS = 3;
    private static final String TEXT = "Words of block %s of article %s, long enough to hold a few spans of text.";

    /** The lists of the dossier under edit; each edit replaces, adds or removes objects in them. */
    private final List<Article> articles = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Passage> passages = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<PassageDiff> diffs = new ArrayList<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<Discrepancy> discrepancies = new ArrayList<>();
    private SharingSummary sharing = SharingSummary.empty();
    /** Every id and span ever made, so that the answers for what is gone are compared too. */
    private final Set<String> articleIds = new LinkedHashSet<>();
    private final Set<String> entityIds = new LinkedHashSet<>(List.of("nobody"));
    private final Set<String> passageIds = new LinkedHashSet<>();
    private final Set<String> entryIds = new LinkedHashSet<>();
    private final Set<Span> spans = new LinkedHashSet<>();
    private final Random random = new Random(14);
    private int made;

    @Test
    void aRebuildsIndexAnswersAsAFreshOneAfterEveryKindOfEdit() {
        start(12);
        DossierIndex index = fresh(dossier());
        int reusing = 0;
        int steps = 400;
        for (int step = 0; step < steps; step++) {
            String edit = edit();
            Dossier dossier = dossier();
            index = new DossierIndex(dossier, SiteInfo.untitled(dossier), index, timelinePages(dossier));
            if (index.tables.gathered.reachedArticles != null) reusing++;
            assertSameAnswers(fresh(dossier), index, "step " + step + " (" + edit + ")");
        }
        // All but the edits that reorder entities are told apart by identity: most rebuilds gather only what they reached.
        assertTrue(reusing > steps * 3 / 4, reusing + " of " + steps + " rebuilds gathered only what the edit reached");
    }

    @Test
    void anEditReachesOnlyTheArticlesItsNewAndGoneObjectsName() {
        start(8);
        Dossier first = dossier();
        DossierIndex before = fresh(first);
        // A mention added to an entity named in several articles makes the entity again, with all its mentions.
        Entity named = entities.stream().filter(e -> e.mentions().stream().map(m -> m.span().article()).distinct().count() > 1)
                .findFirst().orElseThrow();
        String edited = named.mentions().get(0).span().article();
        List<Mention> mentions = new ArrayList<>(named.mentions());
        mentions.add(new Mention(named.id(), span(edited, 2)));
        entities.set(entities.indexOf(named), withMentions(named, mentions));
        Dossier second = dossier();
        DossierIndex after = new DossierIndex(second, SiteInfo.untitled(second), before, timelinePages(second));

        assertEquals(Set.of(edited), after.tables.gathered.reachedArticles);
        for (Article article : second.articles()) {
            if (article.id().equals(edited)) continue;
            assertSame(before.partAnswering(Lookup.MENTIONS, new BlockKey(article.id(), "b0")),
                    after.partAnswering(Lookup.MENTIONS, new BlockKey(article.id(), "b0")), article.id());
        }
        assertSameAnswers(fresh(second), after, "after one mention");
    }

    @Test
    void entitiesInAnotherOrderAreGatheredAgainWhole() {
        start(6);
        DossierIndex before = fresh(dossier());
        entities.add(entities.remove(0));
        Dossier second = dossier();
        DossierIndex after = new DossierIndex(second, SiteInfo.untitled(second), before, timelinePages(second));
        assertNull(after.tables.gathered.reachedArticles);
        assertSameAnswers(fresh(second), after, "after the reorder");
        assertNotNull(new DossierIndex(second, SiteInfo.untitled(second), after, timelinePages(second)).tables.gathered.reachedArticles);
    }

    private static DossierIndex fresh(Dossier dossier) {
        return new DossierIndex(dossier, SiteInfo.untitled(dossier), PageSizes.DEFAULT, timelinePages(dossier));
    }

    private static TimelinePages timelinePages(Dossier dossier) {
        return TimelinePages.of(dossier.timeline(), PageSizes.DEFAULT.entries());
    }

    private void assertSameAnswers(DossierIndex fresh, DossierIndex remembered, String when) {
        for (Lookup lookup : Lookup.values()) {
            for (Object key : keysOf(lookup)) {
                assertEquals(fresh.answerTo(lookup, key), remembered.answerTo(lookup, key), when + ": " + lookup + " of " + key);
            }
        }
    }

    private List<?> keysOf(Lookup lookup) {
        return switch (lookup) {
            case SITE -> List.of("");
            case ARTICLE, CARD, POSITION -> List.copyOf(articleIds);
            case BLOCK, OCCURRENCES, MENTIONS, QUOTES, PEOPLE_IN, DISCREPANCIES_IN -> articleIds.stream()
                    .flatMap(a -> java.util.stream.IntStream.range(0, BLOCKS).mapToObj(b -> new BlockKey(a, "b" + b))).toList();
            case ENTITY, ENTITY_CARD, ENTITY_LABEL, QUOTES_BY, NEIGHBOURHOOD, ENTRIES_NAMING -> List.copyOf(entityIds);
            case PASSAGE_OF_OCCURRENCE, MARK_ID, DIFFS -> spans.stream().map(SpanKey::new).toList();
            case ORIGIN -> List.copyOf(passageIds);
            case TIMELINE_URL -> List.copyOf(entryIds);
        };
    }

    private Dossier dossier() {
        List<NetworkNode> nodes = entities.stream().map(e -> new NetworkNode(e.id(), e.type(), e.mentions().size())).toList();
        List<NetworkEdge> edges = new ArrayList<>();
        for (int i = 0; i + 1 < nodes.size(); i += 2) {
            String a = nodes.get(i).entity();
            String b = nodes.get(i + 1).entity();
            edges.add(a.compareTo(b) < 0 ? new NetworkEdge(a, b, 1 + i) : new NetworkEdge(b, a, 1 + i));
        }
        List<Event> events = timeline.stream().flatMap(entry -> entry.sources().stream()).toList();
        return new Dossier(articles, passages, sharing, diffs, entities, quotes, events, timeline,
                new Structure(new Network(nodes, edges), discrepancies, List.of()));
    }

    private void start(int n) {
        for (int i = 0; i < n; i++) articles.add(article("a" + i, i));
        for (int i = 0; i < n; i++) addEntity(entities.size());
        for (int i = 0; i < n / 2; i++) {
            addPassage();
            addQuote();
            addDiff();
            addEntry();
            addDiscrepancy();
        }
        origins();
    }

    /** One random edit of the kinds a seed edit makes; returns what it did. */
    private String edit() {
        int kind = random.nextInt(22);
        switch (kind) {
            case 0 -> addMention();
            case 1 -> removeMention();
            case 2 -> {
                Entity e = pick(entities);
                if (e == null) return "nothing";
                replace(entities, e, new Entity(e.id(), e.name() + " Jr", e.type(), e.aliases(), e.description(), e.link(), e.mentions()));
            }
            case 3 -> {
                Entity e = pick(entities);
                if (e == null) return "nothing";
                // Another type, now and then with a mention less: a person no longer, named in fewer articles.
                EntityType type = e.type() == EntityType.PERSON ? EntityType.PLACE : EntityType.PERSON;
                List<Mention> mentions = random.nextBoolean() || e.mentions().isEmpty() ? e.mentions() : e.mentions().subList(1, e.mentions().size());
                replace(entities, e, new Entity(e.id(), e.name(), type, e.aliases(), e.description(), e.link(), mentions));
            }
            case 4 -> addEntity(random.nextInt(entities.size() + 1));
            case 5 -> removeFrom(entities);
            case 6 -> {
                // Made again equal: the build may hand over another object with the same value.
                Entity e = pick(entities);
                if (e == null) return "nothing";
                replace(entities, e, withMentions(e, new ArrayList<>(e.mentions())));
            }
            case 7 -> addPassage();
            case 8 -> removeFrom(passages);
            case 9 -> {
                Passage p = pick(passages);
                if (p == null) return "nothing";
                List<Span> occurrences = new ArrayList<>(p.occurrences());
                occurrences.add(span(pick(articles).id(), random.nextInt(BLOCKS)));
                replace(passages, p, new Passage(p.id(), p.kind(), p.similarity(), occurrences));
            }
            case 10 -> addQuote();
            case 11 -> removeFrom(quotes);
            case 12 -> addDiff();
            case 13 -> removeFrom(diffs);
            case 14 -> addEntry();
            case 15 -> removeFrom(timeline);
            case 16 -> {
                addDiscrepancy();
                removeFrom(discrepancies);
            }
            case 17 -> articles.add(random.nextInt(articles.size() + 1), article("a" + made++ + "n", random.nextInt(50)));
            case 18 -> {
                if (articles.size() > 4) deleteArticle(pick(articles).id());
            }
            case 19 -> {
                // Reordered by date: an article moves, itself unchanged.
                articles.add(random.nextInt(articles.size()), articles.remove(random.nextInt(articles.size())));
            }
            case 20 -> {
                // The seed itself edited: another article object, what stands in it unchanged.
                Article a = pick(articles);
                replace(articles, a, new Article(a.id(), a.source(), a.title() + " (edited)", a.date(), a.dateOrigin(),
                        a.language(), a.outlet(), a.author(), a.originalUrl(), a.sections()));
            }
            default -> {
                // Now and then, kept entities in another order: not told by identity.
                if (random.nextInt(4) != 0 || entities.size() < 2) return "nothing";
                entities.add(entities.remove(0));
            }
        }
        origins();
        return "edit " + kind;
    }

    private static Entity withMentions(Entity e, List<Mention> mentions) {
        return new Entity(e.id(), e.name(), e.type(), e.aliases(), e.description(), e.link(), mentions);
    }

    private Article article(String id, int day) {
        articleIds.add(id);
        List<Block> blocks = new ArrayList<>();
        for (int b = 0; b < BLOCKS; b++) {
            blocks.add(new Block("b" + b, BlockKind.PARAGRAPH, TEXT.formatted(b, id), "<p>" + TEXT.formatted(b, id) + "</p>",
                    SourceLocation.of(id + ".txt", b)));
        }
        return new Article(id, id + ".txt", "Article " + id, Optional.of(PartialDate.of(java.time.LocalDate.of(2024, 1, 1).plusDays(day))),
                DateOrigin.STATED, "en", Optional.of("Outlet " + day % 3), Optional.empty(), Optional.empty(),
                List.of(new Section("s0", blocks)));
    }

    /** A span of a few words in block {@code block} of the article. */
    private Span span(String article, int block) {
        String text = TEXT.formatted(block, article);
        int start = random.nextInt(20);
        int end = start + 5 + random.nextInt(10);
        Span span = new Span(article, "b" + block, start, end, text.substring(start, end));
        spans.add(span);
        return span;
    }

    private Span anySpan() {
        return span(pick(articles).id(), random.nextInt(BLOCKS));
    }

    private void addEntity(int at) {
        String id = "e" + made++;
        entityIds.add(id);
        List<Mention> mentions = new ArrayList<>();
        for (int i = random.nextInt(5); i >= 0; i--) mentions.add(new Mention(id, anySpan()));
        EntityType type = EntityType.values()[random.nextInt(EntityType.values().length)];
        entities.add(at, new Entity(id, "Name " + id, type, List.of(), Optional.empty(), Optional.empty(), mentions));
    }

    private void addMention() {
        Entity e = pick(entities);
        if (e == null) return;
        List<Mention> mentions = new ArrayList<>(e.mentions());
        mentions.add(random.nextInt(mentions.size() + 1), new Mention(e.id(), anySpan()));
        replace(entities, e, withMentions(e, mentions));
    }

    private void removeMention() {
        Entity e = pick(entities);
        if (e == null || e.mentions().isEmpty()) return;
        List<Mention> mentions = new ArrayList<>(e.mentions());
        mentions.remove(random.nextInt(mentions.size()));
        replace(entities, e, withMentions(e, mentions));
    }

    private void addPassage() {
        String id = "p" + made++;
        passageIds.add(id);
        List<Span> occurrences = new ArrayList<>();
        Article first = pick(articles);
        Article second = articles.get((articles.indexOf(first) + 1 + random.nextInt(articles.size() - 1)) % articles.size());
        occurrences.add(span(first.id(), random.nextInt(BLOCKS)));
        occurrences.add(span(second.id(), random.nextInt(BLOCKS)));
        // Now and then twice in one article, which numbers its marks.
        if (random.nextBoolean()) occurrences.add(span(first.id(), random.nextInt(BLOCKS)));
        passages.add(random.nextInt(passages.size() + 1), new Passage(id, Passage.Kind.NEAR, 0.9, occurrences));
    }

    private void addQuote() {
        int who = random.nextInt(3);
        Optional<String> speaker = who == 0 || entities.isEmpty() ? Optional.empty()
                : who == 1 ? Optional.of("nobody") : Optional.of(pick(entities).id());
        quotes.add(random.nextInt(quotes.size() + 1), new Quote(speaker, anySpan()));
    }

    private void addDiff() {
        Passage p = pick(passages);
        if (p == null) return;
        diffs.add(random.nextInt(diffs.size() + 1), new PassageDiff(p.id(), p.occurrences().get(0), p.occurrences().get(1), List.of()));
    }

    private void addEntry() {
        String id = "t" + made++;
        entryIds.add(id);
        PartialDate date = PartialDate.of(java.time.LocalDate.of(2024, 2, 1).plusDays(random.nextInt(40)));
        List<String> named = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) named.add(entities.isEmpty() || random.nextInt(5) == 0 ? "nobody" : pick(entities).id());
        Event event = new Event("ev" + id, date, Optional.empty(), "on that day", anySpan(), named, false);
        TimelineEntry entry = new TimelineEntry(id, date, Optional.empty(), false, List.of(event), named);
        int at = 0;
        while (at < timeline.size() && timeline.get(at).date().compareTo(date) <= 0) at++;
        timeline.add(at, entry);
    }

    private void addDiscrepancy() {
        Article first = pick(articles);
        Article second = articles.get((articles.indexOf(first) + 1) % articles.size());
        discrepancies.add(new Discrepancy("d" + made++, Discrepancy.Scope.PASSAGE, "subject", Discrepancy.Fact.NUMBER,
                new Discrepancy.Reading("one", span(first.id(), 0), Optional.empty()),
                new Discrepancy.Reading("two", span(second.id(), 1), Optional.empty())));
    }

    /** The passages' origins: a new summary object, as the analysis makes one each build. */
    private void origins() {
        sharing = new SharingSummary(List.of(), List.of(), passages.stream()
                .map(p -> new SharingSummary.PassageOrigin(p.id(), Optional.of(p.occurrences().get(0).article()))).toList());
    }

    /** A seed deleted: its article goes, and every object that names it goes or is made again without it. */
    private void deleteArticle(String id) {
        articles.removeIf(a -> a.id().equals(id));
        Predicate<Span> in = span -> span.article().equals(id);
        for (Entity e : List.copyOf(entities)) {
            if (e.mentions().stream().anyMatch(m -> in.test(m.span()))) {
                replace(entities, e, withMentions(e, e.mentions().stream().filter(m -> !in.test(m.span())).toList()));
            }
        }
        for (Passage p : List.copyOf(passages)) {
            if (p.occurrences().stream().noneMatch(in)) continue;
            List<Span> left = p.occurrences().stream().filter(in.negate()).toList();
            if (left.stream().map(Span::article).distinct().count() < 2) passages.remove(p);
            else replace(passages, p, new Passage(p.id(), p.kind(), p.similarity(), left));
        }
        diffs.removeIf(d -> in.test(d.occurrence()) || in.test(d.against()) || passages.stream().noneMatch(p -> p.id().equals(d.passage())));
        quotes.removeIf(q -> in.test(q.span()));
        timeline.removeIf(t -> t.sources().stream().anyMatch(ev -> in.test(ev.sentence())));
        discrepancies.removeIf(d -> in.test(d.one().span()) || in.test(d.other().span()));
    }

    private <T> T pick(List<T> list) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    private static <T> void replace(List<T> list, T old, T now) {
        list.set(list.indexOf(old), now);
    }

    private <T> void removeFrom(List<T> list) {
        if (!list.isEmpty()) list.remove(random.nextInt(list.size()));
    }
}
