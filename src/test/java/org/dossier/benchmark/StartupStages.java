package org.dossier.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.build.BuildConfig;
import org.dossier.build.BuildListener;
import org.dossier.build.BuildReport;
import org.dossier.build.DossierBuild;

/**
 * Where one build's time goes, stage by stage, in the JVM it runs in: milliseconds from the JVM's start
 * to main, to each stage of {@link DossierBuild#run} and to its end. For profiling start-up, run it the
 * way {@code java -jar} runs a build (tuned options, the class archive of {@code java -jar}'s cache):
 *
 * <pre>
 * java -XX:SharedArchiveFile=CACHE/dossier/ARCHIVE.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
 *     -cp target/dossier.jar:target/test-classes org.dossier.benchmark.StartupStages seeds templates /dev/shm/out
 * </pre>
 *
 * Prints one line: "jvm" (start to main), "check" (main to the read stage), then each stage; after each
 * figure, in brackets, the processor time of the whole process in it (all threads, 10 ms steps), which on
 * two cores shows whether the stage kept both busy. With {@code -Dstages.threads=true} also the processor
 * time of each live thread at the end (the C1 compiler threads among them).
 */
public final class StartupStages {
    private StartupStages() {}

    public static void main(String[] args) {
        long main = System.currentTimeMillis();
        List<String> names = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        long mainCpu = processCpuMillis();
        BuildListener listener = new BuildListener() {
            @Override
            public void stage(String name) {
                times.add(System.currentTimeMillis());
                cpu.add(processCpuMillis());
                names.add(name);
            }
        };
        BuildReport report = new DossierBuild(new BuildConfig(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])), listener).run();
        long end = System.currentTimeMillis();
        long endCpu = processCpuMillis();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        // Each stage's duration (and the process's processor time in it) under its name; "check" is main to the first stage.
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "jvm %d (cpu %d)", main - start, mainCpu));
        String name = "check";
        long last = main;
        long lastCpu = mainCpu;
        for (int i = 0; i < names.size(); i++) {
            line.append(String.format(Locale.ROOT, "  %s %d (%d)", name, times.get(i) - last, cpu.get(i) - lastCpu));
            name = names.get(i);
            last = times.get(i);
            lastCpu = cpu.get(i);
        }
        line.append(String.format(Locale.ROOT, "  %s %d (%d)  total %d (cpu %d)  ok %b", name, end - last, endCpu - lastCpu,
                end - start, endCpu, report.succeeded()));
        System.out.println(line);
        if (Boolean.getBoolean("stages.threads")) threadTimes();
    }

    /** This process's processor time so far, user and system (Linux; 10 ms steps), or -1. */
    private static long processCpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Processor time per thread so far (Linux), by name with numbers folded: where the cores went. */
    private static void threadTimes() {
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat = java.nio.file.Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                byName.merge(name, ticks * 10, Long::sum);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.println("  thread ms: " + byName);
    }
}
