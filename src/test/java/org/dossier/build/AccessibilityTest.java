package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.Chromium;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.ingest.Ingester;
import org.dossier.model.Dossier;
import org.dossier.model.EntityCatalog;
import org.dossier.render.RenderMemory;
import org.dossier.render.PageSizes;
import org.dossier.render.SiteRenderer;
import org.dossier.render.Templates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Every kind of page of the fixture dossier (rendered with pages of two items, so the lists' page
 * navigation is there too), opened from disk in Debian's Chromium and checked by axe-core in the light and
 * the dark colour scheme: no serious or critical violation. Also: the skip link is the first thing the
 * keyboard reaches, shows itself when focused and leads to the content, and links show where the focus is.
 */
class AccessibilityTest {
    private static final List<String> BLOCKING = List.of("serious", "critical");

    @TempDir
    static Path dir;
    static Path site;
    static Chromium chromium;
    static ChromeDriver browser;

    @BeforeAll
    static void renderAndOpenTheBrowser() throws Exception {
        assumeTrue(Chromium.installed(),
                "Debian's chromium and chromedriver are not installed (.ci/run installs them)");
        Dossier dossier = Analysis.analyse(new Ingester().ingest(FixtureSite.seeds(dir), n -> {}).articles(),
                EntityCatalog.empty(), Gazetteers.loadDefault()).dossier();
        site = dir.resolve("site");
        new SiteRenderer(new Templates(FixtureSite.TEMPLATES), RenderMemory.none(), new PageSizes(2, 2, 2, 2, 2))
                .render(dossier, (path, bytes) -> {
                    try {
                        Path file = site.resolve(path);
                        Files.createDirectories(file.getParent());
                        Files.write(file, bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, n -> {});
        chromium = Chromium.open(dir.resolve("chromium-profile"), "--window-size=1280,900");
        browser = chromium.driver();
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // axe is injected by WebDriver; the pages' Content-Security-Policy must not keep the checker out.
        browser.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (chromium != null) chromium.close();
    }

    /** One page of each kind, the later pages of the lists included. */
    private static List<String> pagesOfEveryKind() throws IOException {
        List<String> pages = new ArrayList<>(List.of("index.html", "index-2.html", "shared.html", "shared-2.html",
                "entities.html", "entities-2.html", "timeline.html", "outlets.html"));
        try (var files = Files.walk(site)) {
            List<String> all = files.map(f -> site.relativize(f).toString().replace('\\', '/')).sorted().toList();
            all.stream().filter(p -> p.startsWith("articles/")).forEach(pages::add); // one of each seed format
            all.stream().filter(p -> p.matches("entities/[a-z0-9-]+\\.2\\.html")).findFirst().ifPresent(p -> {
                pages.add(p.replace(".2.html", ".html"));
                pages.add(p);
            });
            all.stream().filter(p -> p.matches("timeline-.+\\.html")).findFirst().ifPresent(pages::add);
            all.stream().filter(p -> p.startsWith("outlets/")).findFirst().ifPresent(pages::add);
        }
        return pages;
    }

    private static void scheme(String colours) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", colours))));
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    @Test
    void everyKindOfPageHasNoSeriousViolationInLightOrDark() throws IOException {
        List<String> pages = pagesOfEveryKind();
        assertTrue(pages.size() >= 15, "pages of every kind: " + pages);
        List<String> problems = new ArrayList<>();
        for (String colours : List.of("light", "dark")) {
            scheme(colours);
            for (String page : pages) {
                assertTrue(Files.isRegularFile(site.resolve(page)), page + " was written");
                browser.get(site.resolve(page).toUri().toString());
                assertEquals(colours.equals("dark"), script("return matchMedia('(prefers-color-scheme: dark)').matches"),
                        "the page sees the " + colours + " scheme");
                Results results = new AxeBuilder().analyze(browser);
                assertTrue(!results.isErrored(), () -> "axe ran on " + page + ": " + results.getErrorMessage());
                for (Rule rule : results.getViolations()) {
                    if (!BLOCKING.contains(rule.getImpact())) continue;
                    problems.add(colours + " " + page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                            + rule.getNodes().stream().limit(3).map(n -> n.getTarget() + " " + n.getFailureSummary()).toList());
                }
            }
        }
        scheme("light");
        assertEquals(List.of(), problems);
    }

    @Test
    void theSkipLinkComesFirstShowsItselfAndLeadsToTheContent() {
        browser.get(site.resolve("index.html").toUri().toString());
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("skip", focused.getAttribute("class"), "the first Tab reaches the skip link");
        assertTrue(focused.getRect().getX() >= 0 && focused.isDisplayed(), "the focused skip link is on screen");
        assertNotEquals("none", focused.getCssValue("outline-style"), "the focused skip link shows the focus");
        focused.sendKeys(Keys.ENTER);
        assertTrue(browser.getCurrentUrl().endsWith("#main"), browser.getCurrentUrl());
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals(true, script("return document.querySelector('main').contains(document.activeElement)"),
                "after the skip link the next Tab goes on in the content, past the navigation");
    }

    @Test
    void linksShowWhereTheFocusIs() {
        browser.get(site.resolve("index.html").toUri().toString());
        new Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("brand", focused.getAttribute("class"), "the second Tab reaches the site's name");
        assertNotEquals("none", focused.getCssValue("outline-style"), "a focused link has a visible outline");
        assertTrue(Double.parseDouble(focused.getCssValue("outline-width").replace("px", "")) >= 2, focused.getCssValue("outline-width"));
    }
}
