package org.dossier.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dossier.Chromium;
import org.dossier.build.BuildConfig;
import org.dossier.build.BuildListener;
import org.dossier.build.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview in a real browser (Debian's chromium, driven through /usr/bin/chromedriver; nothing is
 * downloaded): an open article shows an edit without a manual reload, shows a failed rebuild as an
 * overlay over the last good text, and loses the overlay when the seed is fixed.
 */
class PreviewBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String A = "000_612085df6fbf3f80";
    private static final String OVERLAY = "dossier-error-overlay";

    @TempDir
    Path dir;
    private Preview preview;
    private Chromium chromium;
    private WebDriver browser;
    private BuildConfig config;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Chromium.installed(), "Debian's chromium is not installed (.ci/run installs it)");
        config = TestFolders.copyOfRepository(dir.resolve("dossier"));
        PrintStream log = new PrintStream(console, true, StandardCharsets.UTF_8);
        preview = Preview.start(new PreviewConfig(config, PreviewConfig.loopback(), 0), BuildListener.SILENT, log, log);

        chromium = Chromium.open(dir.resolve("chromium-profile"), "--disable-quic");
        browser = chromium.driver();
        browser.manage().timeouts().pageLoadTimeout(WAIT);
    }

    @AfterEach
    void stop() {
        if (chromium != null) chromium.close();
        if (preview != null) preview.close();
    }

    private String text() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** Waits that look again when the page was replaced (a reload) between finding an element and reading it. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, WAIT, Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private String overlayText() {
        return browser.findElement(By.id(OVERLAY)).getText();
    }

    @Test
    void showsEditsAndErrorsInAnOpenPage() throws Exception {
        Path seed = config.seeds().resolve(A + ".txt");
        browser.get(preview.url().resolve("articles/" + A + ".html").toString());
        assertTrue(text().contains("Rusland heeft tienduizenden troepen gestationeerd"));
        ((JavascriptExecutor) browser).executeScript("window.dossierTestMark = 'still the first load';");

        // Edit the seed: the page shows the new text by itself.
        String edited = Files.readString(seed) + "\nDe redactie voegde deze alinea later toe.\n";
        Files.writeString(seed, edited);
        waiting().withMessage(() -> "the edit did not show; console:\n" + console)
                .until(d -> text().contains("De redactie voegde deze alinea later toe."));
        assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.dossierTestMark;"),
                "the page was reloaded, not patched");

        // Break it: invalid UTF-8, and a second broken seed whose name is markup. The overlay shows both,
        // as text, over the last good page.
        Files.write(seed, new byte[] {'t', 'i', 't', 'e', 'l', '\n', 'a', (byte) 0xFF, 'b', '\n'});
        Path markup = config.seeds().resolve("<img src=x onerror=document.title='owned'>.txt");
        Files.write(markup, new byte[] {(byte) 0xC3, '(', '\n'});
        waiting().withMessage(() -> "no overlay; console:\n" + console)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(OVERLAY)));
        waiting().until(d -> overlayText().contains("<img src=x onerror=document.title='owned'>.txt:1:1"));
        String shown = overlayText();
        assertTrue(shown.contains(seed + ":2:2: is not valid UTF-8: byte 0xFF cannot start a character"), shown);
        assertTrue(shown.contains(org.dossier.render.i18n.Messages.load(config.templates(), "nl").text("preview.failed")),
                "the overlay speaks the site's language: " + shown);
        assertTrue(browser.findElements(By.cssSelector("#" + OVERLAY + " img")).isEmpty(), "markup in messages stays text");
        assertNotEquals("owned", browser.getTitle());
        assertTrue(text().contains("De redactie voegde deze alinea later toe."), "the last good text stays");

        // Fix it: the overlay goes.
        Files.delete(markup);
        Files.writeString(seed, edited);
        waiting().withMessage(() -> "the overlay stayed; console:\n" + console)
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(OVERLAY)));
        assertTrue(text().contains("De redactie voegde deze alinea later toe."));
        assertFalse(Files.readString(config.out().resolve("articles/" + A + ".html")).contains("__dossier"),
                "the hook is in what serve sends, never in the built file");
    }

    /** The policy every page of the site carries (see base.peb); added here when the templates do not have it yet. */
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'self'";

    @Test
    void reloadsAndShowsTheOverlayUnderTheSitesContentSecurityPolicy() throws Exception {
        Path base = config.templates().resolve("base.peb");
        String template = Files.readString(base);
        if (!template.contains("Content-Security-Policy")) {
            Files.writeString(base, template.replace("<meta charset=\"utf-8\">",
                    "<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">"));
        }
        browser.get(preview.url().resolve("articles/" + A + ".html").toString());
        waiting().withMessage(() -> "the page never carried the policy; console:\n" + console)
                .until(d -> !d.findElements(By.cssSelector("meta[http-equiv=Content-Security-Policy]")).isEmpty());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.dossierViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.dossierViolations.push(e.violatedDirective + ' ' + e.blockedURI));");

        Path seed = config.seeds().resolve(A + ".txt");
        String good = Files.readString(seed);
        Files.write(seed, new byte[] {'t', 'i', 't', 'e', 'l', '\n', 'a', (byte) 0xFF, 'b', '\n'});
        waiting().withMessage(() -> "no overlay under the policy; console:\n" + console)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(OVERLAY)));
        assertTrue(overlayText().contains(seed + ":2:2: is not valid UTF-8"), overlayText());
        assertEquals("fixed", browser.findElement(By.id(OVERLAY)).getCssValue("position"),
                "the overlay's style, set from the script file, applies under style-src 'self'");
        assertEquals(java.util.List.of(), js.executeScript("return window.dossierViolations;"), "nothing was blocked");

        Files.writeString(seed, good + "\nNa de fout weer goed.\n");
        waiting().withMessage(() -> "no reload under the policy; console:\n" + console)
                .until(d -> text().contains("Na de fout weer goed."));
        assertTrue(browser.findElements(By.id(OVERLAY)).isEmpty());
    }
}
