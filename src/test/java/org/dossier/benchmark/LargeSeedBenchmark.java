package org.dossier.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dossier.build.BuildConfig;
import org.dossier.build.BuildListener;
import org.dossier.build.BuildReport;
import org.dossier.build.DossierBuild;
import org.dossier.ingest.Ingester;

/**
 * Full builds of the largest seeds Dossier accepts (just under 10 MiB): one of prose paragraphs, one of
 * one-line blocks. Prints time and the sum of the heap pools' peaks. Run from the repository root:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.dossier.benchmark.LargeSeedBenchmark
 * </pre>
 */
public final class LargeSeedBenchmark {
    private static final long MB = 1024 * 1024;
    private static final int LIMIT = 10 * 1024 * 1024;

    private LargeSeedBenchmark() {}

    public static void main(String[] args) throws IOException {
        String sentence = "Minister Jan Peeters sprak donderdag in Brussel met president Zelenski over de gesprekken in Genève, "
                + "die volgende week verdergaan volgens een woordvoerder van de NAVO. ";
        String paragraph = sentence.repeat(7) + "\n\n";
        run("prose paragraphs of 1 KB", text(i -> paragraph, Integer.MAX_VALUE));
        run("one-line blocks, as many as a seed may hold", text(i -> "regel " + i + ".\n\n", Ingester.MAX_BLOCKS));
        run("one-line blocks, as many as fit in 10 MiB", text(i -> "regel " + i + ".\n\n", Integer.MAX_VALUE));
    }

    private static String text(java.util.function.IntFunction<String> block, int maxBlocks) {
        StringBuilder text = new StringBuilder("title Groot\ndate 2022-01-02\n\n");
        long bytes = text.length();
        for (int i = 0; i < maxBlocks; i++) {
            String next = block.apply(i);
            bytes += next.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > LIMIT) break;
            text.append(next);
        }
        return text.toString();
    }

    private static void run(String label, String seed) throws IOException {
        Path dir = Files.createTempDirectory("dossier-large");
        try {
            Path seeds = Files.createDirectories(dir.resolve("seeds"));
            Files.writeString(seeds.resolve("groot.txt"), seed, StandardCharsets.UTF_8);
            long blocks = seed.split("\n\n", -1).length;
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            BuildReport report = new DossierBuild(new BuildConfig(seeds, Path.of("templates"), dir.resolve("site")),
                    BuildListener.SILENT).run();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "%s: %.1f MB seed, %d blocks: %s in %.1f s; heap pools' peaks sum %d MB (max heap %d MB)%n",
                    label, seed.getBytes(StandardCharsets.UTF_8).length / (double) MB, blocks, report.succeeded() ? "built" : "failed " + report.errors(),
                    millis / 1000.0, peak / MB, Runtime.getRuntime().maxMemory() / MB);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
