package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.dossier.render.SiteLinks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed content is untrusted. Seeds full of scripts, event handlers, {@code javascript:} URLs (plain,
 * mixed case, entity-encoded, with control characters), frames, styles and remote images are built with
 * the real templates, and the parsed DOM of every page is searched for any of it.
 */
class UntrustedMarkupTest {
    private static final String MARKDOWN = """
            ---
            title: <script>alert("title")</script> Gevaarlijke titel
            date: 2022-01-04
            source: <img src=x onerror=alert(1)>
            slug: gevaarlijk-md
            language: nl
            ---

            <script>alert("block")</script>

            Een gewone alinea met een <script>alert("inline")</script> script en <b onclick="alert(2)">vet</b> en
            <span style="color:red" onmouseover="alert(3)">stijl</span>.

            Links: [plain](javascript:alert(4)), [mixed](jAvAsCrIpT:alert(5)), [entity](&#106;avascript:alert(6)),
            [hex](&#x6A;&#x61;vascript:alert(7)), [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==),
            [vb](vbscript:msgbox(9)) en [goed](https://example.org/ok).

            <a href="java&#x09;script:alert(10)">tab</a> <a href=" javascript:alert(11)">spatie</a>
            <a href="JaVaScRiPt&colon;alert(12)">colon</a>

            <iframe src="https://evil.example/frame"></iframe>

            <style>body { background: url(https://evil.example/bg.png) } @import url(https://evil.example/x.css);</style>

            Een beeld ![remote](https://evil.example/pixel.gif) in de tekst en <img src="http://evil.example/p.png"> nog een.

            <div onclick="alert(13)"><svg onload="alert(14)"><circle r="1"/></svg><math><mi xlink:href="javascript:alert(15)">x</mi></math></div>

            <form action="javascript:alert(16)"><button formaction="javascript:alert(17)">Stuur</button><input value="x"></form>

            <object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y.swf">

            <base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(18)"><link rel="stylesheet" href="https://evil.example/z.css">

            Slot met <em>nadruk</em>.
            """;

    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="nl" onload="alert(20)">
            <head>
            <meta property="og:title" content="Kwaadaardige pagina &lt;script&gt;alert(21)&lt;/script&gt;">
            <meta property="article:published_time" content="2022-01-05">
            <link rel="canonical" href="javascript:alert(22)">
            <style>p { color: red }</style>
            </head>
            <body onload="alert(23)">
            <article>
            <p onclick="alert(24)" style="position:fixed;top:0">Eerste alinea van het artikel met <a href="javascript:alert(25)" onmouseover="alert(26)">een link</a> en <a href="https://example.org/ok" target="_blank">een goede link</a>.</p>
            <p>Tweede alinea <img src="https://evil.example/track.gif" onerror="alert(27)"> met <iframe src="https://evil.example/frame"></iframe> een frame en <script>document.write('x')</script> een script.</p>
            <p>Derde alinea met <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(28)">entiteiten</a>, <a href="JAVASCRIPT:alert(29)">hoofdletters</a> en <a href="java&#13;script:alert(30)">een regeleinde</a>.</p>
            <figure><img src="http://evil.example/a.jpg" srcset="http://evil.example/b.jpg 2x"><figcaption onclick="alert(31)">Een bijschrift met <a href="javascript:alert(32)">link</a>. Foto AFP</figcaption></figure>
            <blockquote class="twitter-tweet" style="border:9px solid red"><p>Een post <a href="javascript:alert(33)">link</a></p>&mdash; Iemand (@iemand) 4 januari 2022</blockquote>
            <video src="https://evil.example/v.mp4" poster="https://evil.example/poster.jpg"></video>
            <p>Vierde alinea met <span style="background:url(https://evil.example/bg.png)">inline stijl</span> en <u>onderstreept</u>.</p>
            </article>
            </body>
            </html>
            """;

    private static final String TEXT = """
            title <script>alert(40)</script> tekst
            date 2022-01-06

            Een gewone tekst met <script>alert(41)</script> en <img src=https://evil.example/t.png onerror=alert(42)> erin.
            """;

    @TempDir
    static Path dir;
    static Path site;
    static SortedMap<String, Document> pages;

    @BeforeAll
    static void build() throws IOException {
        Path seeds = dir.resolve("seeds");
        FixtureSite.copyTree(FixtureSite.SEEDS, seeds);
        Files.writeString(seeds.resolve("gevaarlijk.md"), MARKDOWN, StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve("gevaarlijk-html.html"), HTML, StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve("gevaarlijk-txt.txt"), TEXT, StandardCharsets.UTF_8);
        site = dir.resolve("site");
        FixtureSite.build(seeds, site);
        pages = FixtureSite.pages(site);
    }

    private static String squeezed(String value) {
        return value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
    }

    @Test
    void theHostileSeedsAreBuiltIntoPages() {
        assertTrue(pages.containsKey("articles/gevaarlijk-md.html"));
        assertTrue(pages.containsKey("articles/gevaarlijk-html.html"));
        assertTrue(pages.containsKey("articles/gevaarlijk-txt.html"));
    }

    @Test
    void noPageHasAScriptFrameObjectFormOrStyleElement() {
        pages.forEach((path, sent) -> {
            // The site's own search is checked as it is, then left out of the search for seed markup.
            Document page = FixtureSite.withoutOwnSearch(path, sent);
            for (String tag : List.of("script", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
                    "button", "input", "textarea", "select", "style", "base", "math", "video", "audio", "source",
                    "img", "picture", "template", "noscript", "foreignObject", "use", "image")) {
                assertTrue(page.select(tag).isEmpty(), path + " has <" + tag + ">: " + page.select(tag).outerHtml());
            }
            // The only SVG is the drawing Dossier makes itself (sharing matrix, timeline), never a seed's.
            for (var svg : page.select("svg")) {
                assertTrue(svg.parent().is("figure.drawing"), path + " has an <svg> outside a drawing: " + svg.outerHtml());
                assertTrue(page.select("article svg").isEmpty(), path + " has an <svg> inside an article");
            }
            assertEquals(List.of("Content-Security-Policy"), page.select("meta[http-equiv]").eachAttr("http-equiv"),
                    path + " has a meta refresh or another http-equiv besides its policy");
            assertEquals(List.of("icon", "stylesheet"), page.select("link").eachAttr("rel"), path + " links only its own icon and stylesheet");
            for (String href : page.select("link").eachAttr("href")) {
                assertTrue(href.matches("(\\.\\./)*assets/(favicon\\.svg|style\\.css)"), path + " links " + href);
            }
        });
    }

    @Test
    void noElementHasAnEventHandlerOrInlineStyle() {
        pages.forEach((path, page) -> {
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    assertFalse(name.startsWith("on"), path + ": " + element.outerHtml());
                    assertFalse(name.equals("style"), path + ": " + element.outerHtml());
                    assertFalse(name.equals("srcset") || name.equals("poster") || name.equals("formaction")
                            || name.endsWith("href") && !name.equals("href"), path + ": " + element.outerHtml());
                }
            }
        });
    }

    @Test
    void noAttributeHoldsAScriptOrDataUrl() {
        pages.forEach((path, page) -> {
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String value = squeezed(attribute.getValue());
                    for (String scheme : List.of("javascript:", "vbscript:", "data:", "livescript:")) {
                        assertFalse(value.startsWith(scheme) || value.contains("url=" + scheme),
                                path + ": " + attribute + " on " + element.tagName());
                    }
                }
            }
        });
    }

    @Test
    void linksThatSurviveGoOnlyToTheWebOrTheSiteAndOpenNothingNew() {
        pages.forEach((path, page) -> {
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                boolean web = href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:");
                boolean internal = !href.contains(":");
                assertTrue(web || internal, path + ": " + link.outerHtml());
                if (web) assertTrue(link.attr("rel").contains("nofollow"), path + ": " + link.outerHtml());
                assertFalse(link.hasAttr("target"), path + ": " + link.outerHtml());
            }
        });
    }

    @Test
    void theHarmlessMarkupAroundTheAttacksSurvives() {
        Document md = pages.get("articles/gevaarlijk-md.html");
        assertNotNull(md.selectFirst("main a[href=https://example.org/ok]"), "a safe link is kept");
        assertEquals("nadruk", md.selectFirst("main em").text());
        assertEquals("vet", md.selectFirst("main b").text());
        assertTrue(md.selectFirst("main h1").text().startsWith("<script>"), "a title is text, shown as written");
        Document html = pages.get("articles/gevaarlijk-html.html");
        assertNotNull(html.selectFirst("main a[href=https://example.org/ok]"));
        assertEquals("onderstreept", html.selectFirst("main u").text());
        assertNotNull(html.selectFirst("main figure.caption figcaption"));
        assertNotNull(html.selectFirst("main blockquote.embed"));
        Document txt = pages.get("articles/gevaarlijk-txt.html");
        assertTrue(txt.selectFirst("main p.block").text().contains("<script>alert(41)</script>"), "plain text stays text");
    }

    @Test
    void theHomePageShowsHostileMetadataAsText() {
        Document home = pages.get("index.html");
        for (Map.Entry<String, String> title : Map.of(
                "articles/gevaarlijk-md.html", "<script>alert(\"title\")</script> Gevaarlijke titel",
                "articles/gevaarlijk-html.html", "Kwaadaardige pagina <script>alert(21)</script>").entrySet()) {
            Element link = home.selectFirst("a[href=" + title.getKey() + "]");
            assertNotNull(link);
            assertEquals(title.getValue(), link.text());
            assertTrue(link.children().isEmpty());
        }
    }

    @Test
    void whatIsLeftOfTheHostileSeedsIsStillValidHtml() throws Exception {
        NuHtmlChecker checker = new NuHtmlChecker();
        List<String> problems = new java.util.ArrayList<>();
        for (String page : pages.keySet()) {
            checker.errors(site.resolve(page).toFile()).forEach(error -> problems.add(page + ":" + error));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
