package org.dossier.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.build.BuildConfig;
import org.dossier.build.BuildListener;
import org.dossier.build.BuildReport;
import org.dossier.build.DossierBuild;

/**
 * Builds N real news stories (Reuters-21578, converted to {@code .txt} seeds in a scratch folder) into a
 * scratch site with the full pipeline, and prints articles per second, the wall time of each stage and
 * the peak heap. Run from the repository root:
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.dossier.benchmark.BuildBenchmark -Dexec.args="1000 [runs] [corpus dir]"
 * </pre>
 *
 * Each run after the first runs in a JVM whose JIT is warm; the first is what a user's build costs.
 */
public final class BuildBenchmark {
    private static final long MB = 1024 * 1024;

    private BuildBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path corpus = args.length > 2 ? Path.of(args[2]) : ReutersCorpus.DEFAULT_DIR;

        List<ReutersCorpus.Story> stories = ReutersCorpus.withBodies(corpus);
        if (stories.size() < count) {
            System.out.printf("only %d stories with a body in %s; building those%n", stories.size(), corpus);
            count = stories.size();
        }
        Path scratch = Files.createTempDirectory("dossier-benchmark");
        try {
            Path seeds = ReutersCorpus.writeSeeds(stories.subList(0, count), scratch.resolve("seeds"));
            System.out.printf(Locale.ROOT, "%d Reuters-21578 stories as seeds in %s; %d processors, max heap %d MB%n",
                    count, seeds, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MB);
            for (int run = 1; run <= runs; run++) {
                measure(run, count, seeds, scratch.resolve("site-" + run));
            }
        } finally {
            deleteTree(scratch);
        }
    }

    private static void measure(int run, int count, Path seeds, Path out) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        HeapSampler sampler = new HeapSampler(memory);
        sampler.start();

        StageClock clock = new StageClock();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        BuildReport report = new DossierBuild(new BuildConfig(seeds, Path.of("templates"), out), clock).run();
        long nanos = System.nanoTime() - start;
        long cpuNanos = processCpuNanos() - cpuStart;
        clock.stage("done");
        sampler.interrupt();
        sampler.join();

        if (!report.succeeded()) {
            System.out.println("build failed: " + report.errors().stream().limit(5).toList());
            return;
        }
        long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "run %d: %d articles in %.2f s = %.0f articles/s; %d files written%n",
                run, count, seconds, count / seconds, report.published().orElseThrow().written());
        System.out.printf(Locale.ROOT, "  CPU time of the process %.2f s = %.0f articles per CPU second "
                + "(the wall time depends on what else the machine runs)%n", cpuNanos / 1e9, count / (cpuNanos / 1e9));
        System.out.printf(Locale.ROOT, "  stages: %s%n", clock.summary());
        System.out.printf(Locale.ROOT, "  heap: peak %d MB sampled every 5 ms (%d MB before the build); "
                + "sum of the heap pools' peaks %d MB%n", sampler.peak() / MB, baseline / MB, poolPeaks / MB);
        printLargestPages(out);
    }

    /** The largest HTML pages of the site (issue 12: none may pass 1 MB), by their size in bytes. */
    private static void printLargestPages(Path site) {
        try (var files = Files.walk(site)) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".html")).toList();
            Map<Path, Long> sizes = new LinkedHashMap<>();
            for (Path page : pages) sizes.put(page, Files.size(page));
            List<Map.Entry<Path, Long>> largest = sizes.entrySet().stream()
                    .sorted(Map.Entry.<Path, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(5).toList();
            if (largest.isEmpty()) return;
            System.out.printf(Locale.ROOT, "  largest page: %s, %d bytes (%.2f MB), of %d HTML pages; next: %s%n",
                    site.relativize(largest.get(0).getKey()), largest.get(0).getValue(), largest.get(0).getValue() / (double) MB,
                    pages.size(), largest.stream().skip(1).map(e -> site.relativize(e.getKey()) + " " + e.getValue()).toList());
        } catch (IOException e) {
            System.out.println("  largest page: cannot measure (" + e.getMessage() + ")");
        }
    }

    /** CPU time of all the JVM's threads (the build's, the JIT's and the collector's). */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Wall time between the build's stage announcements. */
    private static final class StageClock implements BuildListener {
        private final Map<String, Long> starts = new LinkedHashMap<>();
        private final long origin = System.nanoTime();

        @Override
        public synchronized void stage(String name) {
            starts.put(name, System.nanoTime());
        }

        synchronized String summary() {
            StringBuilder text = new StringBuilder();
            long previous = origin;
            String previousName = "check";
            for (Map.Entry<String, Long> stage : starts.entrySet()) {
                text.append(String.format(Locale.ROOT, "%s %d ms, ", previousName, (stage.getValue() - previous) / 1_000_000));
                previous = stage.getValue();
                previousName = stage.getKey();
            }
            return text.substring(0, Math.max(0, text.length() - 2));
        }
    }

    /** Samples the used heap, because the pools' own peaks need not fall at the same moment. */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory;
        private final AtomicLong peak = new AtomicLong();

        HeapSampler(MemoryMXBean memory) {
            super("heap-sampler");
            this.memory = memory;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peak() {
            return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
