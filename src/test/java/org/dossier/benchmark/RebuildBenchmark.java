package org.dossier.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.build.BuildConfig;
import org.dossier.build.BuildListener;
import org.dossier.build.BuildMemory;
import org.dossier.build.BuildReport;
import org.dossier.build.DossierBuild;

/**
 * The preview's rebuild alone, for profiling: one build of N Reuters stories with memory, then rounds of
 * one seed edit and a rebuild, with the wall time of each stage (read, analyse, render, publish) per round.
 * Quicker than {@link PreviewBenchmark}, which also makes full builds and drives a browser.
 *
 * <p>Arguments: {@code [articles=5000] [rounds=10] [scratch folder] [corpus folder]}. With
 * {@code -Drebuild.jfr=FILE}, a flight recording of the rebuild rounds alone (not the first build) is
 * written to FILE. With {@code -Drebuild.edit=NEW_NAME} (or {@code SENTENCE}), every round makes that one kind
 * of edit, to profile it alone.
 */
public final class RebuildBenchmark {
    private static final PrintStream OUT = System.out;

    private RebuildBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path scratch = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("dossier-rebuild-benchmark");
        Path corpus = args.length > 3 ? Path.of(args[3]) : ReutersCorpus.DEFAULT_DIR;
        List<ReutersCorpus.Story> stories = ReutersCorpus.withBodies(corpus).subList(0, articles);
        Path seeds = ReutersCorpus.writeSeeds(stories, scratch.resolve("seeds"));
        BuildConfig config = new BuildConfig(seeds, Path.of("templates"), scratch.resolve("site"));
        BuildMemory memory = BuildMemory.remembering();
        Stages first = new Stages();
        BuildReport report = new DossierBuild(config, first, memory).run();
        if (!report.succeeded()) throw new IllegalStateException(report.diagnostics().toString());
        OUT.printf(Locale.ROOT, "%d articles, first build %d ms, load average %.1f%n", articles, report.millis(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Long> walls = new ArrayList<>();
        List<Long> cpus = new ArrayList<>();
        Map<Edit, List<Long>> wallsByEdit = new java.util.EnumMap<>(Edit.class);
        Map<Edit, List<Long>> cpusByEdit = new java.util.EnumMap<>(Edit.class);
        Map<String, List<Long>> stageWalls = new LinkedHashMap<>();
        Map<String, List<Long>> stageCpus = new LinkedHashMap<>();
        Map<String, List<Long>> stageOwnCpus = new LinkedHashMap<>();
        String jfr = System.getProperty("rebuild.jfr");
        String only = System.getProperty("rebuild.edit");
        jdk.jfr.Recording recording = null;
        if (jfr != null) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.setDestination(Path.of(jfr));
            recording.start();
        }
        for (int i = 0; i < rounds; i++) {
            Path seed = seeds.resolve(String.format("reuters-%05d.txt", stories.get((i * 7919 + articles / 2) % articles).newId()));
            Edit edit = only != null ? Edit.valueOf(only) : Edit.values()[i % Edit.values().length];
            Files.writeString(seed, Files.readString(seed) + "\n" + edit.sentence(i) + "\n");
            memory.forgetSeed(seed);
            Stages stages = new Stages();
            long cpu = cpuMillis();
            report = new DossierBuild(config, stages, memory).run();
            cpu = cpuMillis() - cpu;
            if (!report.succeeded()) throw new IllegalStateException(report.diagnostics().toString());
            stages.end();
            walls.add(report.millis());
            cpus.add(cpu);
            wallsByEdit.computeIfAbsent(edit, k -> new ArrayList<>()).add(report.millis());
            cpusByEdit.computeIfAbsent(edit, k -> new ArrayList<>()).add(cpu);
            stages.millis.forEach((stage, ms) -> stageWalls.computeIfAbsent(stage, k -> new ArrayList<>()).add(ms));
            stages.cpuMillis.forEach((stage, ms) -> stageCpus.computeIfAbsent(stage, k -> new ArrayList<>()).add(ms));
            stages.cpuMillis.forEach((stage, ms) -> stageOwnCpus.computeIfAbsent(stage, k -> new ArrayList<>())
                    .add(ms - stages.gcMillis.getOrDefault(stage, 0L)));
            OUT.printf(Locale.ROOT, "rebuild %2d (%s): %5d ms wall %5d ms CPU  %s  %d files written%n", i, edit.label, report.millis(), cpu, stages,
                    report.published().orElseThrow().written());
        }
        if (recording != null) {
            recording.stop();
            recording.close();
        }
        Collections.sort(walls);
        Collections.sort(cpus);
        OUT.printf(Locale.ROOT, "median rebuild: %d ms wall, %d ms CPU; load average %.1f%n", walls.get(walls.size() / 2),
                cpus.get(cpus.size() / 2), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        wallsByEdit.forEach((edit, ms) -> OUT.printf(Locale.ROOT, "median rebuild after %s: %d ms wall, %d ms CPU (%d rounds)%n",
                edit.label, median(ms), median(cpusByEdit.get(edit)), ms.size()));
        Map<String, String> perStage = new LinkedHashMap<>();
        stageWalls.forEach((stage, ms) -> perStage.put(stage, median(ms) + " ms wall, " + median(stageCpus.get(stage)) + " ms CPU, "
                + median(stageOwnCpus.get(stage)) + " ms CPU less GC"));
        OUT.println("median by stage: " + perStage);
        if (Boolean.getBoolean("rebuild.verify")) {
            // The rebuilt site must be the one a fresh build of the edited seeds makes, byte for byte.
            BuildConfig fresh = new BuildConfig(seeds, Path.of("templates"), scratch.resolve("site-fresh"));
            if (!new DossierBuild(fresh, BuildListener.SILENT).run().succeeded()) throw new IllegalStateException("fresh build failed");
            List<String> differences = differences(config.out(), fresh.out());
            OUT.println(differences.isEmpty() ? "rebuilt site equals a fresh build" : "rebuilt site differs from a fresh build: " + differences);
        }
    }

    /**
     * The edits the rounds take in turn. A sentence without names leaves what the recogniser finds as it
     * was, which the entity analysis's reuse passes over at once; a sentence with a name it has not seen
     * makes it merge the names again. Both are what an editor does; a median of one kind alone would flatter
     * or wrong the rebuild.
     */
    enum Edit {
        SENTENCE("a sentence without names") {
            @Override
            String sentence(int round) {
                return "An editor added this sentence, number " + round + ".";
            }
        },
        NEW_NAME("a sentence with a new name") {
            @Override
            String sentence(int round) {
                String[] given = {"Marit", "Joris", "Femke", "Stijn", "Anouk", "Ruben"};
                String[] family = {"Hoekstra", "Veldkamp", "Brouwer", "Kuipers", "Dijkman", "Van Leeuwen"};
                return "Analyst " + given[round % given.length] + " " + family[(round / given.length) % family.length]
                        + " of Northgate Securities said the estimate, number " + round + ", was too high.";
            }
        };

        final String label;

        Edit(String label) {
            this.label = label;
        }

        abstract String sentence(int round);
    }

    /** The files that differ between two folders or are in one only, by relative path. */
    private static List<String> differences(Path one, Path other) throws IOException {
        Map<String, Path> a = files(one);
        Map<String, Path> b = files(other);
        List<String> differ = new ArrayList<>();
        for (String path : new java.util.TreeSet<>(a.keySet())) {
            if (!b.containsKey(path)) differ.add(path + " (only rebuilt)");
            else if (Files.mismatch(a.get(path), b.get(path)) != -1) differ.add(path);
        }
        for (String path : b.keySet()) if (!a.containsKey(path)) differ.add(path + " (only fresh)");
        return differ;
    }

    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        try (var walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.put(root.relativize(p).toString(), p));
        }
        return files;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long gcMillis() {
        long millis = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) millis += Math.max(0, gc.getCollectionTime());
        return millis;
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    /**
     * Wall time, the process's CPU time (all threads), and the time of the garbage collections, from each stage's
     * start to the next. A collection falls in whichever stage happens to fill the heap, so the CPU time less the
     * collections' tells the stages' own work apart more steadily.
     */
    private static final class Stages implements BuildListener {
        private final Map<String, Long> millis = new LinkedHashMap<>();
        private final Map<String, Long> cpuMillis = new LinkedHashMap<>();
        private final Map<String, Long> gcMillis = new LinkedHashMap<>();
        private String current;
        private long since = System.nanoTime();
        private long cpuSince = cpuMillis();
        private long gcSince = gcMillis();

        @Override
        public synchronized void stage(String name) {
            end();
            current = name;
        }

        synchronized void end() {
            long now = System.nanoTime();
            long cpu = cpuMillis();
            long gc = gcMillis();
            if (current != null) {
                millis.merge(current, (now - since) / 1_000_000, Long::sum);
                cpuMillis.merge(current, cpu - cpuSince, Long::sum);
                gcMillis.merge(current, gc - gcSince, Long::sum);
            }
            since = now;
            cpuSince = cpu;
            gcSince = gc;
            current = null;
        }

        @Override
        public synchronized String toString() {
            return millis + " CPU " + cpuMillis + " GC " + gcMillis;
        }
    }
}
