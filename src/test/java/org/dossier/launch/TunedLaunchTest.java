package org.dossier.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TunedLaunchTest {
    private static final File JAVA = new File("/opt/jdk/bin/java");
    private static final File JAR = new File("/home/editor/dossier.jar");
    private static final File ARCHIVE = new File("/home/editor/.cache/dossier/dossier-1a2b.jsa");

    private static Optional<TunedLaunch.Plan> plan(List<String> commandLine, Map<String, String> environment,
            boolean archiveExists, List<String> args) {
        return TunedLaunch.plan(Optional.of(commandLine), environment, JAVA, JAR, TunedLaunch.Sharing.CLASS_ARCHIVE, ARCHIVE,
                archiveExists, true, args);
    }

    private static List<String> jarRun(String... args) {
        var line = new java.util.ArrayList<>(List.of("-jar", "dossier.jar"));
        line.addAll(List.of(args));
        return line;
    }

    @Test
    void aJvmStartedWithItsDefaultsIsReplacedByOneTunedForABuildWithTheSameArguments() {
        List<String> command = plan(jarRun("build", "--out", "public"), Map.of(), true, List.of("build", "--out", "public"))
                .orElseThrow().command();
        assertEquals(JAVA.toString(), command.get(0));
        assertTrue(command.contains("-XX:TieredStopAtLevel=1"), command::toString);
        assertTrue(command.contains("-XX:+UseSerialGC"), command::toString);
        assertTrue(command.contains("-XX:SharedArchiveFile=" + ARCHIVE), command::toString);
        assertEquals(List.of("-cp", JAR.toString(), "org.dossier.cli.Main", "build", "--out", "public"),
                command.subList(command.size() - 6, command.size()));
    }

    @Test
    void optionsTheUserGaveTheJvmAreKeptByRunningInIt() {
        assertEquals(Optional.empty(), plan(List.of("-Xmx8g", "-jar", "dossier.jar", "build"), Map.of(), true, List.of("build")));
        assertEquals(Optional.empty(), plan(List.of("-XX:StartFlightRecording=filename=build.jfr", "-jar", "dossier.jar"),
                Map.of(), true, List.of()));
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            assertEquals(Optional.empty(), plan(jarRun("build"), Map.of(variable, "-Xmx2g"), true, List.of("build")), variable);
        }
        assertTrue(plan(jarRun("build"), Map.of("JAVA_TOOL_OPTIONS", "  "), true, List.of("build")).isPresent(),
                "a blank variable gives no option");
    }

    @Test
    void withoutItsCommandLineTheJvmRunsDossierItself() {
        assertEquals(Optional.empty(), TunedLaunch.plan(Optional.empty(), Map.of(), JAVA, JAR, TunedLaunch.Sharing.CLASS_ARCHIVE, ARCHIVE, true, true,
                List.of()));
        assertEquals(Optional.empty(), plan(List.of("-cp", "dossier.jar", "org.dossier.launch.JarMain"), Map.of(), true, List.of()),
                "only java -jar is known to carry no options before the jar");
    }

    @Test
    void dossierJavaOptsFollowOursAndACollectorNamedThereReplacesTheSerialOne() {
        List<String> command = plan(jarRun(), Map.of("DOSSIER_JAVA_OPTS", " -Xmx8g \t -XX:TieredStopAtLevel=4 "), true, List.of())
                .orElseThrow().command();
        int ours = command.indexOf("-XX:TieredStopAtLevel=1");
        assertTrue(ours >= 0 && ours < command.indexOf("-XX:TieredStopAtLevel=4"), "the user's option comes later and wins: " + command);
        assertTrue(command.contains("-Xmx8g"), command::toString);
        assertTrue(command.contains("-XX:+UseSerialGC"), command::toString);

        List<String> withG1 = plan(jarRun(), Map.of("DOSSIER_JAVA_OPTS", "-XX:+UseG1GC"), true, List.of()).orElseThrow().command();
        assertTrue(withG1.contains("-XX:+UseG1GC"), withG1::toString);
        assertFalse(withG1.contains("-XX:+UseSerialGC"), "the JVM refuses two collectors: " + withG1);
    }

    @Test
    void onlyASuccessfulBuildOrInitRecordsTheArchiveUnderANameOfItsOwn() {
        TunedLaunch.Plan build = plan(jarRun("build"), Map.of(), false, List.of("build")).orElseThrow();
        TunedLaunch.Recording recording = build.recording().orElseThrow();
        assertEquals(ARCHIVE, recording.archive());
        assertEquals(ARCHIVE.getParent(), recording.partial().getParent());
        assertNotEquals(ARCHIVE, recording.partial(), "a run beside this one must never map a half-written archive");
        assertTrue(build.command().contains("-XX:ArchiveClassesAtExit=" + recording.partial()), build.command()::toString);
        assertEquals(Optional.empty(), recording.assembly(), "a class archive is written by the build itself");

        assertTrue(plan(jarRun(), Map.of(), false, List.of()).orElseThrow().recording().isPresent(), "no command is a build");
        assertTrue(plan(jarRun("init", "story"), Map.of(), false, List.of("init", "story")).orElseThrow().recording().isPresent());
        for (List<String> args : List.of(List.of("--help"), List.of("build", "--help"), List.of("serve"), List.of("tag-conll", "ned.testa"))) {
            TunedLaunch.Plan plan = plan(jarRun(args.toArray(String[]::new)), Map.of(), false, args).orElseThrow();
            assertEquals(Optional.empty(), plan.recording(), args::toString);
            assertTrue(plan.command().stream().noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit")
                    || option.startsWith("-XX:SharedArchiveFile")), plan.command()::toString);
        }
        TunedLaunch.Plan unwritable = TunedLaunch.plan(Optional.of(jarRun("build")), Map.of(), JAVA, JAR,
                TunedLaunch.Sharing.CLASS_ARCHIVE, ARCHIVE, false, false, List.of("build")).orElseThrow();
        assertEquals(Optional.empty(), unwritable.recording(), "no cache folder: the build runs tuned, without recording");
    }

    @Test
    void anArchiveOnDiskIsMappedByEveryCommandAndNeverRecordedAgain() {
        for (List<String> args : List.of(List.of("build"), List.of("serve"), List.of("--help"))) {
            TunedLaunch.Plan plan = plan(jarRun(args.toArray(String[]::new)), Map.of(), true, args).orElseThrow();
            assertTrue(plan.command().contains("-XX:SharedArchiveFile=" + ARCHIVE), plan.command()::toString);
            assertEquals(Optional.empty(), plan.recording());
        }
    }

    @Test
    void theArchiveIsNamedAfterTheJarAndTheJvmInTheUsersCacheFolder() {
        File folder = ClassArchive.folder(Map.of(), "/home/editor");
        assertEquals(new File("/home/editor/.cache/dossier"), folder);
        assertEquals(new File("/var/cache/newsroom/dossier"), ClassArchive.folder(Map.of("XDG_CACHE_HOME", "/var/cache/newsroom"), "/home/editor"));
        File archive = ClassArchive.of(folder, JAR, 10_457_763, 1_764_741_000_000L, "/opt/jdk", "17.0.17+10", TunedLaunch.Sharing.CLASS_ARCHIVE);
        assertEquals(folder, archive.getParentFile());
        assertTrue(archive.getName().matches("dossier-[0-9a-f]+\\.jsa"), archive::toString);
        assertEquals(archive, ClassArchive.of(folder, JAR, 10_457_763, 1_764_741_000_000L, "/opt/jdk", "17.0.17+10", TunedLaunch.Sharing.CLASS_ARCHIVE));
        assertNotEquals(archive, ClassArchive.of(folder, JAR, 10_457_764, 1_764_741_000_000L, "/opt/jdk", "17.0.17+10", TunedLaunch.Sharing.CLASS_ARCHIVE), "another jar");
        assertNotEquals(archive, ClassArchive.of(folder, JAR, 10_457_763, 1_764_741_000_001L, "/opt/jdk", "17.0.17+10", TunedLaunch.Sharing.CLASS_ARCHIVE), "a rebuilt jar");
        assertNotEquals(archive, ClassArchive.of(folder, JAR, 10_457_763, 1_764_741_000_000L, "/opt/jdk", "17.0.18+8", TunedLaunch.Sharing.CLASS_ARCHIVE), "another Java");
        File cache = ClassArchive.of(folder, JAR, 10_457_763, 1_764_741_000_000L, "/opt/jdk25", "25.0.3+9", TunedLaunch.Sharing.AOT_CACHE);
        assertTrue(cache.getName().matches("dossier-[0-9a-f]+\\.aot"), cache::toString);
    }

    private static final File CACHE = new File("/home/editor/.cache/dossier/dossier-1a2b.aot");

    private static Optional<TunedLaunch.Plan> planOn25(boolean cacheExists, Map<String, String> environment, List<String> args) {
        return TunedLaunch.plan(Optional.of(jarRun(args.toArray(String[]::new))), environment, JAVA, JAR, TunedLaunch.Sharing.AOT_CACHE,
                CACHE, cacheExists, true, args);
    }

    @Test
    void java25AndLaterShareAnAheadOfTimeCacheAndOlderJavasAClassArchive() {
        for (String version : List.of("17", "21", "24", "1.8", "")) {
            assertEquals(TunedLaunch.Sharing.CLASS_ARCHIVE, TunedLaunch.Sharing.of(version), version);
        }
        for (String version : List.of("25", "26", "31")) assertEquals(TunedLaunch.Sharing.AOT_CACHE, TunedLaunch.Sharing.of(version), version);

        for (List<String> args : List.of(List.of("build"), List.of("serve"), List.of("--help"))) {
            TunedLaunch.Plan plan = planOn25(true, Map.of(), args).orElseThrow();
            assertTrue(plan.command().contains("-XX:AOTCache=" + CACHE), plan.command()::toString);
            assertTrue(plan.command().contains("-Xlog:aot=off"), "a cache that does not fit only starts slower: " + plan.command());
            assertTrue(plan.command().stream().noneMatch(option -> option.startsWith("-XX:SharedArchiveFile")), plan.command()::toString);
            assertEquals(Optional.empty(), plan.recording());
        }
    }

    @Test
    void onJava25ABuildRecordsItsConfigurationAndTheCacheIsAssembledAfterwardsWithTheBuildsOptions() {
        TunedLaunch.Plan build = planOn25(false, Map.of("DOSSIER_JAVA_OPTS", "-Xmx8g"), List.of("build")).orElseThrow();
        TunedLaunch.Recording recording = build.recording().orElseThrow();
        TunedLaunch.Assembly step = recording.assembly().orElseThrow();
        File configuration = step.configuration();
        assertEquals(CACHE, recording.archive());
        assertNotEquals(CACHE, recording.partial(), "a run beside this one must never map a half-written cache");
        assertEquals(CACHE.getParentFile(), configuration.getParentFile());
        assertTrue(build.command().containsAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration)), build.command()::toString);
        assertTrue(build.command().containsAll(TunedLaunch.SILENT_VM), "the record's own line is not Dossier's output: " + build.command());
        assertTrue(build.command().stream().noneMatch(option -> option.startsWith("-XX:AOTCache")
                || option.startsWith("-XX:ArchiveClassesAtExit")), build.command()::toString);

        List<String> assembly = step.command();
        assertEquals(JAVA.toString(), assembly.get(0));
        assertTrue(assembly.containsAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration,
                "-XX:AOTCache=" + recording.partial())), assembly::toString);
        // A cache is mapped only by a JVM with the options it was made with.
        for (String option : List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx8g")) {
            assertTrue(build.command().contains(option) && assembly.contains(option), option + " in both: " + assembly);
        }
        assertEquals(List.of("-cp", JAR.toString()), assembly.subList(assembly.size() - 2, assembly.size()));

        assertEquals(Optional.empty(), planOn25(false, Map.of(), List.of("serve")).orElseThrow().recording(), "only a build records");
    }

    @Test
    void oncePlacedAnArchiveLeavesTheThreeNewestOthersAndPartialFilesOfTheLastDay() {
        long now = 1_764_741_000_000L;
        long hour = 60L * 60 * 1000;
        File folder = new File("/home/editor/.cache/dossier");
        File made = new File(folder, "dossier-new.aot");
        Map<String, Long> times = new java.util.LinkedHashMap<>();
        times.put("dossier-new.aot", now);
        times.put("dossier-a.jsa", now - 1 * hour);
        times.put("dossier-b.aot", now - 5 * hour);
        times.put("dossier-c.jsa", now - 2 * hour);
        times.put("dossier-d.jsa", now - 900 * hour);
        times.put("dossier-e.aot", now - 30 * hour);
        times.put("dossier-f.jsa.4711", now - 2 * hour);
        times.put("dossier-g.aot.4712.conf", now - 48 * hour);
        times.put("dossier-h.aot.failed", now - 25 * hour);
        times.put("dossier-i.jsa.failed", now - 3 * hour);
        times.put("notes.txt", now - 4000 * hour);
        File[] files = times.keySet().stream().map(name -> new File(folder, name)).toArray(File[]::new);
        List<String> deleted = ClassArchive.toDelete(files, made, file -> times.get(file.getName()), now).stream()
                .map(File::getName).sorted().toList();
        assertEquals(List.of("dossier-d.jsa", "dossier-e.aot", "dossier-g.aot.4712.conf", "dossier-h.aot.failed"), deleted,
                "kept: the new one, the three newest others (a, c, b), a partial file of a run that may still be going,"
                        + " a recent mark of a Java that made no archive, files not ours");
        assertEquals(new File(folder, "dossier-new.aot.failed"), ClassArchive.failedOnce(made));
        assertEquals(List.of(), ClassArchive.toDelete(null, made, file -> 0L, now), "an unreadable folder");
    }
}
