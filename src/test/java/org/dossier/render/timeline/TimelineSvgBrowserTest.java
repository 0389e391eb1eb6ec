package org.dossier.render.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.Chromium;
import org.dossier.model.PartialDate;
import org.dossier.model.TimelineEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The axis labels measured as Chromium draws them (SVG {@code getBBox()}), not as the drawing estimates
 * them: they never overlap, and each is no wider than the estimate the drawing lays them out by.
 */
class TimelineSvgBrowserTest {
    private static final String BOXES = """
            return Array.from(document.querySelectorAll('g.axis text')).map(t => {
              const b = t.getBBox();
              return {text: t.textContent, x: b.x, width: b.width};
            });""";

    @TempDir
    static Path dir;
    private static Chromium chromium;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Chromium.installed(), "Debian's chromium is not installed");
        chromium = Chromium.open(dir.resolve("chromium-profile"));
        browser = chromium.driver();
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) chromium.close();
    }

    private static List<TimelineEntry> spread(int days) {
        List<TimelineEntry> entries = new ArrayList<>();
        LocalDate start = LocalDate.of(2021, 11, 28);
        for (int i = 0; i <= 12; i++) {
            entries.add(TimelineSpanTest.entry("e" + i, PartialDate.of(start.plusDays((long) days * i / 12))));
        }
        return entries;
    }

    @Test
    @SuppressWarnings("unchecked")
    void labelsAsDrawnNeverOverlapAndFitTheirEstimate() throws Exception {
        List<List<TimelineEntry>> drawings = new ArrayList<>(List.of(TimelineSpanTest.bridgeStory()));
        for (int days : new int[] {5, 40, 150, 500, 4000, 40000}) drawings.add(spread(days));
        for (int i = 0; i < drawings.size(); i++) {
            for (var options : List.of(TimelineSvg.Options.dutch("T"), new TimelineSvg.Options("T", "#", java.util.Locale.ENGLISH))) {
                Path file = dir.resolve("timeline-" + i + "-" + options.locale() + ".svg");
                Files.writeString(file, TimelineSvg.render(drawings.get(i), options));
                browser.get(file.toUri().toString());
                List<Map<String, Object>> boxes = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(BOXES);
                assertFalse(boxes.isEmpty());
                double previousRight = Double.NEGATIVE_INFINITY;
                for (Map<String, Object> box : boxes) {
                    String text = (String) box.get("text");
                    double x = ((Number) box.get("x")).doubleValue();
                    double width = ((Number) box.get("width")).doubleValue();
                    assertTrue(x >= previousRight, file.getFileName() + ": '" + text + "' overlaps the label before it: " + boxes);
                    assertTrue(width <= TimeAxis.width(text), file.getFileName() + ": '" + text + "' is drawn " + width
                            + " px wide, wider than the " + TimeAxis.width(text) + " px it was laid out for");
                    previousRight = x + width;
                }
            }
        }
    }
}
