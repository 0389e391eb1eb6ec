package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.dossier.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages on a phone 390 px wide, in Chromium: none is wider than the screen (a wide table scrolls in
 * its own box instead of pushing the page sideways).
 */
class NarrowScreenTest {
    private static final int PHONE = 390;

    @TempDir
    static Path dir;
    static Path site;
    static Chromium chromium;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpenABrowser() throws Exception {
        assumeTrue(Chromium.installed(), "Debian's chromium is not installed (.ci/run installs it)");
        site = dir.resolve("site");
        FixtureSite.build(FixtureSite.seeds(dir), site);
        chromium = Chromium.open(dir.resolve("chromium-profile"), "--hide-scrollbars");
        browser = chromium.driver();
        browser.manage().window().setSize(new Dimension(PHONE, 844));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (chromium != null) chromium.close();
    }

    @Test
    void noPageIsWiderThanAPhone() {
        for (String page : List.of("shared.html", "index.html", "timeline.html", "entities.html", "data.html",
                "articles/" + FixtureSite.FIRST_SEED + ".html")) {
            browser.get(site.resolve(page).toUri().toString());
            long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth;");
            long content = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
            assertTrue(viewport <= PHONE, "the window is a phone's: " + viewport);
            assertTrue(content <= viewport, page + " is " + content + " px wide on a " + viewport + " px screen");
        }
    }
}
