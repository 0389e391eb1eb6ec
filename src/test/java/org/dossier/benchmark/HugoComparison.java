package org.dossier.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Dossier against Hugo on the same articles, whole process against whole process: N Reuters-21578 stories
 * as Dossier seeds and as the Markdown pages of a Hugo site with plain one-page templates (a page per
 * article and a list, no theme), each built several times in turn (Dossier, Hugo, Dossier, Hugo, ...)
 * into a tmpfs folder, so that both write at memory speed. Prints the median wall time and peak resident
 * memory of each and their ratio. {@code N = 2} (or {@code seeds}) builds the repository's two seeds
 * instead. Needs {@code target/dossier.jar} ({@code mvn package}); without {@code hugo} on the path it
 * measures Dossier alone and says so. Run from the repository root:
 *
 * <pre>
 * mvn -B -q package -DskipTests &amp;&amp; mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.dossier.benchmark.HugoComparison -Dexec.args="1000 [runs] [corpus dir]"
 * </pre>
 *
 * Each tool first builds once unmeasured (the file cache, and the jar's class archive or ahead-of-time
 * cache, see README "Start-up"); every build starts from an empty output folder. {@code
 * -Dbenchmark.javas=JAVA[,JAVA...]} runs the jar with each of those {@code java} executables in turn
 * (Java 17 beside 25, say); by default with the one running this.
 */
public final class HugoComparison {
    private static final Path JAR = Path.of("target", "dossier.jar").toAbsolutePath();
    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
    private static final Path SEEDS = Path.of("seeds").toAbsolutePath();
    private static final Path TMPFS = Path.of("/dev/shm");
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /**
     * One whole-process build: wall seconds, processor seconds (user and system; NaN where GNU time is
     * missing) and peak resident memory in bytes. On a shared machine the processor time varies less.
     */
    private record Run(double seconds, double cpuSeconds, long peakBytes) {}

    private HugoComparison() {}

    public static void main(String[] args) throws Exception {
        boolean seedsMode = args.length == 0 ? false : args[0].equals("seeds") || args[0].equals("2");
        int count = args.length > 0 && !seedsMode ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path corpus = args.length > 2 ? Path.of(args[2]) : ReutersCorpus.DEFAULT_DIR;
        if (!Files.isRegularFile(JAR)) throw new IllegalStateException(JAR + " is missing: run 'mvn package' first");

        Path scratch = Files.isDirectory(TMPFS) ? Files.createTempDirectory(TMPFS, "dossier-vs-hugo")
                : Files.createTempDirectory("dossier-vs-hugo");
        try {
            Path seeds;
            Path hugoSite = scratch.resolve("hugo");
            String what;
            if (seedsMode) {
                seeds = SEEDS;
                HugoSite.write(HugoSite.pagesOfSeeds(SEEDS), hugoSite);
                what = "the seeds in seeds/";
            } else {
                List<ReutersCorpus.Story> stories = ReutersCorpus.withBodies(corpus);
                if (stories.size() < count) throw new IllegalArgumentException("only " + stories.size() + " stories with a body in " + corpus);
                stories = stories.subList(0, count);
                seeds = ReutersCorpus.writeSeeds(stories, scratch.resolve("seeds"));
                HugoSite.write(HugoSite.pagesOfStories(stories), hugoSite);
                what = count + " Reuters-21578 stories";
            }
            Optional<String> hugo = hugoVersion();
            if (hugo.isEmpty()) {
                System.out.println("hugo is not on the PATH: measuring Dossier alone (apt-get install hugo for the comparison)");
            }
            String running = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> javas = new ArrayList<>();
            for (String java : System.getProperty("benchmark.javas", running).split(",")) javas.add(java.strip());
            List<String> labels = new ArrayList<>();
            for (String java : javas) labels.add(javas.size() == 1 ? "" : javaVersion(java));
            Path dossierOut = scratch.resolve("site-dossier");
            Path hugoOut = scratch.resolve("site-hugo");
            List<String> hugoBuild = List.of("hugo", "--quiet", "--source", hugoSite.toString(), "--destination", hugoOut.toString());

            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            List<List<Run>> dossierRuns = new ArrayList<>();
            for (int j = 0; j < javas.size(); j++) dossierRuns.add(new ArrayList<>());
            List<Run> hugoRuns = new ArrayList<>();
            for (int i = 0; i <= runs; i++) {
                for (int j = 0; j < javas.size(); j++) {
                    List<String> dossier = List.of(javas.get(j), "-jar", JAR.toString(), "build", "--seeds", seeds.toString(),
                            "--templates", TEMPLATES.toString(), "--out", dossierOut.toString());
                    Run d = measure(dossier, dossierOut, scratch);
                    if (i > 0) dossierRuns.get(j).add(d);
                }
                if (hugo.isPresent()) {
                    Run h = measure(hugoBuild, hugoOut, scratch);
                    if (i > 0) hugoRuns.add(h);
                }
            }
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

            System.out.printf(Locale.ROOT, "%s, %d runs of each in turn after one unmeasured, output on %s; %d cores, load average %.1f before and %.1f after%n",
                    what, runs, scratch, Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
            for (int j = 0; j < javas.size(); j++) {
                String label = javas.size() == 1 ? "Dossier (java -jar target/dossier.jar)" : "Dossier, " + labels.get(j);
                System.out.printf(Locale.ROOT, "  %-40s %s  (%d HTML pages)%n", label, summary(dossierRuns.get(j)), htmlPages(dossierOut));
            }
            if (hugo.isPresent()) {
                System.out.printf(Locale.ROOT, "  %-40s %s  (%d HTML pages)%n", hugo.get(), summary(hugoRuns), htmlPages(hugoOut));
                for (int j = 0; j < javas.size(); j++) {
                    List<Run> ours = dossierRuns.get(j);
                    System.out.printf(Locale.ROOT, "  ratio Dossier%s / Hugo: %.1f× wall time, %.1f× peak memory, %.1f× CPU time%n",
                            javas.size() == 1 ? "" : " (" + labels.get(j) + ")",
                            median(ours, Run::seconds) / median(hugoRuns, Run::seconds),
                            median(ours, r -> (double) r.peakBytes()) / median(hugoRuns, r -> (double) r.peakBytes()),
                            median(ours, Run::cpuSeconds) / median(hugoRuns, Run::cpuSeconds));
                }
            }
        } finally {
            deleteTree(scratch);
        }
    }

    /** One build into an empty output folder, in a new process. */
    private static Run measure(List<String> command, Path out, Path scratch) throws IOException, InterruptedException {
        deleteTree(out);
        Path timeFile = scratch.resolve("time.txt");
        Path errors = scratch.resolve("stderr.txt");
        List<String> full = new ArrayList<>();
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        // GNU time reports the peak resident set of the largest process of the run (ru_maxrss counts the
        // descendants the process waited for: the tuned JVM of java -jar); else /proc is polled.
        if (gnuTime) full.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S %M", "-o", timeFile.toString()));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(scratch.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        long polledPeak = 0;
        while (!process.waitFor(gnuTime ? 1000 : 10, TimeUnit.MILLISECONDS)) {
            if (!gnuTime) polledPeak = Math.max(polledPeak, peakResidentBytes(process.toHandle()));
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(30)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not end within 30 minutes");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed with exit " + process.exitValue() + ":\n" + Files.readString(errors));
        }
        if (!gnuTime) return new Run(seconds, Double.NaN, polledPeak);
        List<String> lines = Files.readAllLines(timeFile);
        String[] userSystemPeak = lines.get(lines.size() - 1).strip().split(" ");
        return new Run(seconds, Double.parseDouble(userSystemPeak[0]) + Double.parseDouble(userSystemPeak[1]),
                Long.parseLong(userSystemPeak[2]) * 1024);
    }

    /** VmHWM of a running process, 0 once it has gone. */
    /** The largest peak of the process and its descendants (java -jar runs the build in a second JVM), as GNU time reports it. */
    private static long peakResidentBytes(ProcessHandle process) {
        long peak = peakResidentBytes(process.pid());
        for (ProcessHandle descendant : process.descendants().toList()) peak = Math.max(peak, peakResidentBytes(descendant.pid()));
        return peak;
    }

    private static long peakResidentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        } catch (IOException gone) {
            // the process ended between two polls
        }
        return 0;
    }

    /** "Java 25.0.3", from {@code java -version} of the executable {@code java}. */
    private static String javaVersion(String executable) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(executable, "-version").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("version \"([^\"]+)\"").matcher(text);
        return version.find() ? "Java " + version.group(1) : executable;
    }

    private static Optional<String> hugoVersion() throws InterruptedException {
        try {
            Process process = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) return Optional.empty();
            // "hugo v0.111.3+extended linux/amd64 BuildDate=..." -> "hugo v0.111.3+extended"
            String[] words = version.split("\\s+");
            return Optional.of(words.length >= 2 ? words[0] + " " + words[1] : version);
        } catch (IOException notInstalled) {
            return Optional.empty();
        }
    }

    private static String summary(List<Run> runs) {
        return String.format(Locale.ROOT, "median %6.2f s, %5.0f MB peak, %6.2f s CPU  (wall %.2f to %.2f s)",
                median(runs, Run::seconds), median(runs, r -> (double) r.peakBytes()) / 1e6, median(runs, Run::cpuSeconds),
                runs.stream().mapToDouble(Run::seconds).min().orElse(0), runs.stream().mapToDouble(Run::seconds).max().orElse(0));
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> value) {
        List<Double> values = new ArrayList<>(runs.stream().map(value::applyAsDouble).toList());
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    private static long htmlPages(Path site) throws IOException {
        if (!Files.isDirectory(site)) return 0;
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).count();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Collections.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
