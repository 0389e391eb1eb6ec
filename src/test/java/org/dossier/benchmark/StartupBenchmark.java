package org.dossier.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The start-up a user meets: wall time of whole runs of the packaged jar building the repository's
 * seeds, from a scratch folder, each run a new JVM. Prints the median, the fastest and the slowest per
 * way of running it, and the machine's load average before and after (a busy machine stretches every
 * figure). Needs {@code target/dossier.jar} ({@code mvn package}); run from the repository root:
 *
 * <pre>
 * mvn -B -q package -DskipTests &amp;&amp; mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.dossier.benchmark.StartupBenchmark -Dexec.args="[runs]"
 * </pre>
 *
 * Ways: {@code java -jar target/dossier.jar build}; the same with only the quick JIT compiler (C1); and
 * {@code target/dossier build}, the launcher, with class data sharing and C1 (its first run, which writes the
 * archive, is a warm-up and not counted).
 */
public final class StartupBenchmark {
    private static final Path JAR = Path.of("target", "dossier.jar").toAbsolutePath();
    private static final Path LAUNCHER = Path.of("target", "dossier").toAbsolutePath();
    private static final Path SEEDS = Path.of("seeds").toAbsolutePath();

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        if (!Files.isRegularFile(JAR)) throw new IllegalStateException(JAR + " is missing: run 'mvn package' first");
        Path scratch = Files.createTempDirectory("dossier-startup");
        Path cache = Files.createDirectories(scratch.resolve("cache"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<String>> ways = new LinkedHashMap<>();
        ways.put("java -jar target/dossier.jar build", List.of(java, "-jar", JAR.toString()));
        ways.put("java -XX:TieredStopAtLevel=1 -jar ... build", List.of(java, "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        ways.put("target/dossier build (class data sharing, C1)", List.of(LAUNCHER.toString()));

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        for (var way : ways.entrySet()) {
            run(way.getValue(), scratch, cache); // warm-up: the file cache, and the launcher's archive
            seconds.put(way.getKey(), new ArrayList<>());
        }
        for (int i = 0; i < runs; i++) {
            for (var way : ways.entrySet()) seconds.get(way.getKey()).add(run(way.getValue(), scratch, cache));
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        System.out.printf(Locale.ROOT, "Start-up: a build of the %d seeds in seeds/ from the jar, %d runs each, %d cores,"
                + " load average %.1f before and %.1f after%n", seedCount(), runs,
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        for (var way : seconds.entrySet()) {
            List<Double> s = new ArrayList<>(way.getValue());
            Collections.sort(s);
            System.out.printf(Locale.ROOT, "  %-46s median %.2f s  (fastest %.2f s, slowest %.2f s)%n",
                    way.getKey(), s.get(s.size() / 2), s.get(0), s.get(s.size() - 1));
        }
    }

    /** One build in a new JVM, from the scratch folder; its wall time in seconds. */
    private static double run(List<String> command, Path scratch, Path cache) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of("build", "--seeds", SEEDS.toString(), "--out", scratch.resolve("site").toString()));
        ProcessBuilder builder = new ProcessBuilder(full).directory(scratch.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(full + " did not end within 120 s");
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) throw new IllegalStateException(full + " failed with exit " + process.exitValue());
        return elapsed;
    }

    private static long seedCount() throws IOException {
        try (var files = Files.list(SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")
                    || f.toString().endsWith(".html")).count();
        }
    }
}
