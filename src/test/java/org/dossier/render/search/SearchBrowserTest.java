package org.dossier.render.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.Chromium;
import org.dossier.build.BuildListener;
import org.dossier.build.BuildReport;
import org.dossier.build.DossierBuild;
import org.dossier.build.FixtureSite;
import org.dossier.build.TestFolders;
import org.dossier.build.BuildConfig;
import org.dossier.preview.Preview;
import org.dossier.preview.PreviewConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in a real browser (Debian's chromium through /usr/bin/chromedriver): the repository's seeds,
 * their entities file with one more alias ({@code Putin}) and one fixture article, built once and opened
 * from disk; one test searches through {@code serve} and sees the index follow an edit.
 */
class SearchBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SEARCH_SEEDS = Path.of("src", "test", "resources", "fixtures", "search", "seeds");

    @TempDir
    static Path dir;
    static BuildConfig config;
    static Chromium chromium;
    static WebDriver browser;

    @BeforeAll
    static void buildAndStartBrowser() throws Exception {
        assumeTrue(Chromium.installed(), "Debian's chromium is not installed (.ci/run installs it)");
        config = TestFolders.copyOfRepository(dir.resolve("dossier"));
        FixtureSite.copyTree(SEARCH_SEEDS, config.seeds());
        FixtureSite.copyTree(FixtureSite.FIXTURE_SEEDS, config.seeds());
        Path catalog = config.seeds().resolve(DossierBuild.ENTITY_CATALOG);
        String entities = Files.readString(catalog);
        assertTrue(entities.contains("aliases: [Poetin]"), "the seeds' entities file changed; adapt this test");
        Files.writeString(catalog, entities.replace("aliases: [Poetin]", "aliases: [Poetin, Putin]"));
        BuildReport report = new DossierBuild(config, BuildListener.SILENT).run();
        assertTrue(report.succeeded(), () -> report.diagnostics().toString());

        chromium = Chromium.open(dir.resolve("chromium-profile"), "--disable-quic");
        browser = chromium.driver();
        browser.manage().timeouts().pageLoadTimeout(WAIT);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) chromium.close();
    }

    /** Opens search.html from disk with these parameters and waits for the answer. */
    private static void searchFromDisk(String query) {
        open(config.out().resolve("search.html").toUri() + query);
    }

    private static void open(String url) {
        browser.get(url);
        awaitAnswer();
    }

    private static void awaitAnswer() {
        new WebDriverWait(browser, WAIT, Duration.ofMillis(20)).withMessage("the search never answered")
                .until(d -> "done".equals(d.findElement(By.id("search")).getDomAttribute("data-state")));
    }

    private static String q(String words) {
        return "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static List<WebElement> results() {
        return browser.findElements(By.cssSelector("#search-results > li"));
    }

    private static List<String> links() {
        return browser.findElements(By.cssSelector("#search-results > li h2 a")).stream().map(a -> a.getDomAttribute("href")).toList();
    }

    private static List<String> marks() {
        return browser.findElements(By.cssSelector("#search-results mark")).stream().map(WebElement::getText).toList();
    }

    /** The index parts the page has loaded since it was opened. */
    @SuppressWarnings("unchecked")
    private static List<String> loaded() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return DossierSearch.loaded();");
    }

    private static String status() {
        return browser.findElement(By.id("search-status")).getText();
    }

    @Test
    void zelenskiFromDiskShowsBothSeedArticlesAndThePerson() {
        searchFromDisk(q("Zelenski"));
        List<String> links = links();
        assertTrue(links.contains("articles/" + FixtureSite.FIRST_SEED + ".html"), links.toString());
        assertTrue(links.contains("articles/" + FixtureSite.SECOND_SEED + ".html"), links.toString());
        assertTrue(links.contains("entities/volodimir-zelenski.html"), links.toString());
        WebElement person = browser.findElement(By.cssSelector("#search-results li.result-person"));
        assertTrue(person.getText().contains("Volodimir Zelenski"), person.getText());
        // Dates in the site's language, as the pages write them: the second seed is dated 2 January 2022.
        List<String> metas = browser.findElements(By.cssSelector("#search-results li.result-article p.meta")).stream()
                .map(WebElement::getText).toList();
        assertTrue(metas.stream().anyMatch(m -> m.endsWith("2 januari 2022")), metas.toString());
        List<String> paragraphs = browser.findElements(By.cssSelector("#search-results li.result-paragraph h2 a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertFalse(paragraphs.isEmpty(), links.toString());
        for (String link : paragraphs) {
            String[] pageAndAnchor = link.split("#", 2);
            assertEquals(2, pageAndAnchor.length, "a paragraph result links to its block's anchor: " + link);
            var page = FixtureSite.parse(config.out().resolve(pageAndAnchor[0]));
            assertEquals(1, page.select("[id=" + pageAndAnchor[1] + "]").size(), link);
            assertTrue(page.getElementById(pageAndAnchor[1]).text().contains("Zelenski"), link);
        }
        assertTrue(marks().stream().allMatch(m -> m.equalsIgnoreCase("Zelenski")), marks().toString());
    }

    /** Every result of a query, in order, each page of them shown. */
    private static List<String> allLinks(String query) {
        searchFromDisk(q(query));
        WebElement more = browser.findElement(By.id("search-more"));
        while (more.isDisplayed()) {
            int shown = results().size();
            more.click();
            new WebDriverWait(browser, WAIT).until(d -> results().size() > shown);
        }
        return links();
    }

    /**
     * The results of a few queries, all pages of them, are those the index gave when things were numbered by
     * their place (format 1), in the same order, ties too: results of equal score and kind come in their
     * group's order (search/order/), not in the order of their numbers, which follow their ids' hashes. The
     * ties of the first five queries (the paragraph both seed articles share, two articles with "president" as
     * often in as many words, two timeline entries and two paragraphs with "Rusland" once in sentences as long)
     * happen to come in the same order by number; "januari" has two runs of timeline entries of equal weight
     * that number order puts the other way round (tl-ec6cc32127, tl-205db82661, tl-2e93ebc8c0 and tl-5037176cb5,
     * tl-98e1410537, each run by date).
     */
    @Test
    void resultsComeInTheOrderTheyCameInBeforeTheNumbersFollowedIds() {
        java.util.Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("Zelenski", List.of("articles/biden-zelenski-de-morgen.html",
                "entities/volodimir-zelenski.html",
                "articles/" + FixtureSite.SECOND_SEED + ".html",
                "articles/biden-zelenski-de-morgen.html#zelenski-tijdens-een-29a0b1",
                "timeline.html#tl-32137ef6ad",
                "articles/" + FixtureSite.SECOND_SEED + ".html#de-oekraiense-president-zelenski-cef5f0",
                "articles/biden-zelenski-de-morgen.html#de-amerikaanse-president-joe-f24ccc",
                "articles/" + FixtureSite.SECOND_SEED + ".html#de-russische-president-vladmir-0f6018",
                "articles/" + FixtureSite.FIRST_SEED + ".html",
                "articles/" + FixtureSite.SECOND_SEED + ".html#zowel-biden-als-zelenski-8ece50",
                "articles/" + FixtureSite.FIRST_SEED + ".html#president-biden-benadrukte-bf5420"));
        expected.put("Kiev", List.of("articles/kiev-verkiezingen.html",
                "entities/kiev.html",
                "articles/biden-zelenski-de-morgen.html",
                "articles/biden-zelenski-de-morgen.html#zelenski-tijdens-een-29a0b1",
                "timeline.html#tl-9cc70a13a9",
                "articles/kiev-verkiezingen.html#de-regering-in-kiev-f28b9c",
                "articles/" + FixtureSite.FIRST_SEED + ".html#rusland-heeft-tienduizenden-475c90",
                "articles/biden-zelenski-de-morgen.html#eerder-sprak-kiev-nog-f052d2",
                "articles/" + FixtureSite.FIRST_SEED + ".html",
                "articles/" + FixtureSite.SECOND_SEED + ".html#zowel-biden-als-zelenski-8ece50",
                "articles/" + FixtureSite.SECOND_SEED + ".html"));
        expected.put("Oekraïne", List.of("entities/oekraine.html",
                "articles/" + FixtureSite.FIRST_SEED + ".html",
                "articles/biden-zelenski-de-morgen.html#niets-over-oekraine-zonder-11f1da",
                "articles/" + FixtureSite.SECOND_SEED + ".html",
                "articles/biden-zelenski-de-morgen.html",
                "articles/kiev-verkiezingen.html",
                "timeline.html#tl-9cc70a13a9",
                "timeline.html#tl-20b95228e8",
                "articles/kiev-verkiezingen.html#de-regering-in-kiev-f28b9c",
                "articles/" + FixtureSite.SECOND_SEED + ".html#zowel-biden-als-zelenski-8ece50",
                "articles/" + FixtureSite.FIRST_SEED + ".html#president-biden-benadrukte-bf5420",
                "articles/" + FixtureSite.SECOND_SEED + ".html#de-oekraiense-president-zelenski-cef5f0",
                "articles/" + FixtureSite.FIRST_SEED + ".html#rusland-heeft-tienduizenden-475c90",
                "articles/" + FixtureSite.SECOND_SEED + ".html#op-10-januari-staat-56b122",
                "articles/" + FixtureSite.SECOND_SEED + ".html#donderdagavond-had-biden-al-23580f",
                "articles/" + FixtureSite.FIRST_SEED + ".html#de-amerikaanse-president-sprak-4eb302",
                "articles/" + FixtureSite.SECOND_SEED + ".html#de-amerikaanse-president-sprak-4eb302",
                "articles/" + FixtureSite.FIRST_SEED + ".html#donderdagavond-had-biden-al-6c6014",
                "articles/" + FixtureSite.FIRST_SEED + ".html#de-verenigde-staten-en-63ffe0"));
        expected.put("president", List.of("timeline.html#tl-41baf514d8",
                "articles/reuters-geneva-talks.html#the-talks-are-part-819566",
                "articles/reuters-geneva-talks.html",
                "articles/" + FixtureSite.SECOND_SEED + ".html",
                "articles/" + FixtureSite.FIRST_SEED + ".html",
                "articles/" + FixtureSite.SECOND_SEED + ".html#de-russische-president-vladmir-0f6018",
                "entities/joe-biden.html",
                "timeline.html#tl-6e308c65dd",
                "entities/vladimir-poetin.html",
                "entities/volodimir-zelenski.html",
                "timeline.html#tl-20b95228e8",
                "timeline.html#tl-32137ef6ad",
                "articles/" + FixtureSite.SECOND_SEED + ".html#president-biden-benadrukte-tot-c0a9fe",
                "timeline.html#tl-fa2952918f",
                "articles/" + FixtureSite.FIRST_SEED + ".html#president-biden-benadrukte-bf5420",
                "articles/" + FixtureSite.SECOND_SEED + ".html#de-oekraiense-president-zelenski-cef5f0",
                "articles/poetin-waarschuwt-nieuwsblad.html",
                "articles/biden-zelenski-de-morgen.html",
                "articles/biden-zelenski-de-morgen.html#de-amerikaanse-president-joe-f24ccc",
                "articles/" + FixtureSite.SECOND_SEED + ".html#op-10-januari-staat-56b122",
                "articles/poetin-waarschuwt-nieuwsblad.html#russisch-president-vladimir-02b4e0",
                "articles/" + FixtureSite.FIRST_SEED + ".html#de-verenigde-staten-en-63ffe0",
                "articles/" + FixtureSite.SECOND_SEED + ".html#donderdagavond-had-biden-al-23580f",
                "articles/" + FixtureSite.FIRST_SEED + ".html#de-amerikaanse-president-sprak-4eb302",
                "articles/" + FixtureSite.SECOND_SEED + ".html#de-amerikaanse-president-sprak-4eb302",
                "articles/" + FixtureSite.FIRST_SEED + ".html#donderdagavond-had-biden-al-6c6014"));
        expected.put("Rusland", List.of("entities/rusland.html",
                "entities/navo-rusland-raad.html",
                "entities/navo-rusland-raad-brussel.html",
                "articles/biden-zelenski-de-morgen.html",
                "articles/" + FixtureSite.FIRST_SEED + ".html",
                "articles/poetin-waarschuwt-nieuwsblad.html",
                "articles/biden-zelenski-de-morgen.html#gesprekken-tussen-de-vs-56761a",
                "timeline.html#tl-5037176cb5",
                "timeline.html#tl-736753aa5b",
                "articles/" + FixtureSite.SECOND_SEED + ".html",
                "timeline.html#tl-83cb359f49",
                "articles/poetin-waarschuwt-nieuwsblad.html#de-navo-rusland-raad-komt-0d84ec",
                "articles/" + FixtureSite.SECOND_SEED + ".html#zowel-biden-als-zelenski-8ece50",
                "timeline.html#tl-64a4a6beff",
                "timeline.html#tl-8e11cd59e2",
                "articles/" + FixtureSite.FIRST_SEED + ".html#rusland-heeft-tienduizenden-475c90",
                "articles/biden-zelenski-de-morgen.html#datum-overleg-plaats-9-02b673",
                "articles/poetin-waarschuwt-nieuwsblad.html#russisch-president-vladimir-02b4e0",
                "articles/" + FixtureSite.FIRST_SEED + ".html#de-verenigde-staten-en-63ffe0",
                "articles/" + FixtureSite.FIRST_SEED + ".html#de-amerikaanse-president-sprak-4eb302",
                "articles/" + FixtureSite.SECOND_SEED + ".html#de-amerikaanse-president-sprak-4eb302",
                "articles/" + FixtureSite.SECOND_SEED + ".html#op-10-januari-staat-56b122"));
        expected.put("januari", List.of("articles/biden-zelenski-de-morgen.html",
                "articles/reuters-geneva-talks.html",
                "articles/biden-zelenski-de-morgen.html#gesprekken-tussen-de-vs-56761a",
                "articles/reuters-geneva-talks.html#the-nato-russia-council-in-2822cc",
                "timeline.html#tl-736753aa5b",
                "timeline.html#tl-83cb359f49",
                "timeline.html#tl-64a4a6beff",
                "timeline.html#tl-8e11cd59e2",
                "articles/biden-zelenski-de-morgen.html#datum-overleg-plaats-9-02b673",
                "articles/poetin-waarschuwt-nieuwsblad.html",
                "timeline.html#tl-ec6cc32127",
                "timeline.html#tl-205db82661",
                "timeline.html#tl-2e93ebc8c0",
                "articles/biden-zelenski-de-morgen.html#in-januari-volgt-het-d277c5",
                "articles/" + FixtureSite.FIRST_SEED + ".html",
                "timeline.html#tl-5037176cb5",
                "timeline.html#tl-98e1410537",
                "articles/" + FixtureSite.SECOND_SEED + ".html",
                "articles/" + FixtureSite.FIRST_SEED + ".html#de-verenigde-staten-en-63ffe0",
                "timeline.html#tl-2de534943e",
                "articles/poetin-waarschuwt-nieuwsblad.html#de-navo-rusland-raad-komt-0d84ec",
                "articles/poetin-waarschuwt-nieuwsblad.html#amerikaanse-en-russische-13b08c",
                "timeline.html#tl-fa2952918f",
                "articles/" + FixtureSite.SECOND_SEED + ".html#op-10-januari-staat-56b122",
                "timeline.html#tl-77f452ab64",
                "articles/reuters-geneva-talks.html#we-discussed-the-path-ff1f23",
                "timeline.html#tl-a666822233",
                "articles/reuters-geneva-talks.html#russian-and-american-negotiators-6af039",
                "timeline.html#tl-0eb70c4397",
                "articles/" + FixtureSite.SECOND_SEED + ".html#the-first-international-talk-95005e"));
        expected.forEach((query, links) -> assertEquals(links, allLinks(query), query));
        assertTrue(loaded().contains("order/t"), "the ties of timeline entries loaded their order: " + loaded());
    }

    @Test
    void anAliasFromTheEntitiesFileFindsTheEntity() {
        searchFromDisk(q("putin"));
        List<String> links = links();
        assertEquals("entities/vladimir-poetin.html", links.get(0), links.toString());
    }

    @Test
    void aPhraseMustStandInTheTextWordForWord() {
        searchFromDisk(q("\"niets over jullie zonder jullie\""));
        List<String> links = links();
        assertTrue(links.stream().anyMatch(l -> l.startsWith("articles/" + FixtureSite.FIRST_SEED + ".html#")), links.toString());
        searchFromDisk(q("\"jullie zonder niets\""));
        assertTrue(results().isEmpty(), links().toString());
        assertEquals(word("search.none"), status());
    }

    @Test
    void aWordWithoutItsDiacriticsFindsThem() {
        searchFromDisk(q("oekraine"));
        assertFalse(results().isEmpty());
        assertTrue(marks().contains("Oekraïne"), marks().toString());
    }

    @Test
    void inflectedFormsFindEachOther() {
        searchFromDisk(q("verkiezing"));
        assertTrue(links().contains("articles/kiev-verkiezingen.html"), links().toString());
        assertTrue(marks().contains("verkiezingen"), marks().toString());
        searchFromDisk(q("talks"));
        assertTrue(marks().contains("talk"), "the seed's 'talk' is found by 'talks': " + marks());
        assertTrue(marks().contains("talks"), marks().toString());
    }

    @Test
    void aCompoundIsFoundByItsHead() {
        searchFromDisk(q("dialoog"));
        assertTrue(links().contains("articles/kiev-verkiezingen.html"), links().toString());
        assertTrue(marks().contains("veiligheidsdialoog"), marks().toString());
    }

    @Test
    void allWordsMustMatch() {
        searchFromDisk(q("veiligheidsdialoog voorjaar"));
        assertEquals(List.of("articles/kiev-verkiezingen.html"), links());
    }

    @Test
    void filtersKeepOnlyWhatTheyName() {
        searchFromDisk(q("Zelenski") + "&kind=person");
        assertEquals(List.of("entities/volodimir-zelenski.html"), links());
        searchFromDisk(q("talks") + "&lang=en");
        assertFalse(links().isEmpty());
        assertTrue(links().stream().allMatch(l -> l.startsWith("articles/" + FixtureSite.TEXT_FIXTURE + ".html")), links().toString());
        searchFromDisk(q("Oekraïne") + "&outlet=" + URLEncoder.encode("Het Proefblad", StandardCharsets.UTF_8));
        assertFalse(links().isEmpty());
        assertTrue(links().stream().allMatch(l -> l.startsWith("articles/kiev-verkiezingen.html")), links().toString());
        // A period keeps what may fall in it: the first seed is dated to the month, January 2022.
        searchFromDisk(q("Oekraine") + "&from=2022-01-15&kind=article");
        assertTrue(links().contains("articles/kiev-verkiezingen.html"), links().toString());
        assertTrue(links().contains("articles/" + FixtureSite.FIRST_SEED + ".html"), links().toString());
        assertFalse(links().contains("articles/" + FixtureSite.SECOND_SEED + ".html"), "dated 2 January: " + links());
        searchFromDisk(q("Oekraine") + "&to=2021-12-31&kind=article");
        assertTrue(results().isEmpty(), links().toString());
    }

    @Test
    void aQueryWithMarkupShowsAsText() {
        String hostile = "<img src=x onerror=\"document.title='owned'\"> <b>verkiezingen</b>";
        searchFromDisk(q(hostile));
        assertTrue(browser.findElements(By.cssSelector("#search img, #search b, #search script")).isEmpty());
        assertFalse(browser.getTitle().contains("owned"));
        assertEquals(hostile, browser.findElement(By.id("search-q")).getDomProperty("value"));
        // The fixture's markup, written as text in its seed, is found and shown as text.
        searchFromDisk(q("\"script alert 1 script\""));
        assertTrue(links().stream().allMatch(l -> l.startsWith("articles/kiev-verkiezingen.html")), links().toString());
        WebElement paragraph = browser.findElement(By.cssSelector("#search-results li.result-paragraph .snippet"));
        assertTrue(paragraph.getText().contains("<script>alert(1)</script>"), paragraph.getText());
        assertTrue(browser.findElements(By.cssSelector("#search script")).isEmpty());
    }

    @Test
    void emptyAndVeryLongQueriesAnswerAtOnceWithAMessage() {
        searchFromDisk("");
        assertEquals(word("search.empty"), status());
        searchFromDisk(q("oekraine ".repeat(1112)));
        assertEquals(word("search.tooLong"), status());
        assertTrue(results().isEmpty());
        searchFromDisk(q("de het een"));
        assertEquals(word("search.onlyCommon"), status());
    }

    @Test
    void theHeaderBoxOfAnyPageSearches() {
        browser.get(config.out().resolve("articles/" + FixtureSite.FIRST_SEED + ".html").toUri().toString());
        WebElement box = browser.findElement(By.cssSelector("header form[role=search] input[name=q]"));
        box.sendKeys("Poetin", Keys.ENTER);
        awaitAnswer();
        assertTrue(browser.getCurrentUrl().contains("search.html?q=Poetin"), browser.getCurrentUrl());
        assertTrue(links().contains("entities/vladimir-poetin.html"), links().toString());
        // A second query on the search page answers in place.
        WebElement field = browser.findElement(By.id("search-q"));
        field.clear();
        field.sendKeys("verkiezing", Keys.ENTER);
        new WebDriverWait(browser, WAIT).until(d -> links().contains("articles/kiev-verkiezingen.html"));
    }

    @Test
    void throughServeTheIndexFollowsAnEdit() throws Exception {
        Path copy = dir.resolve("served");
        BuildConfig served = TestFolders.copyOfRepository(copy);
        try (Preview preview = Preview.start(new PreviewConfig(served, PreviewConfig.loopback(), 0), BuildListener.SILENT,
                System.out, System.err)) {
            open(preview.url().resolve("search.html").toString() + q("Zelenski"));
            assertTrue(links().contains("entities/volodimir-zelenski.html"), links().toString());
            open(preview.url().resolve("search.html").toString() + q("kwartelkoning"));
            assertTrue(results().isEmpty());

            Path seed = served.seeds().resolve(FixtureSite.FIRST_SEED + ".txt");
            Files.writeString(seed, Files.readString(seed) + "\nIn de tuin van het Witte Huis zong een kwartelkoning.\n");
            new WebDriverWait(browser, WAIT, Duration.ofMillis(250)).withMessage("the rebuilt index never found the new word")
                    .until(d -> {
                        open(preview.url().resolve("search.html").toString() + q("kwartelkoningen"));
                        return links().stream().anyMatch(l -> l.startsWith("articles/" + FixtureSite.FIRST_SEED + ".html#"));
                    });
        }
    }

    /** A word of the site's own, in the language of the fixture's site (its seeds are Dutch). */
    private static String word(String key) {
        try {
            return org.dossier.render.i18n.Messages.load(java.nio.file.Path.of("templates"), "nl").text(key);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
