package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.ingest.Ingester;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Passage;
import org.dossier.model.Span;
import org.dossier.model.TimelineEntry;
import org.dossier.render.RenderMemory;
import org.dossier.render.PageSizes;
import org.dossier.render.RenderException;
import org.dossier.render.SiteLinks;
import org.dossier.render.SiteRenderer;
import org.dossier.render.Templates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture dossier rendered with pages of two items, so that every list is cut into pages and the
 * timeline into periods: a reader who follows links from the home page still reaches every page, article,
 * passage, entity and timeline entry; the pages of each list link each other in order; later pages have
 * the documented addresses; outlet pages hold their articles and whom they share text with.
 */
class ListPagesTest {
    private static final PageSizes TWO = new PageSizes(2, 2, 2, 2, 2);
    private static final Pattern TIMELINE_PERIOD = Pattern.compile("timeline-(\\d{4})(?:-(\\d{2}))?(?:-\\d+)?\\.html");

    @TempDir
    static Path dir;
    static Dossier dossier;
    static Map<String, String> files;
    static Map<String, Document> pages;

    @BeforeAll
    static void render() throws RenderException {
        Path seeds = FixtureSite.seeds(dir);
        Dossier analysed = Analysis.analyse(new Ingester().ingest(seeds, n -> {}).articles(), EntityCatalog.empty(),
                Gazetteers.loadDefault()).dossier();
        // The two seeds share text but name no outlet: give them two, so outlets share text with each other.
        dossier = new Dossier(analysed.articles().stream().map(a -> a.outlet().isPresent() ? a : new Article(a.id(), a.source(),
                        a.title(), a.date(), a.dateOrigin(), a.language(),
                        java.util.Optional.of(a.id().equals(FixtureSite.FIRST_SEED) ? "NRC Handelsblad" : "Trouw"),
                        a.author(), a.originalUrl(), a.sections())).toList(),
                analysed.passages(), analysed.sharing(), analysed.diffs(), analysed.entities(), analysed.quotes(),
                analysed.events(), analysed.timeline(), analysed.structure());
        files = render(TWO);
        pages = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.endsWith(".html")) pages.put(path, Jsoup.parse(text, "https://dossier.test/" + path));
        });
    }

    private static Map<String, String> render(PageSizes sizes) throws RenderException {
        Map<String, String> out = new ConcurrentSkipListMap<>();
        new SiteRenderer(new Templates(FixtureSite.TEMPLATES), RenderMemory.none(), sizes)
                .render(dossier, (path, bytes) -> out.put(path, new String(bytes, StandardCharsets.UTF_8)), n -> {});
        return out;
    }

    /** The site path an internal link of {@code page} leads to, without its fragment; null for other links. */
    private static String target(String page, String href) {
        if (href.isEmpty() || href.startsWith("#")) return href.isEmpty() ? null : page;
        URI uri = URI.create("https://dossier.test/" + page).resolve(href);
        if (!"dossier.test".equals(uri.getHost())) return null;
        return uri.getPath().substring(1);
    }

    /** Every page a reader reaches from the home page, with the ids of the elements on each. */
    private static Map<String, Set<String>> crawl() {
        Map<String, Set<String>> reached = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(SiteLinks.HOME));
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (reached.containsKey(path) || !pages.containsKey(path)) continue;
            Document page = pages.get(path);
            Set<String> ids = new HashSet<>();
            for (Element e : page.select("[id]")) ids.add(e.id());
            reached.put(path, ids);
            // Links, and the search box, a form that leads to search.html.
            for (Element a : page.select("a[href], form[action]")) {
                String to = target(path, a.hasAttr("href") ? a.attr("href") : a.attr("action"));
                if (to != null && to.endsWith(".html") && !reached.containsKey(to)) queue.add(to);
            }
        }
        return reached;
    }

    @Test
    void theFixtureIsLongEnoughToBeCutEverywhere() {
        for (String later : List.of("index-2.html", "shared-2.html", "entities-2.html")) {
            assertTrue(pages.containsKey(later), later + " was written");
        }
        assertTrue(pages.keySet().stream().anyMatch(p -> TIMELINE_PERIOD.matcher(p).matches()), "the timeline is cut by period");
        assertTrue(pages.keySet().stream().anyMatch(p -> p.matches("entities/[a-z0-9-]+\\.2\\.html")), "an entity has a second page");
        assertTrue(pages.keySet().stream().anyMatch(p -> p.matches("outlets/[a-z0-9-]+\\.html")), "outlets have pages");
    }

    @Test
    void everyPageArticlePassageEntityAndEntryIsReachableFromTheHomePage() {
        Map<String, Set<String>> reached = crawl();
        assertEquals(new TreeSet<>(pages.keySet()), reached.keySet(), "every page written is reached by links from the home page");
        for (Article article : dossier.articles()) assertTrue(reached.containsKey(SiteLinks.article(article.id())), article.id());
        for (Entity entity : dossier.entities()) assertTrue(reached.containsKey(SiteLinks.entity(entity.id())), entity.id());
        Set<String> onSharedPages = idsOn(reached, p -> p.startsWith("shared"));
        for (Passage passage : dossier.passages()) assertTrue(onSharedPages.contains(passage.id()), "passage " + passage.id() + " is listed");
        Set<String> onTimelinePages = idsOn(reached, p -> p.startsWith("timeline"));
        for (TimelineEntry entry : dossier.timeline()) assertTrue(onTimelinePages.contains(entry.id()), "entry " + entry.id() + " is listed");
    }

    private static Set<String> idsOn(Map<String, Set<String>> reached, java.util.function.Predicate<String> which) {
        Set<String> ids = new HashSet<>();
        reached.forEach((path, onPage) -> {
            if (which.test(path)) ids.addAll(onPage);
        });
        return ids;
    }

    @Test
    void theMentionsAndArticlesOfAnEntityStandOnItsPagesEachOnce() {
        Entity entity = dossier.entities().stream().max(java.util.Comparator.comparingInt(e -> e.mentions().size())).orElseThrow();
        assertTrue(entity.mentions().size() > TWO.entityPart(), "the most named entity has more mentions than a page holds");
        List<String> entityPages = pages.keySet().stream()
                .filter(p -> p.equals(SiteLinks.entity(entity.id())) || p.matches(Pattern.quote("entities/" + entity.id()) + "\\.\\d+\\.html"))
                .toList();
        int mentions = 0;
        Set<String> articles = new LinkedHashSet<>();
        for (String path : entityPages) {
            Document page = pages.get(path);
            mentions += page.select("#mentions li").size();
            for (Element a : page.select("#articles a[href]")) assertTrue(articles.add(target(path, a.attr("href"))), "each article once");
        }
        assertEquals(entity.mentions().size(), mentions, "every mention of " + entity.id() + " on one of its " + entityPages.size() + " pages");
        Set<String> expected = new LinkedHashSet<>();
        for (var mention : entity.mentions()) expected.add(SiteLinks.article(mention.span().article()));
        assertEquals(expected, articles);
    }

    @Test
    void thePagesOfEachListLinkEachOtherInOrder() {
        int pagers = 0;
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            Element nav = page.getValue().selectFirst("nav.pager");
            if (nav == null) continue;
            pagers++;
            assertNotNull(nav.attr("aria-label"), page.getKey());
            Element current = nav.selectFirst("[aria-current=page]");
            assertNotNull(current, page.getKey() + " marks itself in its pager");
            assertEquals(page.getKey(), target(page.getKey(), current.attr("href")));
            Element next = nav.selectFirst("a[rel=next]");
            if (next != null) {
                String to = target(page.getKey(), next.attr("href"));
                Element back = pages.get(to).selectFirst("nav.pager a[rel=prev]");
                assertNotNull(back, to + " links back");
                assertEquals(page.getKey(), target(to, back.attr("href")), "the page after " + page.getKey() + " links back to it");
            }
            Element previous = nav.selectFirst("a[rel=prev]");
            assertEquals(previous == null, nav.select("li").first().selectFirst("[aria-current]") != null,
                    page.getKey() + ": only the first page has no previous page");
        }
        assertTrue(pagers > 10, "the lists of the fixture are cut into pages");
    }

    @Test
    void eachTimelinePageHoldsTheEntriesOfItsPeriod() {
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            Matcher period = TIMELINE_PERIOD.matcher(page.getKey());
            if (!period.matches()) continue;
            String prefix = period.group(1) + (period.group(2) == null ? "" : "-" + period.group(2));
            for (Element time : page.getValue().select("li.entry > h2 time")) {
                assertTrue(time.attr("datetime").startsWith(prefix), page.getKey() + " holds " + time.attr("datetime"));
            }
        }
        int marks = 0;
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            if (!page.getKey().startsWith("timeline")) continue;
            Set<String> entries = new HashSet<>(page.getValue().select("li.entry").eachAttr("id"));
            Set<String> drawn = new HashSet<>();
            for (Element mark : page.getValue().select("figure.drawing a[href]")) drawn.add(mark.attr("href").substring(1));
            assertEquals(entries, drawn, page.getKey() + " draws its own entries, each linked to its place on the page");
            marks += drawn.size();
        }
        assertEquals(dossier.timeline().size(), marks, "every entry is drawn once");
    }

    @Test
    void linksFromEntityPagesToTheTimelineReachTheirEntry() {
        int links = 0;
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            if (!page.getKey().startsWith("entities/")) continue;
            for (Element a : page.getValue().select("#timeline a[href]:has(time)")) {
                String href = a.attr("href");
                String to = target(page.getKey(), href);
                assertTrue(to.startsWith("timeline"), href);
                assertNotNull(pages.get(to).getElementById(href.substring(href.indexOf('#') + 1)), page.getKey() + " → " + href);
                links++;
            }
        }
        assertTrue(links > 0, "entity pages link entries on the timeline");
    }

    @Test
    void outletPagesListTheirArticlesAndWhomTheyShareTextWith() {
        Map<String, Set<String>> articlesOfOutlet = new TreeMap<>();
        Map<String, String> outletOfArticle = new HashMap<>();
        for (Article article : dossier.articles()) {
            article.outlet().ifPresent(outlet -> {
                articlesOfOutlet.computeIfAbsent(outlet, k -> new TreeSet<>()).add(SiteLinks.article(article.id()));
                outletOfArticle.put(article.id(), outlet);
            });
        }
        assertTrue(articlesOfOutlet.size() > 1, "the fixture has several outlets");
        Document index = pages.get(SiteLinks.OUTLETS);
        Map<String, String> pageOfOutlet = new HashMap<>();
        for (Element a : index.select("main ul a[href]")) pageOfOutlet.put(a.text(), target(SiteLinks.OUTLETS, a.attr("href")));
        assertEquals(articlesOfOutlet.keySet(), pageOfOutlet.keySet(), "outlets.html lists every outlet by name");
        for (Map.Entry<String, Set<String>> outlet : articlesOfOutlet.entrySet()) {
            String first = pageOfOutlet.get(outlet.getKey());
            Set<String> listed = new TreeSet<>();
            for (Map.Entry<String, Document> page : pages.entrySet()) {
                if (!page.getKey().equals(first) && !page.getKey().startsWith(first.replace(".html", "."))) continue;
                for (Element a : page.getValue().select("#articles h3 a[href]")) listed.add(target(page.getKey(), a.attr("href")));
            }
            assertEquals(outlet.getValue(), listed, "the pages of " + outlet.getKey() + " list exactly its articles");

            Set<String> sharesWith = new TreeSet<>();
            for (Passage passage : dossier.passages()) {
                Set<String> outlets = new TreeSet<>();
                for (Span span : passage.occurrences()) {
                    String o = outletOfArticle.get(span.article());
                    if (o != null) outlets.add(o);
                }
                boolean inArticleOfOutlet = passage.occurrences().stream().anyMatch(s -> outlet.getKey().equals(outletOfArticle.get(s.article())));
                long articlesOfThisOutlet = passage.occurrences().stream().map(Span::article).distinct()
                        .filter(a -> outlet.getKey().equals(outletOfArticle.get(a))).count();
                if (!inArticleOfOutlet) continue;
                for (String o : outlets) if (!o.equals(outlet.getKey()) || articlesOfThisOutlet > 1) sharesWith.add(o);
            }
            Set<String> shown = new TreeSet<>();
            for (Element a : pages.get(first).select("#shares-with a")) shown.add(a.text());
            assertEquals(sharesWith, shown, outlet.getKey() + " shares text with");
        }
        assertTrue(pages.get(SiteLinks.HOME).select("main a[href=outlets.html]").size() == 1, "the home page links the outlets");
        assertTrue(pages.get("outlets/nrc-handelsblad.html").select("#shares-with a").eachText().contains("Trouw"),
                "the two seeds' outlets share text");
    }

    @Test
    void everyLinkToAnAnchorLandsOnItsElementThoughTheListsAreCut() {
        int checked = 0;
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            for (Element a : page.getValue().select("a[href*=#]")) {
                String href = a.attr("href");
                String to = target(page.getKey(), href);
                if (to == null || !to.endsWith(".html")) continue;
                String id = href.substring(href.indexOf('#') + 1);
                assertTrue(pages.containsKey(to), page.getKey() + " links to a page that was not written: " + href);
                assertTrue(pages.get(to).getElementById(id) != null, page.getKey() + ": " + href + " lands on no element");
                checked++;
            }
        }
        assertTrue(checked > 100, "links checked: " + checked);
    }

    @Test
    void laterPagesOfAnEntityCannotBeThePageOfAnotherEntity() {
        assertEquals("entities/g.2.html", SiteLinks.numbered(SiteLinks.entity("g"), 2));
        assertFalse(SiteLinks.numbered(SiteLinks.entity("g"), 2).equals(SiteLinks.entity("g-2")));
        assertEquals("shared-3.html", SiteLinks.numbered(SiteLinks.SHARED, 3));
        assertEquals(SiteLinks.SHARED, SiteLinks.numbered(SiteLinks.SHARED, 1), "the first page keeps its address");
    }

    @Test
    void everyPageOfTheCutSitePassesTheNuHtmlChecker() throws Exception {
        NuHtmlChecker checker = new NuHtmlChecker();
        List<String> problems = new java.util.ArrayList<>();
        Path out = dir.resolve("cut-site");
        for (Map.Entry<String, String> page : files.entrySet()) {
            if (!page.getKey().endsWith(".html")) continue;
            Path file = out.resolve(page.getKey());
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, page.getValue());
            checker.errors(file.toFile()).forEach(error -> problems.add(page.getKey() + ":" + error));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aDossierThatFitsOnOnePagePerListHasNoPager() throws RenderException {
        Map<String, String> whole = render(PageSizes.DEFAULT);
        for (Map.Entry<String, String> file : whole.entrySet()) {
            if (!file.getKey().endsWith(".html")) continue;
            assertTrue(Jsoup.parse(file.getValue()).select("nav.pager").isEmpty(), file.getKey());
            assertFalse(file.getKey().matches("(index|shared|entities)-\\d+\\.html|timeline-.*|entities/.*\\.\\d+\\.html"), file.getKey());
        }
    }
}
