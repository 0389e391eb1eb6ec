package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a published site carries for the world outside it, checked on a build with a base URL: an Atom feed
 * of the newest 50 articles (RFC 4287's required elements, absolute ids and links, RFC 3339 dates), a
 * sitemap of exactly the pages written, and share metadata and a canonical link on every page.
 */
class PublishingTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String BASE = "https://news.example/bridge/";
    /** RFC 3339's date-time: full date, 'T', time with seconds, and a zone (Z or an offset). */
    private static final Pattern RFC3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    @TempDir
    static Path dir;
    static Path site;
    static org.w3c.dom.Document feed;

    @BeforeAll
    static void buildAStoryOfMoreThanFiftyArticles() throws Exception {
        Path seeds = EnglishStory.write(dir.resolve("seeds"), 55);
        site = dir.resolve("site");
        BuildReport report = new DossierBuild(new BuildConfig(seeds, FixtureSite.TEMPLATES, site, Optional.of(BASE)),
                BuildListener.SILENT).run();
        assertTrue(report.succeeded(), report.diagnostics()::toString);
        assertEquals(List.of(), report.leftOut());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        feed = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
    }

    @Test
    void theFeedIsAtomWithItsRequiredElements() {
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertEquals(1, children(root, required).size(), "the feed has one " + required);
        }
        assertFalse(text(root, "title").isBlank());
        List<Element> entries = children(root, "entry");
        assertEquals(50, entries.size(), "the newest 50 of 55 articles");
        for (Element entry : entries) {
            for (String required : List.of("id", "title", "updated")) {
                assertEquals(1, children(entry, required).size(), "an entry has one " + required);
            }
            assertFalse(text(entry, "title").isBlank());
            assertTrue(text(entry, "summary").startsWith("Engineers inspected"), "the lead as summary");
            assertTrue(List.of(EnglishStory.OUTLETS).contains(text(children(entry, "author").get(0), "name")), "the outlet");
        }
    }

    @Test
    void theFeedHasAbsoluteIdsAndLinksToPagesOfTheSite() {
        Element root = feed.getDocumentElement();
        assertAbsoluteUnderBase(text(root, "id"));
        List<String> links = new ArrayList<>();
        for (Element link : children(root, "link")) links.add(link.getAttribute("rel") + " " + link.getAttribute("href"));
        assertTrue(links.contains("self " + BASE + "feed.xml"), links::toString);
        assertTrue(links.contains("alternate " + BASE), links::toString);
        Set<String> ids = new TreeSet<>();
        for (Element entry : children(root, "entry")) {
            String id = text(entry, "id");
            assertAbsoluteUnderBase(id);
            assertTrue(ids.add(id), "ids are unique: " + id);
            Element link = children(entry, "link").get(0);
            assertEquals("alternate", link.getAttribute("rel"));
            String href = link.getAttribute("href");
            assertAbsoluteUnderBase(href);
            assertTrue(Files.isRegularFile(site.resolve(href.substring(BASE.length()))), "the link leads to a page: " + href);
        }
    }

    @Test
    void theFeedsDatesAreRfc3339AndNewestFirstWithTheFeedUpdatedAtTheNewest() {
        Element root = feed.getDocumentElement();
        List<OffsetDateTime> dates = new ArrayList<>();
        for (Element entry : children(root, "entry")) {
            String updated = text(entry, "updated");
            assertTrue(RFC3339.matcher(updated).matches(), updated);
            dates.add(OffsetDateTime.parse(updated, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        for (int i = 1; i < dates.size(); i++) assertFalse(dates.get(i).isAfter(dates.get(i - 1)), "newest first");
        assertEquals(EnglishStory.FIRST_DAY.plusDays(54).toString() + "T00:00:00Z", text(root, "updated"),
                "the feed is as new as its newest article, not the time of the build");
        assertEquals(EnglishStory.FIRST_DAY.plusDays(5).toString() + "T00:00:00Z",
                text(children(root, "entry").get(49), "updated"), "the five oldest articles are left out");
    }

    @Test
    void theSitemapListsExactlyThePagesWritten() throws IOException {
        Document sitemap = org.jsoup.Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
        List<String> listed = sitemap.select("urlset > url > loc").eachText();
        Set<String> expected = new TreeSet<>();
        for (String page : FixtureSite.files(site)) {
            if (page.endsWith(".html")) expected.add(page.equals("index.html") ? BASE : BASE + page);
        }
        assertEquals(expected, new TreeSet<>(listed));
        assertEquals(expected.size(), listed.size(), "each page once");
        assertTrue(expected.size() > 55, "articles, entities and the story-wide pages");
    }

    @Test
    void everyPageCarriesShareMetadataACanonicalLinkAndTheFeed() {
        FixtureSite.pages(site).forEach((path, page) -> {
            String title = page.title();
            String siteTitle = page.selectFirst("meta[property=og:site_name]").attr("content");
            assertFalse(siteTitle.isBlank(), path);
            assertTrue(title.contains(siteTitle), path + ": <title> names the dossier: " + title);
            assertFalse(page.selectFirst("meta[name=description]").attr("content").isBlank(), path);
            assertFalse(page.selectFirst("meta[property=og:title]").attr("content").isBlank(), path);
            assertFalse(page.selectFirst("meta[property=og:description]").attr("content").isBlank(), path);
            assertEquals(path.startsWith("articles/") ? "article" : "website", page.selectFirst("meta[property=og:type]").attr("content"), path);
            String url = path.equals("index.html") ? BASE : BASE + path;
            assertEquals(url, page.selectFirst("link[rel=canonical]").attr("href"), path);
            assertEquals(url, page.selectFirst("meta[property=og:url]").attr("content"), path);
            String feedLink = page.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href");
            assertTrue(Files.isRegularFile(site.resolve(path).getParent().resolve(feedLink).normalize()), path + " links the feed");
            String icon = page.selectFirst("link[rel=icon]").attr("href");
            assertTrue(Files.isRegularFile(site.resolve(path).getParent().resolve(icon).normalize()), path + " has its favicon");
        });
    }

    @Test
    void theDataPageExplainsAndLinksEveryExport() {
        Document data = FixtureSite.parse(site.resolve("data.html"));
        List<String> linked = data.select("dl.exports dt a").eachAttr("href");
        assertEquals(List.of("data/dossier.json", "data/timeline.json", "data/network.gexf", "data/entities.csv", "data/links.csv", "feed.xml", "sitemap.xml"), linked);
        for (String href : linked) assertTrue(Files.isRegularFile(site.resolve(href)), href);
        for (var dt : data.select("dl.exports dt")) {
            var dd = dt.nextElementSibling();
            assertTrue(dd != null && dd.is("dd") && dd.text().length() > 20, "each export is explained: " + dt.text());
        }
        assertNotNull(FixtureSite.parse(site.resolve("index.html")).selectFirst("nav a[href=data.html]"),
                "the navigation's Data leads to the page, not to raw JSON");
    }

    @Test
    void aSecondBuildWritesTheSameBytesFeedAndSitemapIncluded() throws IOException {
        Path again = dir.resolve("again");
        BuildReport report = new DossierBuild(new BuildConfig(dir.resolve("seeds"), FixtureSite.TEMPLATES, again, Optional.of(BASE)),
                BuildListener.SILENT).run();
        assertTrue(report.succeeded(), report.diagnostics()::toString);
        List<String> files = FixtureSite.files(site);
        assertEquals(files, FixtureSite.files(again));
        assertTrue(files.containsAll(List.of("feed.xml", "sitemap.xml")));
        for (String file : files) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(site.resolve(file)), Files.readAllBytes(again.resolve(file))), file);
        }
    }

    private static void assertAbsoluteUnderBase(String url) {
        assertTrue(URI.create(url).isAbsolute(), url);
        assertTrue(url.startsWith(BASE), url);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) found.add(e);
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent();
    }
}
