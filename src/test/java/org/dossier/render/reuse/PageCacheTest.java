package org.dossier.render.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dossier.ingest.Ingester;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.DossierSettings;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Network;
import org.dossier.model.NetworkEdge;
import org.dossier.model.NetworkNode;
import org.dossier.model.Structure;
import org.dossier.render.DossierIndex;
import org.dossier.render.RenderException;
import org.dossier.render.RenderMemory;
import org.dossier.render.SiteRenderer;
import org.dossier.render.Templates;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    private static final String A = "articles/000_612085df6fbf3f80.html";
    private static final String B = "articles/003_70f3edb694600a6b.html";

    private final Templates templates = new Templates(Path.of("templates"));
    private final List<Article> articles = new Ingester().ingest(Path.of("seeds"), n -> {}).articles();

    private static final DossierSettings NAMED = new DossierSettings(java.util.Optional.of("Testdossier"),
            java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());

    private static Map<String, byte[]> render(SiteRenderer renderer, Dossier dossier) throws RenderException {
        Map<String, byte[]> files = new ConcurrentSkipListMap<>(); // written by the renderer's threads at once
        // A named dossier, so that retitling an article changes only the pages that show it (a derived
        // site title could change with it, and with it every page).
        renderer.render(dossier, NAMED, files::put, n -> {});
        return files;
    }

    @Test
    void runsTemplatesOnlyForPagesWhoseViewsChanged() throws RenderException {
        SiteRenderer renderer = new SiteRenderer(templates, PageCache.remembering());
        Map<String, byte[]> first = render(renderer, Dossier.of(articles));

        Map<String, byte[]> second = render(renderer, Dossier.of(retitled(articles, 0, "Een nieuwe titel")));

        assertSame(first.get(B), second.get(B), "the other article's page is the one rendered before");
        assertNotSame(first.get(A), second.get(A));
        assertTrue(new String(second.get(A), StandardCharsets.UTF_8).contains("Een nieuwe titel"));
        assertTrue(new String(second.get("index.html"), StandardCharsets.UTF_8).contains("Een nieuwe titel"),
                "the home page lists the new title");
    }

    private static List<Article> retitled(List<Article> articles, int which, String title) {
        List<Article> copy = new ArrayList<>(articles);
        Article a = copy.get(which);
        copy.set(which, new Article(a.id(), a.source(), title, a.date(), a.dateOrigin(), a.language(),
                a.outlet(), a.author(), a.originalUrl(), a.sections()));
        return copy;
    }

    @Test
    void buildsAPageViewAgainOnlyWhenAnAnswerItReadChanged() throws RenderException {
        PageCache cache = PageCache.remembering();
        String firstId = articles.get(0).id();
        AtomicInteger built = new AtomicInteger();
        RenderMemory.PageContext titleOfFirst = index -> {
            built.incrementAndGet();
            return Map.of("title", index.article(firstId).title());
        };
        RenderMemory.ContextRenderer renderer = context -> context.get("title").toString().getBytes(StandardCharsets.UTF_8);

        byte[] first = cache.trackedPage("p.html", "t", cache.index(Dossier.of(articles)), titleOfFirst, renderer);
        byte[] equalDossier = cache.trackedPage("p.html", "t", cache.index(Dossier.of(List.copyOf(articles))), titleOfFirst, renderer);
        byte[] otherRetitled = cache.trackedPage("p.html", "t", cache.index(Dossier.of(retitled(articles, 1, "Anders"))),
                titleOfFirst, renderer);
        assertEquals(1, built.get(), "the page read only the first article, which did not change");
        assertSame(first, equalDossier);
        assertSame(first, otherRetitled);

        byte[] readRetitled = cache.trackedPage("p.html", "t", cache.index(Dossier.of(retitled(articles, 0, "Nieuw"))),
                titleOfFirst, renderer);
        assertEquals(2, built.get());
        assertEquals("Nieuw", new String(readRetitled, StandardCharsets.UTF_8));

        cache.trackedPage("p.html", "other", cache.index(Dossier.of(retitled(articles, 0, "Nieuw"))), titleOfFirst, renderer);
        assertEquals(3, built.get(), "another template makes another page");
    }

    /**
     * The site, the passages' origins, the entries' timeline pages and the discrepancies by block each answer
     * from one table of the whole dossier: an index whose table is equal takes the last one's part, so pages
     * that read it pass at once; a changed table is a new part, and the pages that read it are checked again.
     */
    @Test
    void aTableOfTheWholeDossierIsTakenOverWhileItAnswersTheSame() throws RenderException {
        PageCache cache = PageCache.remembering();
        AtomicInteger built = new AtomicInteger();
        RenderMemory.PageContext count = index -> {
            built.incrementAndGet();
            return Map.of("count", index.site().articleCount());
        };
        RenderMemory.ContextRenderer renderer = context -> context.get("count").toString().getBytes(StandardCharsets.UTF_8);

        DossierIndex first = cache.index(Dossier.of(articles));
        byte[] before = cache.trackedPage("p.html", "t", first, count, renderer);
        DossierIndex equal = cache.index(Dossier.of(List.copyOf(articles)));
        for (DossierIndex.Lookup lookup : List.of(DossierIndex.Lookup.SITE, DossierIndex.Lookup.TIMELINE_URL, DossierIndex.Lookup.ORIGIN)) {
            assertSame(first.partAnswering(lookup, "x"), equal.partAnswering(lookup, "x"), lookup + " of an equal dossier");
            assertTrue(equal.holds(equal.partAnswering(lookup, "x")));
        }
        assertSame(before, cache.trackedPage("p.html", "t", equal, count, renderer));
        assertEquals(1, built.get(), "an equal site passes without the page being made again");

        DossierIndex fewer = cache.index(Dossier.of(articles.subList(1, articles.size())));
        assertNotSame(first.partAnswering(DossierIndex.Lookup.SITE, ""), fewer.partAnswering(DossierIndex.Lookup.SITE, ""));
        assertFalse(fewer.holds(first.partAnswering(DossierIndex.Lookup.SITE, "")));
        byte[] after = cache.trackedPage("p.html", "t", fewer, count, renderer);
        assertEquals(2, built.get());
        assertEquals(String.valueOf(articles.size() - 1), new String(after, StandardCharsets.UTF_8));
    }

    @Test
    void aNeighbourhoodIsAnsweredAgainOnlyWhenTheNetworkIsAnotherObject() throws RenderException {
        PageCache cache = PageCache.remembering();
        AtomicInteger built = new AtomicInteger();
        RenderMemory.PageContext neighbours = index -> {
            built.incrementAndGet();
            return Map.of("neighbours", index.neighbourhood("anna").orElseThrow().nodes().stream().map(NetworkNode::entity).toList());
        };
        RenderMemory.ContextRenderer renderer = context -> context.get("neighbours").toString().getBytes(StandardCharsets.UTF_8);
        Network network = network(new NetworkEdge("anna", "bert", 3));

        DossierIndex firstIndex = cache.index(withNetwork(network));
        byte[] first = cache.trackedPage("p.html", "t", firstIndex, neighbours, renderer);
        Object firstPart = firstIndex.partAnswering(DossierIndex.Lookup.NEIGHBOURHOOD, "anna");
        DossierIndex sameIndex = cache.index(withNetwork(network));
        assertSame(firstPart, sameIndex.partAnswering(DossierIndex.Lookup.NEIGHBOURHOOD, "anna"),
                "the very same network: its part is taken over, so the page's read passes at once");
        assertTrue(sameIndex.holds(firstPart));
        byte[] sameNetwork = cache.trackedPage("p.html", "t", sameIndex, neighbours, renderer);
        byte[] equalNetwork = cache.trackedPage("p.html", "t",
                cache.index(withNetwork(network(new NetworkEdge("anna", "bert", 3)))), neighbours, renderer);
        assertFalse(cache.index(withNetwork(network(new NetworkEdge("anna", "bert", 3)))).holds(firstPart),
                "another network object is indexed anew, and the reads checked against it");
        assertEquals(1, built.get(), "an equal network, even another object, answers as before");
        assertSame(first, sameNetwork);
        assertSame(first, equalNetwork);

        byte[] grown = cache.trackedPage("p.html", "t",
                cache.index(withNetwork(network(new NetworkEdge("anna", "bert", 3), new NetworkEdge("anna", "carla", 1)))),
                neighbours, renderer);
        assertEquals(2, built.get(), "a new neighbour changes the answer");
        assertEquals("[anna, bert, carla]", new String(grown, StandardCharsets.UTF_8));
        assertEquals("[anna, bert]", new String(first, StandardCharsets.UTF_8));
    }

    @Test
    void theNetworkPagesViewIsMadeAgainOnlyWhenTheNetworkOrAnEntityChanged() {
        PageCache cache = PageCache.remembering();
        AtomicInteger built = new AtomicInteger();
        Network network = network(new NetworkEdge("anna", "bert", 3));
        List<Entity> entities = List.of(person("anna", "Anna"), person("bert", "Bert"));
        java.util.function.Function<List<Entity>, Supplier<String>> view = named -> () -> {
            built.incrementAndGet();
            return named.stream().map(Entity::name).toList().toString();
        };

        String first = cache.networkView(network, entities, view.apply(entities));
        String same = cache.networkView(network, List.copyOf(entities), view.apply(entities));
        assertSame(first, same, "the very same network and entities: the view is taken over");
        assertEquals(1, built.get());

        List<Entity> renamed = List.of(person("anna", "Anna K."), entities.get(1));
        assertEquals("[Anna K., Bert]", cache.networkView(network, renamed, view.apply(renamed)), "an entity's name is on the page");
        cache.networkView(network(new NetworkEdge("anna", "bert", 4)), renamed, view.apply(renamed));
        assertEquals(3, built.get(), "another entity, then another network, each make the view again");

        cache.clear();
        cache.networkView(network(new NetworkEdge("anna", "bert", 4)), renamed, view.apply(renamed));
        assertEquals(4, built.get(), "after the words or templates changed, the view is made again");
    }

    private static Entity person(String id, String name) {
        return new Entity(id, name, EntityType.PERSON, List.of(), Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** A network of people joined by {@code edges} (heaviest first), each node mentioned as often as its edges weigh. */
    private static Network network(NetworkEdge... edges) {
        Map<String, Integer> mentions = new java.util.TreeMap<>();
        for (NetworkEdge edge : edges) {
            mentions.merge(edge.source(), edge.weight(), Integer::sum);
            mentions.merge(edge.target(), edge.weight(), Integer::sum);
        }
        List<NetworkNode> nodes = mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new NetworkNode(e.getKey(), EntityType.PERSON, e.getValue())).toList();
        return new Network(nodes, List.of(edges));
    }

    private Dossier withNetwork(Network network) {
        return Dossier.of(articles).withStructure(new Structure(network, List.of(), List.of()));
    }

    @Test
    void aQuestionAskedAgainIsNotedOnce() {
        PageReads reads = new PageReads();
        DossierIndex recording = new RecordingIndex(new DossierIndex(Dossier.of(articles)), reads);
        String first = articles.get(0).id();
        recording.card(first);
        recording.card(first);
        recording.article(first);
        recording.card(articles.get(1).id());
        assertEquals(3, reads.size(), "two cards and an article, each checked once by the next render");
    }

    @Test
    void anItemsViewIsBuiltAgainOnlyWhenTheItemOrAnAnswerItReadChanged() {
        TrackedViews views = new TrackedViews();
        Article first = articles.get(0);
        String otherId = articles.get(1).id();
        AtomicInteger built = new AtomicInteger();
        java.util.function.Function<Dossier, String> viewOf = dossier -> views.view(first, new DossierIndex(dossier), index -> {
            built.incrementAndGet();
            return first.id() + " beside " + index.card(otherId).title();
        });

        String view = viewOf.apply(Dossier.of(articles));
        views.endRender();
        assertSame(view, viewOf.apply(Dossier.of(List.copyOf(articles))), "nothing it read changed");
        views.endRender();
        assertEquals(first.id() + " beside Anders", viewOf.apply(Dossier.of(retitled(articles, 1, "Anders"))));
        assertEquals(2, built.get());
        views.endRender();
        views.endRender();
        viewOf.apply(Dossier.of(retitled(articles, 1, "Anders")));
        assertEquals(3, built.get(), "a render that did not ask for the view let it go");
    }

    @Test
    void aPageOfOneArticleCannotReadTheWholeDossier() {
        DossierIndex recording = new RecordingIndex(new DossierIndex(Dossier.of(articles)), new PageReads());
        assertThrows(IllegalStateException.class, recording::dossier,
                "a read of the whole dossier could not be checked, so the page could go stale");
    }

    @Test
    void givesTheSameBytesAsRenderingWithoutCache() throws RenderException {
        PageCache cache = PageCache.remembering();
        Dossier dossier = Dossier.of(articles);
        render(new SiteRenderer(templates, cache), dossier);
        Map<String, byte[]> cached = render(new SiteRenderer(templates, cache), dossier);
        Map<String, byte[]> fresh = render(new SiteRenderer(templates), dossier);

        assertEquals(fresh.keySet(), cached.keySet());
        fresh.forEach((path, bytes) -> assertArrayEquals(bytes, cached.get(path), path));
        assertEquals(7, cache.size(), "the home page, the data page, the search page, two article pages, the network and the discrepancies (always written)");
    }

    @Test
    void rendersEveryPageAgainAfterClear() throws RenderException {
        PageCache cache = PageCache.remembering();
        Dossier dossier = Dossier.of(articles);
        Map<String, byte[]> first = render(new SiteRenderer(templates, cache), dossier);
        cache.clear();
        Map<String, byte[]> second = render(new SiteRenderer(templates, cache), dossier);

        assertNotSame(first.get(A), second.get(A));
        assertArrayEquals(first.get(A), second.get(A));
    }

    @Test
    void aRenderWithoutMemoryKeepsNothing() throws RenderException {
        RenderMemory none = RenderMemory.none();
        Map<String, byte[]> first = render(new SiteRenderer(templates, none), Dossier.of(articles));
        Map<String, byte[]> second = render(new SiteRenderer(templates, none), Dossier.of(articles));

        assertNotSame(first.get(A), second.get(A));
        assertFalse(first.isEmpty());
    }
}
