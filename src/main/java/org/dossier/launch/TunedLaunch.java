package org.dossier.launch;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides how {@code java -jar dossier.jar} runs: in the JVM it was started in, or in a second JVM with
 * the options a build wants. A pure function of the command line, the environment and the class archive
 * on disk, so that every rule is tested without starting a JVM.
 *
 * <p>The options, each measured on this project's 2-core machine (README, "Start-up"):
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}, the JIT's quick compiler alone: the optimising compiler's work
 *       does not pay back within a build (1,000 Reuters stories: 7.2 s and 12 s of processor time against
 *       14.4 s and 27 s with both compilers);
 *   <li>{@code -XX:+UseSerialGC}: a build is a batch job, and this collector keeps the heap near what the
 *       build holds (10,000 stories: 0.7 to 0.9 GB against 3 to 4 GB with the default collector);
 *   <li>application class data sharing: the first successful {@code build} or {@code init} records the
 *       classes Dossier loads into an archive in the user's cache folder, and later runs map it instead of
 *       loading and verifying some 3,800 classes again. On Java 25 and later the archive is an
 *       ahead-of-time cache ({@link Sharing#AOT_CACHE}), which also holds the classes linked and the
 *       lambdas bound: a build of the seeds takes a third less processor time with it than with Java 17's
 *       archive.
 * </ul>
 *
 * <p>Only a JVM started with no options of its own is replaced: options on the command line, or in
 * {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS} or {@code _JAVA_OPTIONS}, are the user's choice of
 * JVM, kept exactly (a profiler's {@code -XX:StartFlightRecording} records the build itself, not a
 * launcher). {@code DOSSIER_JAVA_OPTS} adds options to the second JVM, after ours; a collector named
 * there replaces the serial one, since the JVM refuses two.
 *
 * <p>This class and {@link JarMain} run in the first JVM, cold, before the second starts; so they use
 * loops, not streams, lambdas or regular expressions, whose first use links method handles, and {@code
 * java.io.File}, which the JVM has started already, not {@code java.nio.file}, which it has not (each some
 * tens of milliseconds in a cold JVM).
 */
public final class TunedLaunch {
    /** The second JVM's command line, and the class archive it records, if it records one. */
    public record Plan(List<String> command, Optional<Recording> recording) {
        public Plan {
            command = List.copyOf(command);
        }
    }

    /**
     * An archive written to {@code partial} and moved to {@code archive} once the build has succeeded. An
     * ahead-of-time cache is made in two steps: the build records what it loaded, and once it has succeeded
     * the {@code assembly} makes the cache of that record.
     */
    public record Recording(File partial, File archive, Optional<Assembly> assembly) {}

    /** The second step of an ahead-of-time cache: {@code command}, a JVM of its own, makes it of {@code configuration}. */
    public record Assembly(File configuration, List<String> command) {
        public Assembly {
            command = List.copyOf(command);
        }
    }

    /** How the running Java shares the classes of one run with the next. */
    public enum Sharing {
        /**
         * Java 17 to 24: application class data sharing. A build records the classes it loaded at its end
         * ({@code -XX:ArchiveClassesAtExit}); later runs map them ({@code -XX:SharedArchiveFile}).
         */
        CLASS_ARCHIVE(".jsa"),
        /**
         * Java 25 and later: an ahead-of-time cache (JEP 483 and 514), which holds the classes loaded and
         * linked and the lambdas and string concatenations bound, where the archive holds the classes only. A
         * build records its configuration ({@code -XX:AOTMode=record}); a JVM of its own then makes the cache
         * ({@code -XX:AOTMode=create}, some seconds, once per jar and Java); later runs map it
         * ({@code -XX:AOTCache}).
         */
        AOT_CACHE(".aot");

        /** The ending of the archive's file name. */
        final String extension;

        Sharing(String extension) {
            this.extension = extension;
        }

        /** The sharing of the Java whose {@code java.specification.version} is given ("17", "25", "1.8"). */
        public static Sharing of(String specificationVersion) {
            int feature;
            try {
                feature = Integer.parseInt(specificationVersion);
            } catch (NumberFormatException older) {
                return CLASS_ARCHIVE;
            }
            return feature >= 25 ? AOT_CACHE : CLASS_ARCHIVE;
        }
    }

    /** The options a build runs with; more from {@code DOSSIER_JAVA_OPTS} follow them. */
    static final List<String> COMPILER = List.of("-XX:TieredStopAtLevel=1");
    static final String COLLECTOR = "-XX:+UseSerialGC";
    static final String EXTRA_OPTIONS = "DOSSIER_JAVA_OPTS";
    private static final List<String> JVM_OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    // Sharing runs silently: a missing or outdated archive only means a slower start, not a message.
    private static final List<String> QUIET_SHARING = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static final List<String> QUIET_CACHE = List.of("-Xlog:aot=off", "-Xlog:cds=off");
    static final List<String> SILENT_VM = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput");

    private TunedLaunch() {}

    /**
     * The second JVM's command, or empty when Dossier runs in this one.
     *
     * @param commandLine this JVM's arguments after the {@code java} executable ({@code -jar dossier.jar
     *     build ...}); empty when the platform does not tell them, and then nothing is replaced
     * @param environment this process's environment
     * @param java the {@code java} executable of this JVM
     * @param jar the absolute path of {@code dossier.jar}
     * @param sharing how this JVM shares classes between runs ({@link Sharing#of})
     * @param archive the class archive for this jar and JVM (see {@link ClassArchive})
     * @param archiveExists whether that archive is on disk
     * @param canRecord whether the archive's folder exists or was made
     * @param args Dossier's own arguments
     */
    public static Optional<Plan> plan(Optional<List<String>> commandLine, Map<String, String> environment, File java,
            File jar, Sharing sharing, File archive, boolean archiveExists, boolean canRecord, List<String> args) {
        if (commandLine.isEmpty() || !startedWithDefaults(commandLine.get(), environment)) return Optional.empty();
        List<String> extra = words(environment.getOrDefault(EXTRA_OPTIONS, ""));
        // What every JVM of Dossier's runs with; the cache's assembly too, as a cache made under other
        // options (another collector) is not mapped.
        List<String> tuning = new ArrayList<>(COMPILER);
        if (!anyNamesACollector(extra)) tuning.add(COLLECTOR);
        tuning.addAll(extra);
        List<String> quiet = sharing == Sharing.AOT_CACHE ? QUIET_CACHE : QUIET_SHARING;
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        Optional<Recording> recording = Optional.empty();
        if (archiveExists) {
            command.add((sharing == Sharing.AOT_CACHE ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive);
            command.addAll(quiet);
        } else if (canRecord && recordsArchive(args)) {
            // Written under a name of its own and moved into place after a successful build, so a run
            // beside this one never maps a half-written archive.
            File partial = new File(archive.getParentFile(), archive.getName() + "." + ProcessHandle.current().pid());
            if (sharing == Sharing.AOT_CACHE) {
                File configuration = new File(archive.getParentFile(), partial.getName() + ".conf");
                command.add("-XX:AOTMode=record");
                command.add("-XX:AOTConfiguration=" + configuration);
                // The recording JVM tells of its record on standard output at its end, whatever the logging;
                // that output is Dossier's.
                command.addAll(SILENT_VM);
                List<String> assembly = new ArrayList<>();
                assembly.add(java.toString());
                assembly.add("-XX:AOTMode=create");
                assembly.add("-XX:AOTConfiguration=" + configuration);
                assembly.add("-XX:AOTCache=" + partial);
                assembly.addAll(quiet);
                assembly.addAll(tuning);
                assembly.add("-cp");
                assembly.add(jar.toString());
                recording = Optional.of(new Recording(partial, archive, Optional.of(new Assembly(configuration, assembly))));
            } else {
                command.add("-XX:ArchiveClassesAtExit=" + partial);
                recording = Optional.of(new Recording(partial, archive, Optional.empty()));
            }
            command.addAll(quiet);
        }
        command.addAll(tuning);
        command.add("-cp");
        command.add(jar.toString());
        command.add("org.dossier.cli.Main");
        command.addAll(args);
        return Optional.of(new Plan(command, recording));
    }

    /** True when the JVM runs with no option of the user's: {@code java -jar dossier.jar ...} alone. */
    static boolean startedWithDefaults(List<String> commandLine, Map<String, String> environment) {
        if (commandLine.isEmpty() || !commandLine.get(0).equals("-jar")) return false;
        for (String name : JVM_OPTION_VARIABLES) {
            if (!environment.getOrDefault(name, "").isBlank()) return false;
        }
        return true;
    }

    /**
     * Only a build records the archive, and only one that succeeds (see {@link JarMain}): an archive
     * recorded by {@code --help} or by a build that stopped at a bad seed held a third of the classes a
     * build loads, and it would be kept until the jar changes (measured: 2.6 s of processor time per later
     * build of the seeds instead of 2.0 s). {@code init} builds its example; {@code serve} ends by a
     * signal, so it leaves the recording to a build.
     */
    static boolean recordsArchive(List<String> args) {
        String command = args.isEmpty() ? "build" : args.get(0);
        if (!command.equals("build") && !command.equals("init")) return false;
        return !args.contains("--help") && !args.contains("-h");
    }

    /** {@code -XX:+UseSerialGC}, {@code -XX:+UseG1GC}, {@code -XX:+UseZGC}... */
    private static boolean anyNamesACollector(List<String> options) {
        for (String option : options) {
            if (option.startsWith("-XX:+Use") && option.endsWith("GC")) return true;
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : (text + " ").toCharArray()) {
            if (!Character.isWhitespace(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }
}
