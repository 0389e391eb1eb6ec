package org.dossier.build;

import static org.dossier.build.FixtureSite.normalised;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the real seeds and the three format fixtures through the real templates, then reads every page
 * as a browser would (parsed by jsoup) and checks what a reader and a publisher rely on.
 */
class SitePagesTest {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @TempDir
    static Path dir;
    static Path site;
    static JsonNode dossier;
    static SortedMap<String, Document> pages;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        FixtureSite.build(FixtureSite.seeds(dir), site);
        dossier = FixtureSite.dossierJson(site);
        pages = FixtureSite.pages(site);
    }

    private static Document page(String path) {
        Document page = pages.get(path);
        assertNotNull(page, path + " was not written");
        return page;
    }

    private static Document articlePage(JsonNode article) {
        return page(article.get("url").asText());
    }

    @Test
    void writesAPageForEveryArticleOfAllThreeFormats() {
        assertEquals(5, dossier.get("articles").size());
        for (String id : List.of(FixtureSite.FIRST_SEED, FixtureSite.SECOND_SEED, FixtureSite.MARKDOWN_FIXTURE,
                FixtureSite.HTML_FIXTURE, FixtureSite.TEXT_FIXTURE)) {
            JsonNode article = FixtureSite.article(dossier, id);
            assertEquals(article.get("title").asText(), articlePage(article).selectFirst("main h1").text());
        }
    }

    @Test
    void everyBlockIsAnElementWithItsIdHoldingItsText() {
        for (JsonNode article : dossier.get("articles")) {
            Document page = articlePage(article);
            for (JsonNode block : article.get("blocks")) {
                String id = block.get("id").asText();
                Element element = page.getElementById(id);
                assertNotNull(element, "block " + id + " of " + article.get("id").asText() + " has no element");
                assertEquals(normalised(block.get("text").asText()), normalised(element.text()),
                        "the element of block " + id + " holds the block's text");
            }
        }
    }

    @Test
    void sectionsHoldTheirBlocksInReadingOrder() {
        for (JsonNode article : dossier.get("articles")) {
            Document page = articlePage(article);
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            for (JsonNode block : article.get("blocks")) {
                expected.add(block.get("section").asText() + "/" + block.get("id").asText());
                Element element = page.getElementById(block.get("id").asText());
                Element section = element.closest("section");
                assertNotNull(section, "block " + block.get("id").asText() + " stands in a section");
                actual.add(section.id() + "/" + element.id());
            }
            assertEquals(expected, actual);
            List<String> order = page.select("main .block").eachAttr("id");
            assertEquals(article.get("blocks").findValuesAsText("id"), order);
        }
    }

    @Test
    void captionsRenderAsFiguresWithAFigcaption() {
        int captions = 0;
        for (JsonNode article : dossier.get("articles")) {
            for (JsonNode block : article.get("blocks")) {
                if (!block.get("kind").asText().equals("caption")) continue;
                Element element = articlePage(article).getElementById(block.get("id").asText());
                assertEquals("figure", element.tagName());
                Element caption = element.selectFirst("> figcaption");
                assertNotNull(caption);
                assertEquals(normalised(block.get("text").asText()), normalised(caption.text()));
                captions++;
            }
        }
        assertEquals(4, captions, "the AFP seed caption and one caption in each fixture");
    }

    @Test
    void embeddedPostsRenderAsEmbedBlockquotes() {
        int embeds = 0;
        for (JsonNode article : dossier.get("articles")) {
            for (JsonNode block : article.get("blocks")) {
                if (!block.get("kind").asText().equals("embed")) continue;
                Element element = articlePage(article).getElementById(block.get("id").asText());
                assertEquals("blockquote", element.tagName());
                assertTrue(element.hasClass("embed"));
                embeds++;
            }
        }
        assertEquals(3, embeds, "the seed's tweet, the HTML fixture's tweet and the text fixture's post");
    }

    @Test
    void everyPageCarriesItsLanguage() {
        // The page is in the site's language (the one most articles are in: Dutch); an article's own text keeps its own.
        for (JsonNode article : dossier.get("articles")) {
            assertEquals(article.get("language").asText(), articlePage(article).selectFirst(".article-text").attr("lang"));
            assertEquals(article.get("language").asText(), articlePage(article).selectFirst("h1").attr("lang"));
        }
        assertEquals("en", FixtureSite.article(dossier, FixtureSite.TEXT_FIXTURE).get("language").asText());
        pages.forEach((path, page) -> assertEquals("nl", page.selectFirst("html").attr("lang"), path));
    }

    @Test
    void everyInternalLinkIsRelativeAndLeadsToAFileOfTheSite() {
        int checked = 0;
        for (Map.Entry<String, Document> entry : pages.entrySet()) {
            Path pageFile = site.resolve(entry.getKey());
            for (Element element : entry.getValue().select("a[href], link[href], script[src], img[src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String where = entry.getKey() + ": " + element.outerHtml();
                if (element.tagName().equals("a") && (url.startsWith("https://") || url.startsWith("http://")
                        || url.startsWith("mailto:"))) {
                    continue; // a link out of the site is followed by the reader, never loaded by the page
                }
                assertFalse(url.startsWith("/"), "root-relative or protocol-relative link " + where);
                assertFalse(SCHEME.matcher(url).find(), "absolute link " + where);
                URI uri = URI.create(url);
                Path target = uri.getPath().isEmpty() ? pageFile : pageFile.getParent().resolve(uri.getPath()).normalize();
                assertTrue(target.startsWith(site), "link leaves the site: " + where);
                assertTrue(Files.isRegularFile(target), "link to a missing file: " + where);
                if (uri.getFragment() != null && target.toString().endsWith(".html")) {
                    assertNotNull(FixtureSite.parse(target).getElementById(uri.getFragment()), "link to a missing anchor: " + where);
                }
                checked++;
            }
        }
        assertTrue(checked > 20, "the pages have links to check");
    }

    @Test
    void nothingIsLoadedFromOutsideTheSite() throws IOException {
        for (Map.Entry<String, Document> entry : pages.entrySet()) {
            Elements loaders = entry.getValue().select("link[href], script[src], img[src], iframe, frame, source, video, "
                    + "audio, embed, object, track, [srcset], [poster], [background]");
            for (Element element : loaders) {
                for (String attribute : List.of("href", "src", "srcset", "data", "poster", "background")) {
                    String value = element.attr(attribute).strip().toLowerCase();
                    assertFalse(value.startsWith("http:") || value.startsWith("https:") || value.startsWith("//"),
                            entry.getKey() + " loads " + element.outerHtml());
                }
            }
            for (Element style : entry.getValue().select("style, [style]")) {
                String css = style.tagName().equals("style") ? style.data() : style.attr("style");
                assertNoExternalCss(entry.getKey(), css);
            }
        }
        for (String path : FixtureSite.files(site)) {
            if (path.endsWith(".css")) assertNoExternalCss(path, Files.readString(site.resolve(path), StandardCharsets.UTF_8));
        }
    }

    private static void assertNoExternalCss(String where, String css) {
        String lower = css.toLowerCase();
        assertFalse(lower.contains("@import"), where + " imports a stylesheet");
        Matcher url = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)").matcher(lower);
        while (url.find()) {
            String target = url.group(1).strip();
            assertFalse(target.startsWith("http:") || target.startsWith("https:") || target.startsWith("//"),
                    where + " loads " + target);
        }
    }

    @Test
    void everyPageHasATitleAViewportForPhonesAndAStylesheetWithPrintRules() throws IOException {
        pages.forEach((path, page) -> {
            assertFalse(page.title().isBlank(), path + " has a title");
            assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset").toLowerCase(), path);
            assertTrue(page.selectFirst("meta[name=viewport]").attr("content").contains("width=device-width"), path);
            assertEquals(1, page.select("link[rel=stylesheet]").size(), path);
        });
        String css = Files.readString(site.resolve("assets/style.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains("@media print"), "the stylesheet has rules for print");
    }

    @Test
    void homePageListsTheArticlesByDateWithOutletDateAndLead() {
        Elements cards = page("index.html").select("ol.articles > li.article-card");
        JsonNode articles = dossier.get("articles");
        assertEquals(articles.size(), cards.size());
        String previous = "";
        boolean undatedSeen = false;
        for (int i = 0; i < cards.size(); i++) {
            Element card = cards.get(i);
            JsonNode article = articles.get(i);
            assertEquals(article.get("url").asText(), card.selectFirst("h2 a").attr("href"));
            assertEquals(article.get("title").asText(), card.selectFirst("h2 a").text());
            JsonNode date = article.get("date");
            if (date.isNull()) {
                undatedSeen = true;
                assertTrue(card.select("time").isEmpty());
            } else {
                assertFalse(undatedSeen, "dated articles come before undated ones");
                assertEquals(date.asText(), card.selectFirst(".meta time").attr("datetime"));
                assertTrue(date.asText().compareTo(previous) >= 0, "articles are listed by date");
                previous = date.asText();
            }
            if (!article.get("outlet").isNull()) {
                assertTrue(card.selectFirst(".meta").text().contains(article.get("outlet").asText()), "outlet shown");
            }
            String firstParagraph = article.get("blocks").findParents("kind").stream()
                    .filter(b -> b.get("kind").asText().equals("paragraph")).findFirst().orElseThrow()
                    .get("text").asText();
            String lead = card.selectFirst("p.lead").text();
            String opening = String.join(" ", List.of(firstParagraph.split("\\s+")).subList(0, 8));
            assertTrue(lead.startsWith(opening), "the lead opens the article: " + lead);
        }
        List<String> listed = cards.stream().map(c -> c.selectFirst("h2 a").attr("href")).toList();
        // Order is checked above, date by date; here: every article is listed once.
        assertEquals(java.util.Set.of(FixtureSite.FIRST_SEED, FixtureSite.HTML_FIXTURE, FixtureSite.MARKDOWN_FIXTURE,
                FixtureSite.TEXT_FIXTURE, FixtureSite.SECOND_SEED).stream().map(id -> "articles/" + id + ".html")
                .collect(java.util.stream.Collectors.toSet()), java.util.Set.copyOf(listed));
        assertEquals(5, listed.size());
    }
}
