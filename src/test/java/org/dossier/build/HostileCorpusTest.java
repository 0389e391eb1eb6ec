package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of more than 100 attack strings, each placed in every field a seed has: the body of a text, a
 * Markdown and an HTML seed, every metadata key that takes free text (title, source, author, url) in all
 * three formats, the names, aliases, descriptions and links of {@code entities.yml}, file names, a paragraph
 * two articles share (so it reaches {@code shared.html}) and a dated sentence (so it reaches the timeline).
 * Every page is parsed: nothing that could run script, no element a seed could use to load or send
 * anything, and the Content-Security-Policy on every page. The markers of the vectors are looked for in
 * the pages' text, so the test knows the attacks really reached them.
 */
class HostileCorpusTest {
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'self'";

    /** Payloads of my own; each is also wrapped to break out of an attribute, a comment and a raw-text element. */
    private static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"x\" onerror=\"alert(1)\">",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<body onload=alert(1)>",
            "<iframe src=javascript:alert(1)></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=javascript:alert(1)></object>",
            "<embed src=data:text/html,<script>alert(1)</script>>",
            "<a href=\"javascript:alert(1)\">klik</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">klik</a>",
            "<a href=\"java&#x09;script:alert(1)\">klik</a>",
            "<a href=\"&#106;avascript:alert(1)\">klik</a>",
            "<a href=\"vbscript:msgbox(1)\">klik</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">klik</a>",
            "<form action=javascript:alert(1)><button>Ga</button></form>",
            "<button formaction=javascript:alert(1)>Ga</button>",
            "<input autofocus onfocus=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<marquee onstart=alert(1)>",
            "<video><source onerror=alert(1)></video>",
            "<audio src=x onerror=alert(1)>",
            "<style>@import 'https://evil.example/x.css';</style>",
            "<link rel=stylesheet href=https://evil.example/x.css>",
            "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
            "<base href=https://evil.example/>",
            "<div style=\"background:url(javascript:alert(1))\">stijl</div>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<template><script>alert(1)</script></template>",
            "<table background=javascript:alert(1)>",
            "<isindex action=javascript:alert(1) type=image>",
            "{{ 7*7 }} {% raw %} ${7*7}");
    private static final List<String> WRAPPERS = List.of("%s", "\"'>%s", "--></title></textarea>%s");
    static final List<String> VECTORS = vectors();

    @TempDir
    static Path dir;
    static SortedMap<String, Document> pages;
    static BuildReport report;

    private static List<String> vectors() {
        List<String> all = new ArrayList<>();
        for (String wrapper : WRAPPERS) {
            for (String payload : PAYLOADS) all.add(String.format(Locale.ROOT, wrapper, payload));
        }
        return List.copyOf(all);
    }

    /** Letters only, so that words made with it are words to the tokenizer: 0 → "ba", 1 → "bb", … */
    private static String letters(int i) {
        return "" + (char) ('b' + i / 20) + (char) ('b' + i % 20);
    }

    private static String marker(int i) {
        return "merkteken" + letters(i);
    }

    /** A paragraph of words of its own, with the attack in it, that two articles share; dated for the timeline. */
    private static String sharedParagraph(int i, String vector) {
        String l = letters(i);
        return "Op " + (1 + i % 28) + " januari 2022 besprak havenbestuur" + l + " de kadeplannen" + l + " met waterschap" + l
                + " uitvoerig, " + vector + " " + marker(i) + ", en dijkwerker" + l + " noemde de sluisdeuren" + l
                + " volgens zeeloods" + l + " dringend.";
    }

    private static String yamlQuoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @BeforeAll
    static void buildTheCorpus() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        StringBuilder entities = new StringBuilder("entities:\n");
        for (int i = 0; i < VECTORS.size(); i++) {
            String v = VECTORS.get(i);
            String l = letters(i);
            String paragraph = sharedParagraph(i, v);
            Files.writeString(seeds.resolve("a" + l + ".txt"), "title " + v + " " + marker(i) + "\nsource " + v + "\nauthor " + v
                    + "\nurl " + v + "\ndate 2022-01-02\n\n" + paragraph + "\n\nZelenski sprak over " + v + " met Karel Smit" + l
                    + " in Kiev.\n", StandardCharsets.UTF_8);
            Files.writeString(seeds.resolve("b" + l + ".txt"), "title Tweede bericht " + l + "\ndate 2022-01-03\n\n" + paragraph
                    + "\n", StandardCharsets.UTF_8);
            Files.writeString(seeds.resolve("c" + l + ".md"), "---\ntitle: " + yamlQuoted(v) + "\nsource: " + yamlQuoted(v)
                    + "\nauthor: " + yamlQuoted(v) + "\nurl: " + yamlQuoted(v) + "\ndate: 2022-01-04\n---\n\n" + v + " " + marker(i)
                    + " staat in de tekst van dit artikel over de haven.\n\n[link](" + v + ") en ![beeld](" + v + ")\n\n> " + v
                    + "\n\n- " + v + "\n\n## " + v + "\n\nNog een alinea onder de kop.\n", StandardCharsets.UTF_8);
            String attribute = v.replace("&", "&amp;").replace("\"", "&quot;");
            // The parts that can swallow what follows them (an unclosed <style>, <noscript>, <title>) come after the text.
            Files.writeString(seeds.resolve("d" + l + ".html"), "<!DOCTYPE html><html lang=\"nl\"><head>"
                    + "<meta property=\"og:title\" content=\"" + attribute + "\"><meta property=\"og:site_name\" content=\"" + attribute
                    + "\"><meta name=\"author\" content=\"" + attribute + "\"><link rel=\"canonical\" href=\"" + attribute + "\">"
                    + "<meta property=\"article:published_time\" content=\"2022-01-05\"></head><body><article><h1>Kop " + l
                    + "</h1><p class=\"byline\">Door " + v + "</p><p>Het artikel " + marker(i)
                    + " staat in de tekst van deze pagina over de haven.</p><h2>" + v + "</h2><figure><figcaption>"
                    + v + " Foto AFP</figcaption></figure><blockquote>" + v + "</blockquote><blockquote class=\"twitter-tweet\">"
                    + v + "</blockquote><p>" + v + " en de haven.</p>"
                    + "</article><title>" + v + "</title></body></html>",
                    StandardCharsets.UTF_8);
            entities.append("  - name: ").append(yamlQuoted("Karel Smit" + l)).append("\n    type: person\n    aliases: [")
                    .append(yamlQuoted(v)).append("]\n    description: ").append(yamlQuoted(v + " " + marker(i)))
                    .append("\n    link: ").append(yamlQuoted(v)).append('\n');
        }
        // File names carry attacks too (all but '/', which no file name can hold).
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String name = "f" + letters(i) + " " + PAYLOADS.get(i).replace("/", "_");
            Files.writeString(seeds.resolve(name.substring(0, Math.min(name.length(), 200)) + ".txt"),
                    "title Bestandsnaam " + letters(i) + "\n\nDit artikel heeft een vijandige bestandsnaam, en verder gewone tekst.\n",
                    StandardCharsets.UTF_8);
        }
        Files.writeString(seeds.resolve("entities.yml"), entities.toString(), StandardCharsets.UTF_8);
        Path site = dir.resolve("site");
        report = new DossierBuild(new BuildConfig(seeds, FixtureSite.TEMPLATES, site), BuildListener.SILENT).run();
        assertTrue(report.succeeded(), () -> report.errors().toString());
        pages = FixtureSite.pages(site);
    }

    @Test
    void theCorpusHasMoreThanAHundredVectors() {
        assertTrue(VECTORS.size() >= 100, "vectors: " + VECTORS.size());
    }

    @Test
    void theVectorsReachTheirPagesAsText() {
        // The shared text may be cut into pages (shared.html, shared-2.html, …).
        String shared = pages.entrySet().stream().filter(e -> e.getKey().matches("shared(-\\d+)?\\.html"))
                .map(e -> e.getValue().text()).collect(java.util.stream.Collectors.joining(" "));
        String timeline = pages.get("timeline.html").text();
        String home = pages.get("index.html").text();
        for (int i = 0; i < VECTORS.size(); i++) {
            assertTrue(shared.contains(marker(i)), "shared.html shows the passage of vector " + i);
            assertTrue(timeline.contains(marker(i)), "timeline.html shows the event of vector " + i);
            assertTrue(home.contains(VECTORS.get(i) + " " + marker(i)), "the home page shows title " + i + " as written");
        }
        assertTrue(pages.keySet().stream().anyMatch(p -> p.startsWith("entities/") && pages.get(p).text().contains(marker(0))),
                "an entity page shows a description");
    }

    /**
     * The article template writes each kind of block's sanitised HTML raw. In this corpus every heading,
     * quote, embed, caption, list and unreadable block is made of a vector, so the page checks below hold
     * for each kind only if each kind is there to check.
     */
    @Test
    void vectorsReachEveryKindOfBlock() {
        for (String block : List.of("h2.block", "blockquote.block.quote", "blockquote.block.embed", "figure.block.caption",
                "div.block.list", "div.block.other", "p.block")) {
            long count = pages.entrySet().stream().filter(e -> e.getKey().startsWith("articles/"))
                    .mapToLong(e -> e.getValue().select(block).size()).sum();
            assertTrue(count > 0, "article pages hold no block " + block);
        }
    }

    @Test
    void everyPageCarriesTheContentSecurityPolicy() {
        pages.forEach((path, page) -> {
            List<Element> policies = page.select("head > meta[http-equiv=Content-Security-Policy]");
            assertEquals(1, policies.size(), path);
            assertEquals(POLICY, policies.get(0).attr("content"), path);
        });
    }

    @Test
    void noPageHasAnElementThatRunsLoadsOrSends() {
        pages.forEach((path, sent) -> {
            Document page = FixtureSite.withoutOwnSearch(path, sent);
            for (String tag : List.of("script", "iframe", "frame", "object", "embed", "applet", "form", "button", "input",
                    "textarea", "select", "style", "base", "img", "video", "audio", "source", "picture", "template",
                    "noscript", "math", "marquee", "isindex", "foreignObject", "image", "use", "animate", "set")) {
                assertTrue(page.select(tag).isEmpty(), path + " has <" + tag + ">: " + page.select(tag).outerHtml());
            }
            assertEquals(List.of("icon", "stylesheet"), page.select("link").eachAttr("rel"), path);
            for (Element svg : page.select("svg")) assertTrue(svg.parent().is("figure.drawing"), path + ": " + svg.outerHtml());
        });
    }

    @Test
    void noAttributeRunsScriptOrStyles() {
        pages.forEach((path, page) -> {
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    assertFalse(name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.equals("formaction")
                            || name.equals("background"), path + ": " + element.outerHtml());
                    // Text held in an attribute is not an address: the share metadata (og:title, og:description,
                    // description) and the value of a search filter's option (an outlet's name).
                    if (name.equals("content") && element.is("meta[property^=og:]:not([property=og:url]), meta[name=description]")) continue;
                    if (name.equals("value") && element.is("option")) continue;
                    String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    for (String scheme : List.of("javascript:", "vbscript:", "data:", "livescript:")) {
                        assertFalse(value.startsWith(scheme) || value.contains("url=" + scheme), path + ": " + element.outerHtml());
                    }
                }
            }
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                assertTrue(href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:") || !href.contains(":"),
                        path + ": " + link.outerHtml());
            }
        });
    }
}
