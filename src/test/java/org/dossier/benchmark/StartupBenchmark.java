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
 * way of running it, the median processor time (user and system, from GNU time when {@code /usr/bin/time}
 * is there), and the machine's load average before and after (a busy machine stretches every figure).
 * Needs {@code target/dossier.jar} ({@code mvn package}); run from the repository root:
 *
 * <pre>
 * mvn -B -q package -DskipTests &amp;&amp; mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.dossier.benchmark.StartupBenchmark -Dexec.args="[runs] [BASELINE.jar]"
 * </pre>
 *
 * Ways: {@code java -jar target/dossier.jar build}, which runs the build in a second, tuned JVM with its
 * class archive (its first run, which records the archive, is a warm-up and not counted); the same with an
 * option given, so that one JVM with its defaults runs it; and one JVM with the tuned options by hand but
 * no archive. With a baseline jar (say, main's), {@code java -jar} runs it too, in turn with the current jar
 * in every round, so that both meet the same load. Processor time counts both JVMs of a tuned run. With
 * {@code -Dbenchmark.javas=JAVA[,JAVA...]}, {@code java -jar target/dossier.jar build} also runs with each
 * of those {@code java} executables (Java 25's, whose tuned JVM maps an ahead-of-time cache).
 */
public final class StartupBenchmark {
    private static final Path JAR = Path.of("target", "dossier.jar").toAbsolutePath();
    private static final Path SEEDS = Path.of("seeds").toAbsolutePath();

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Path baseline = args.length > 1 ? Path.of(args[1]).toAbsolutePath() : null;
        if (!Files.isRegularFile(JAR)) throw new IllegalStateException(JAR + " is missing: run 'mvn package' first");
        if (baseline != null && !Files.isRegularFile(baseline)) throw new IllegalStateException(baseline + " is not a file");
        Path scratch = Files.createTempDirectory("dossier-startup");
        Path cache = Files.createDirectories(scratch.resolve("cache"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<String>> ways = new LinkedHashMap<>();
        ways.put("java -jar target/dossier.jar build", List.of(java, "-jar", JAR.toString()));
        // Any option of the user's keeps Dossier in the JVM started (TunedLaunch): these are the JVM's defaults.
        ways.put("java -Xshare:auto -jar ... (JVM defaults)", List.of(java, "-Xshare:auto", "-jar", JAR.toString()));
        ways.put("java C1 + serial GC -jar ... (one JVM)",
                List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        if (baseline != null) ways.put("baseline: java -jar BASELINE build", List.of(java, "-jar", baseline.toString()));
        for (String other : System.getProperty("benchmark.javas", "").split(",")) {
            if (!other.isBlank()) ways.put(other.strip() + " -jar target/dossier.jar build", List.of(other.strip(), "-jar", JAR.toString()));
        }

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map<String, List<double[]>> seconds = new LinkedHashMap<>();
        for (var way : ways.entrySet()) {
            run(way.getValue(), scratch, cache); // warm-up: the file cache, and the class archive
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
            List<Double> s = new ArrayList<>(way.getValue().stream().map(r -> r[0]).toList());
            List<Double> cpu = new ArrayList<>(way.getValue().stream().map(r -> r[1]).toList());
            Collections.sort(s);
            Collections.sort(cpu);
            System.out.printf(Locale.ROOT, "  %-46s median %.2f s  (fastest %.2f s, slowest %.2f s)%s%n",
                    way.getKey(), s.get(s.size() / 2), s.get(0), s.get(s.size() - 1),
                    cpu.get(0) < 0 ? "" : String.format(Locale.ROOT, "  processor %.2f s", cpu.get(cpu.size() / 2)));
        }
    }

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /**
     * One build in a new JVM, from the scratch folder: its wall time in seconds, and its processor time
     * (user and system; -1 without GNU time).
     */
    private static double[] run(List<String> command, Path scratch, Path cache) throws IOException, InterruptedException {
        Path times = scratch.resolve("time.txt");
        Files.deleteIfExists(times);
        boolean timed = Files.isExecutable(GNU_TIME);
        List<String> full = new ArrayList<>();
        if (timed) full.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S", "-o", times.toString()));
        full.addAll(command);
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
        double cpu = -1;
        if (timed) {
            String[] userAndSystem = Files.readString(times).strip().split("\\s+");
            cpu = Double.parseDouble(userAndSystem[0]) + Double.parseDouble(userAndSystem[1]);
        }
        return new double[] {elapsed, cpu};
    }

    private static long seedCount() throws IOException {
        try (var files = Files.list(SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")
                    || f.toString().endsWith(".html")).count();
        }
    }
}
