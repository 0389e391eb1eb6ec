package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.dossier.build.FixtureSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code seeds/dossier.yml} and {@code build --base-url}, through the command line: good settings name the
 * site, describe it and pick its language; a bad value is {@code path:line: message}, exit 1, and the
 * site of the last good build stays exactly as it was.
 */
class DossierSettingsTest {
    @TempDir
    Path dir;
    Path seeds;
    Path templates;
    Path site;
    Path settings;
    SortedMap<String, FixtureSite.FileState> before;

    @BeforeEach
    void buildAGoodSiteFirst() {
        seeds = dir.resolve("seeds");
        templates = dir.resolve("templates");
        site = dir.resolve("site");
        settings = seeds.resolve("dossier.yml");
        FixtureSite.copyTree(FixtureSite.SEEDS, seeds);
        FixtureSite.copyTree(FixtureSite.TEMPLATES, templates);
        CliRun good = build();
        assertEquals(0, good.code(), good::toString);
        before = FixtureSite.snapshot(site);
    }

    private CliRun build(String... more) {
        String[] args = {"build", "--seeds", seeds.toString(), "--templates", templates.toString(), "--out", site.toString()};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    private void settings(String yaml) throws IOException {
        Files.writeString(settings, yaml, StandardCharsets.UTF_8);
    }

    private void assertRefused(CliRun run, String file, int line, String says) {
        assertEquals(1, run.code(), run::toString);
        Pattern message = Pattern.compile("(?m)^" + Pattern.quote(file) + (line > 0 ? ":" + line : "") + ": (?!warning).*"
                + Pattern.quote(says) + ".*$");
        assertTrue(message.matcher(run.err()).find(), "expected '" + file + ":" + line + ": ..." + says + "...' in\n" + run);
        assertFalse(run.err().contains("Exception"), "no stack trace:\n" + run);
        assertEquals(before, FixtureSite.snapshot(site), "the previous site is left exactly as it was");
    }

    @Test
    void namesDescribesAndLocalisesTheSiteFromTheSettings() throws IOException {
        settings("""
                # the settings of this dossier
                title: Gesprekken over Oekraïne
                description: Wat twee kranten schreven over de gesprekken tussen Biden en Zelenski.
                language: en
                """);
        CliRun run = build();
        assertEquals(0, run.code(), run::toString);
        for (var page : FixtureSite.pages(site).entrySet()) {
            Document doc = page.getValue();
            assertEquals("en", doc.selectFirst("html").attr("lang"), page.getKey());
            assertTrue(doc.title().contains("Gesprekken over Oekraïne"), page.getKey() + ": " + doc.title());
            assertEquals("Gesprekken over Oekraïne", doc.selectFirst("meta[property=og:site_name]").attr("content"));
            assertEquals("Wat twee kranten schreven over de gesprekken tussen Biden en Zelenski.",
                    doc.selectFirst("meta[name=description]").attr("content"), page.getKey());
        }
        Document home = FixtureSite.parse(site.resolve("index.html"));
        assertEquals("Gesprekken over Oekraïne", home.selectFirst("h1").text());
        assertEquals("Wat twee kranten schreven over de gesprekken tussen Biden en Zelenski.", home.selectFirst("p.lead").text());
        assertEquals("Articles", home.selectFirst("nav a:nth-of-type(2)").text(), "the site speaks the language set");
        assertFalse(Files.exists(site.resolve("articles/dossier.html")), "dossier.yml is not an article");
    }

    @Test
    void showsATitleAndDescriptionWithMarkupAsText() throws IOException {
        settings("""
                title: "<b>Oekraïne</b> & <script>alert(1)</script>"
                description: "<img src=x onerror=alert(1)> beschrijving"
                """);
        CliRun run = build();
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.err().contains(settings + ":1: warning: 'title' contains markup"), run::toString);
        Document home = FixtureSite.parse(site.resolve("index.html"));
        assertEquals("<b>Oekraïne</b> & <script>alert(1)</script>", home.selectFirst("h1").text());
        assertTrue(home.select("h1 b, script, img").isEmpty(), "no markup from the settings reaches the page");
        assertEquals("<img src=x onerror=alert(1)> beschrijving", home.selectFirst("meta[name=description]").attr("content"));
        assertTrue(home.title().startsWith("<b>Oekraïne</b>"), home.title());
    }

    @Test
    void baseUrlFromTheCommandLineOverridesTheSettings() throws IOException {
        settings("baseUrl: https://example.org/van-het-bestand/\n");
        CliRun run = build("--base-url", "https://kranten.example/oekraine");
        assertEquals(0, run.code(), run::toString);
        Document home = FixtureSite.parse(site.resolve("index.html"));
        assertEquals("https://kranten.example/oekraine/", home.selectFirst("link[rel=canonical]").attr("href"));
        assertFalse(run.out().contains("left out"), run::toString);
    }

    @Test
    void withoutABaseUrlTheSummarySaysWhatWasLeftOutAndWhy() {
        CliRun run = build();
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("feed.xml, sitemap.xml, canonical links and og:url were left out"), run::toString);
        assertTrue(run.out().contains("--base-url"), "says how to get them");
        assertFalse(Files.exists(site.resolve("feed.xml")));
        assertFalse(Files.exists(site.resolve("sitemap.xml")));
    }

    @Test
    void theHintAboutUnsureNamesPointsToTheEntitiesFileOfTheSeedsInUse() {
        FixtureSite.copyTree(FixtureSite.FIXTURE_SEEDS, seeds); // one of them names "Overleg Plaats", an unsure name
        CliRun run = build();
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("confirm, correct or ignore them in " + seeds.resolve("entities.yml") + "):"), run::toString);
        assertTrue(run.out().lines().filter(line -> line.startsWith("  ")).noneMatch(line -> line.contains("seeds/entities.yml")),
                "the notes name no folder but the one in the heading: " + run);
    }

    @Test
    void refusesSettingsThatAreNotYaml() throws IOException {
        settings("title: Oekraïne\nlanguage: [nl\n");
        assertRefused(build(), settings.toString(), 3, "not valid YAML");
    }

    @Test
    void refusesSettingsThatExpandIntoAnAliasBomb() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        settings(bomb + "title: Oekraïne\n");
        assertRefused(build(), settings.toString(), 0, "aliases");
    }

    @Test
    void skipsSettingsThatLinkToAFileOutsideTheSeedsFolder() throws IOException {
        Path outside = Files.writeString(dir.resolve("private.yml"), "title: Geheim verslag\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(settings, outside);
        CliRun run = build();
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.err().contains(settings + ": warning: is a link to " + outside.toRealPath() + ", outside the seeds folder"), run::toString);
        String title = FixtureSite.parse(site.resolve("index.html")).title();
        assertFalse(title.contains("Geheim"), "the linked file's title reached the page: " + title);
    }

    @Test
    void refusesAnUnknownLanguage() throws IOException {
        settings("title: Oekraïne\nlanguage: fr\n");
        assertRefused(build(), settings.toString(), 2, "unknown language 'fr'");
    }

    @Test
    void refusesABaseUrlThatIsNotAbsoluteHttp() throws IOException {
        settings("\nbaseUrl: ftp://example.org/dossier/\n");
        assertRefused(build(), settings.toString(), 2, "is not an absolute http(s) address");
        settings("baseUrl: /dossier/\n");
        assertRefused(build(), settings.toString(), 1, "is not an absolute http(s) address");
    }

    @Test
    void refusesABadBaseUrlOnTheCommandLine() {
        assertRefused(build("--base-url", "example.org"), "--base-url", 0, "is not an absolute http(s) address");
    }

    @Test
    void refusesATitleThatIsNotText() throws IOException {
        settings("title:\n  - een\n  - lijst\n");
        assertRefused(build(), settings.toString(), 2, "'title' must be one line of text");
    }
}
