package org.dossier.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.Chromium;
import org.dossier.build.BuildConfig;
import org.dossier.build.BuildListener;
import org.dossier.build.BuildReport;
import org.dossier.build.DossierBuild;
import org.dossier.model.Dossier;
import org.dossier.model.EntityCatalog;
import org.dossier.render.search.SearchIndex;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search at scale: builds N Reuters-21578 stories (default 10,000), then prints the index's size, the
 * time the index adds to the build, and, in headless Chromium from {@code file://}, for a few first
 * queries on a freshly loaded search page, the bytes of index files the query loaded and the time from
 * submit to results shown. Heavy; run it alone, from the repository root:
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.dossier.benchmark.SearchBenchmark -Dexec.args="10000 /work/shared/data/reuters21578"
 * </pre>
 */
public final class SearchBenchmark {
    private static final List<String> QUERIES = List.of("oil prices", "trade deficit japan", "\"interest rates\"",
            "dollar", "opec output", "bank of england", "zinc");

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path corpus = args.length > 1 ? Path.of(args[1]) : ReutersCorpus.DEFAULT_DIR;
        List<ReutersCorpus.Story> stories = ReutersCorpus.withBodies(corpus);
        count = Math.min(count, stories.size());
        Path scratch = Files.createTempDirectory("dossier-search-benchmark");
        try {
            Path seeds = ReutersCorpus.writeSeeds(stories.subList(0, count), scratch.resolve("seeds"));
            Path site = scratch.resolve("site");
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            BuildReport report = new DossierBuild(new BuildConfig(seeds, Path.of("templates"), site), BuildListener.SILENT).run();
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            double buildCpu = (processCpuNanos() - cpuStart) / 1e9;
            if (!report.succeeded()) throw new IllegalStateException("build failed: " + report.errors());
            System.out.printf(Locale.ROOT, "%d Reuters stories built in %.1f s, %.1f s of CPU time (the index included)%n",
                    count, buildSeconds, buildCpu);

            // What the index costs: making its files (the JIT warm, as in the build), and writing them.
            Dossier dossier = report.dossier().orElseThrow();
            Map<String, byte[]> files = null;
            long best = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long t = System.nanoTime();
                long cpu = processCpuNanos();
                files = SearchIndex.none().files(dossier, EntityCatalog.empty());
                best = Math.min(best, System.nanoTime() - t);
                bestCpu = Math.min(bestCpu, processCpuNanos() - cpu);
            }
            // A preview rebuild in which no article changed: every article's terms are remembered.
            org.dossier.render.search.reuse.RememberedSearchIndex remembering = new org.dossier.render.search.reuse.RememberedSearchIndex();
            remembering.files(dossier, EntityCatalog.empty());
            remembering.endBuild();
            long rebuildCpu = processCpuNanos();
            long rebuild = System.nanoTime();
            remembering.files(dossier, EntityCatalog.empty());
            double rebuildSeconds = (System.nanoTime() - rebuild) / 1e9;
            double rebuildCpuSeconds = (processCpuNanos() - rebuildCpu) / 1e9;
            Path written = scratch.resolve("index-only");
            long t = System.nanoTime();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = written.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            double writeSeconds = (System.nanoTime() - t) / 1e9;
            double indexSeconds = best / 1e9;
            long total = files.values().stream().mapToLong(b -> b.length).sum();
            System.out.printf(Locale.ROOT, "index: %d files, %.1f MB in all; largest file %.0f KB; meta.js %.0f KB%n",
                    files.size(), total / 1048576.0,
                    files.values().stream().mapToInt(b -> b.length).max().orElse(0) / 1024.0,
                    files.get("search/meta.js").length / 1024.0);
            double added = indexSeconds + writeSeconds;
            System.out.printf(Locale.ROOT, "build time added: making %.2f s (best of 3) + writing %.2f s = %.2f s, "
                    + "%.1f%% of the build without it (%.1f s)%n", indexSeconds, writeSeconds, added,
                    100 * added / (buildSeconds - added), buildSeconds - added);
            // CPU time does not count the time other processes of a shared machine take from this one.
            double indexCpu = bestCpu / 1e9;
            System.out.printf(Locale.ROOT, "CPU time: making the index %.2f s (best of 3), %.1f%% of the build's CPU time without it (%.1f s)%n",
                    indexCpu, 100 * indexCpu / (buildCpu - indexCpu), buildCpu - indexCpu);
            System.out.printf(Locale.ROOT, "rebuild of the index with every article's terms remembered: %.2f s, %.2f s of CPU time%n",
                    rebuildSeconds, rebuildCpuSeconds);

            browse(site, scratch);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void browse(Path site, Path scratch) throws IOException {
        try (Chromium chromium = Chromium.open(scratch.resolve("chromium-profile"))) {
            WebDriver browser = chromium.driver();
            for (String query : QUERIES) {
                for (int run = 0; run < 2; run++) {
                    // A fresh page each time, so nothing of the index is loaded yet: a first query.
                    browser.get(site.resolve("search.html").toUri() + "?fresh=" + run);
                    new WebDriverWait(browser, Duration.ofSeconds(30))
                            .until(d -> "done".equals(d.findElement(By.id("search")).getDomAttribute("data-state")));
                    WebElement field = browser.findElement(By.id("search-q"));
                    field.sendKeys(query);
                    ((JavascriptExecutor) browser).executeScript("document.getElementById('search').removeAttribute('data-state');");
                    field.sendKeys(Keys.ENTER);
                    new WebDriverWait(browser, Duration.ofSeconds(60))
                            .until(d -> "done".equals(d.findElement(By.id("search")).getDomAttribute("data-state")));
                    String ms = browser.findElement(By.id("search")).getDomAttribute("data-ms");
                    // Every part the page loaded: meta.js (loaded with the page) and what the query added.
                    @SuppressWarnings("unchecked")
                    List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript("return DossierSearch.loaded();");
                    long bytes = 0;
                    for (String name : loaded) bytes += Files.size(site.resolve("search/" + name + ".js"));
                    String status = browser.findElement(By.id("search-status")).getText();
                    System.out.printf(Locale.ROOT, "query %-22s run %d: %s ms from submit to results; %d index files, %.0f KB loaded (meta.js included); %s%n",
                            query, run + 1, ms, loaded.size(), bytes / 1024.0, status);
                }
            }
        }
    }

    /** CPU time of all the JVM's threads. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
