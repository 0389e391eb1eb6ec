package org.dossier.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.Chromium;
import org.dossier.build.BuildConfig;
import org.dossier.build.BuildListener;
import org.dossier.build.BuildMemory;
import org.dossier.build.BuildReport;
import org.dossier.build.DossierBuild;
import org.dossier.preview.Preview;
import org.dossier.preview.PreviewConfig;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview's speed on a large dossier (Reuters-21578 stories as seeds in a scratch folder): a full
 * build, the incremental rebuild after one seed changed, the time from saving a seed to the open page
 * being told to reload (in-process, over the real event stream), and, when Debian's chromium is
 * installed, to the reloaded page in a browser.
 *
 * <p>Arguments: {@code [articles=5000] [rounds=10] [corpus folder]}. Run it with the options {@code java -jar
 * dossier.jar serve} gives its JVM ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}, see {@code
 * launch.TunedLaunch}) to measure what a user's preview does: with the JVM's defaults its rebuilds took 1.6 times as
 * long (1.35 s against 0.84 s, one run each).
 */
public final class PreviewBenchmark {
    private static final PrintStream OUT = System.out;

    private PreviewBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path corpus = args.length > 2 ? Path.of(args[2]) : ReutersCorpus.DEFAULT_DIR;
        Path scratch = Files.createTempDirectory("dossier-preview-benchmark");
        try {
            List<ReutersCorpus.Story> stories = ReutersCorpus.withBodies(corpus);
            if (stories.size() < articles) throw new IllegalArgumentException("the corpus has only " + stories.size() + " stories with a body");
            stories = stories.subList(0, articles);
            Path seeds = ReutersCorpus.writeSeeds(stories, scratch.resolve("seeds"));
            Path templates = scratch.resolve("templates");
            copyTree(Path.of("templates"), templates);
            OUT.printf(Locale.ROOT, "Preview benchmark: %d Reuters-21578 articles, %d rounds, %d processors, load average %.1f%n",
                    articles, rounds, Runtime.getRuntime().availableProcessors(), load());

            List<Path> edited = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                edited.add(seeds.resolve(String.format("reuters-%05d.txt", stories.get((i * 7919 + articles / 2) % articles).newId())));
            }
            long[] full = fullBuilds(new BuildConfig(seeds, templates, scratch.resolve("site-full")));
            long[] incremental = incrementalBuilds(new BuildConfig(seeds, templates, scratch.resolve("site-incremental")), edited);
            OUT.printf(Locale.ROOT, "rebuild / full build:        %5.1f%% of the wall time, %5.1f%% of the CPU time (medians vs the warm full build)%n",
                    100.0 * incremental[0] / full[0], 100.0 * incremental[1] / full[1]);
            saveToReload(new BuildConfig(seeds, templates, scratch.resolve("site-preview")), edited, rounds);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Wall and process CPU time of a plain build, cold and then warm; returns the warm one's. */
    private static long[] fullBuilds(BuildConfig config) {
        long[] warm = null;
        for (String which : List.of("cold", "warm")) {
            resetPeaks();
            long cpu = processCpuMillis();
            BuildReport report = check(new DossierBuild(config, BuildListener.SILENT).run());
            cpu = processCpuMillis() - cpu;
            OUT.printf(Locale.ROOT, "full build (%s JVM):         %6d ms wall  %6d ms CPU  %5.0f articles/s  %5d files written  peak heap %4d MB%n",
                    which, report.millis(), cpu, report.dossier().orElseThrow().articles().size() * 1000.0 / report.millis(),
                    report.published().orElseThrow().written(), peakHeapMegabytes());
            warm = new long[] {report.millis(), cpu};
        }
        return warm;
    }

    /** Wall and process CPU medians of a rebuild after one seed changed. */
    private static long[] incrementalBuilds(BuildConfig config, List<Path> edited) throws IOException {
        BuildMemory memory = BuildMemory.remembering();
        BuildReport first = check(new DossierBuild(config, BuildListener.SILENT, memory).run());
        OUT.printf(Locale.ROOT, "first build with memory:     %6d ms wall%n", first.millis());
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        int written = 0;
        resetPeaks();
        for (int i = 0; i < edited.size(); i++) {
            Path seed = edited.get(i);
            Files.writeString(seed, Files.readString(seed) + "\nAn editor added this sentence, number " + i + ".\n");
            memory.forgetSeed(seed);
            long cpuStart = processCpuMillis();
            BuildReport report = check(new DossierBuild(config, BuildListener.SILENT, memory).run());
            cpu.add(processCpuMillis() - cpuStart);
            times.add(report.millis());
            written += report.published().orElseThrow().written();
        }
        OUT.printf(Locale.ROOT, "rebuild after 1 seed edit:   median %4d ms wall (min %d, max %d)  median %4d ms CPU  "
                        + "%.1f files written per rebuild  peak heap %d MB%n",
                median(times), Collections.min(times), Collections.max(times), median(cpu), written / (double) edited.size(),
                peakHeapMegabytes());
        System.gc();
        OUT.printf(Locale.ROOT, "heap in use after GC:        %4d MB (the whole benchmark, with the build memory of 5,000 articles)%n", usedHeapMegabytes());
        Path base = config.templates().resolve("base.peb");
        Files.writeString(base, Files.readString(base).replace("{{ t(\"footer.madeWith\") }}", "{{ t(\"footer.madeWith\") }}."));
        memory.forgetTemplates();
        BuildReport templates = check(new DossierBuild(config, BuildListener.SILENT, memory).run());
        Files.writeString(base, Files.readString(base).replace("{{ t(\"footer.madeWith\") }}.", "{{ t(\"footer.madeWith\") }}"));
        memory.forgetTemplates();
        check(new DossierBuild(config, BuildListener.SILENT, memory).run());
        OUT.printf(Locale.ROOT, "rebuild after base.peb edit: %5d ms wall  (every page rendered again, %d files written)%n",
                templates.millis(), templates.published().orElseThrow().written());
        return new long[] {median(times), median(cpu)};
    }

    private static void saveToReload(BuildConfig config, List<Path> edited, int rounds) throws Exception {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Preview preview = Preview.start(new PreviewConfig(config, PreviewConfig.loopback(), 0), BuildListener.SILENT, quiet, quiet);
        List<Long> rebuilds = new java.util.concurrent.CopyOnWriteArrayList<>();
        preview.onRebuild(rebuild -> rebuilds.add(rebuild.report().millis()));
        try {
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                Path seed = edited.get(i);
                String page = "articles/" + seed.getFileName().toString().replace(".txt", "") + ".html";
                try (Socket events = openEvents(preview.address(), page, preview)) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(events.getInputStream(), StandardCharsets.UTF_8));
                    awaitLine(in, ": connected");
                    long start = System.nanoTime();
                    Files.writeString(seed, Files.readString(seed) + "\nA correction, number " + i + ".\n");
                    awaitLine(in, "event: reload");
                    latencies.add((System.nanoTime() - start) / 1_000_000);
                }
            }
            OUT.printf(Locale.ROOT, "save -> reload event:        median %4d ms  min %4d  max %4d  (watcher and its quiet period, rebuild, event;"
                            + " the rebuilds alone: median %d ms)%n",
                    median(latencies), Collections.min(latencies), Collections.max(latencies), median(rebuilds));
            browser(preview, edited.get(0));
        } finally {
            preview.close();
        }
    }

    /** From saving a seed to the reloaded page's DOMContentLoaded, in headless chromium, if installed. */
    private static void browser(Preview preview, Path seed) throws Exception {
        if (!Chromium.installed()) {
            OUT.println("save -> page in chromium:    skipped (install Debian's chromium and chromium-driver)");
            return;
        }
        Path profile = Files.createTempDirectory("dossier-benchmark-chromium");
        Chromium chromium = Chromium.open(profile, "--disable-quic");
        try {
            WebDriver browser = chromium.driver();
            String page = "articles/" + seed.getFileName().toString().replace(".txt", "") + ".html";
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                browser.get(preview.url().resolve(page).toString());
                String marker = "Browser round " + i + " marker.";
                Thread.sleep(300); // let the page's event stream connect
                long savedAt = System.currentTimeMillis();
                Files.writeString(seed, Files.readString(seed) + "\n" + marker + "\n");
                // The figure is the reloaded page's own DOMContentLoaded time, so polling less often does not
                // change it; polling every 20 ms had the browser serialise its page over and over on the same
                // two cores as the rebuild it waits for.
                new WebDriverWait(browser, Duration.ofMinutes(3), Duration.ofMillis(250))
                        .until(d -> d.getPageSource().contains(marker));
                Object loaded = ((JavascriptExecutor) browser).executeScript(
                        "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd + performance.timeOrigin;");
                latencies.add(Math.round(((Number) loaded).doubleValue()) - savedAt);
            }
            OUT.printf(Locale.ROOT, "save -> page in chromium:    median %4d ms  min %4d  max %4d  (to the reloaded page's DOMContentLoaded)%n",
                    median(latencies), Collections.min(latencies), Collections.max(latencies));
        } finally {
            chromium.close();
            deleteTree(profile);
        }
    }

    private static Socket openEvents(InetSocketAddress server, String page, Preview preview) throws IOException {
        // The page as the browser would have it, for its session and generation.
        String html;
        try (java.io.InputStream in = preview.url().resolve(page).toURL().openStream()) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher session = Pattern.compile("data-session=\"([^\"]+)\"").matcher(html);
        Matcher generation = Pattern.compile("data-generation=\"(\\d+)\"").matcher(html);
        if (!session.find() || !generation.find()) throw new IllegalStateException("no reload hook in " + page);
        Socket socket = new Socket(server.getAddress(), server.getPort());
        socket.setSoTimeout(180_000);
        socket.getOutputStream().write(("GET /__dossier/events?page=" + page + "&session=" + session.group(1) + "&generation="
                + generation.group(1) + " HTTP/1.0\r\nHost: localhost:" + server.getPort() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    private static void awaitLine(BufferedReader in, String wanted) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals(wanted)) return;
        }
        throw new IOException("the event stream ended before '" + wanted + "'");
    }

    private static BuildReport check(BuildReport report) {
        if (!report.succeeded()) throw new IllegalStateException("build failed: " + report.errors());
        return report;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static long usedHeapMegabytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() / (1024 * 1024);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) Files.createDirectories(target);
                else Files.copy(path, target);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                Files.delete(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
