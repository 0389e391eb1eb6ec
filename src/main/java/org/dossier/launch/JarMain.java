package org.dossier.launch;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.cli.Main;

/**
 * The main class of {@code dossier.jar}. {@code java -jar} cannot take JVM options from a jar, and the
 * JVM's defaults (both JIT compilers, a collector that grows the heap freely) suit a server that runs for
 * hours, not a build of seconds. So when the JVM was started with its defaults, this runs Dossier in a
 * second JVM with the options of {@link TunedLaunch}, with the same arguments, working folder, input and
 * output, and ends with its exit code. It costs a small JVM's start (0.2 to 0.3 s, measured as {@code
 * --help} through it against {@code --help} in one tuned JVM) and returns more than that even on a build
 * of the two seeds (1.2 s against 2.4 s). Anything else (other options given, a platform that does not
 * tell this JVM's command line, a second JVM that cannot start) runs Dossier here, as {@code Main} would.
 */
public final class JarMain {
    private JarMain() {}

    public static void main(String[] args) throws InterruptedException {
        Optional<Process> child = Optional.empty();
        Optional<TunedLaunch.Plan> plan = Optional.empty();
        try {
            plan = plan(List.of(args));
            if (plan.isPresent()) child = Optional.of(new ProcessBuilder(plan.get().command()).inheritIO().start());
        } catch (IOException | RuntimeException cannotStart) {
            child = Optional.empty();
        }
        if (child.isEmpty()) {
            Main.main(args);
            return;
        }
        Process process = child.get();
        // Ctrl-C reaches both JVMs; a plain kill of this one must still end the build it started.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (process.isAlive()) {
                process.destroy();
                try {
                    process.waitFor();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        int code = process.waitFor();
        keepRecording(plan.get(), code);
        System.exit(code);
    }

    private static Optional<TunedLaunch.Plan> plan(List<String> args) throws IOException {
        Optional<List<String>> commandLine = commandLine();
        Map<String, String> environment = System.getenv();
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        if (commandLine.isEmpty() || !TunedLaunch.startedWithDefaults(commandLine.get(), environment) || !Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        Path folder = ClassArchive.folder(environment, System.getProperty("user.home"));
        Path archive = ClassArchive.of(folder, jar, Files.size(jar), Files.getLastModifiedTime(jar).toMillis(),
                System.getProperty("java.home"), System.getProperty("java.vm.version"));
        boolean exists = Files.isRegularFile(archive);
        boolean canRecord = !exists && TunedLaunch.recordsArchive(args) && makeFolder(folder);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return TunedLaunch.plan(commandLine, environment, java, jar, archive, exists, canRecord, args);
    }

    /**
     * This JVM's arguments after the executable. Linux tells them in {@code /proc/self/cmdline}, read in a
     * few milliseconds where {@code ProcessHandle.Info} first spins up its lambdas (some 50 ms at every start).
     */
    private static Optional<List<String>> commandLine() {
        Path proc = Path.of("/proc/self/cmdline");
        try {
            if (Files.isReadable(proc)) {
                String[] words = new String(Files.readAllBytes(proc), Charset.defaultCharset()).split("\0");
                return Optional.of(List.of(words).subList(Math.min(1, words.length), words.length));
            }
        } catch (IOException unreadable) {
            // as on any other system: ask the JDK
        }
        return ProcessHandle.current().info().arguments().map(List::of);
    }

    private static boolean makeFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return true;
        } catch (IOException | SecurityException unwritable) {
            return false;
        }
    }

    /** A recorded archive is kept only after a successful build (see {@link TunedLaunch#recordsArchive}). */
    private static void keepRecording(TunedLaunch.Plan plan, int code) {
        if (plan.recording().isEmpty()) return;
        TunedLaunch.Recording recording = plan.recording().get();
        try {
            if (code == 0 && Files.isRegularFile(recording.partial())) {
                Files.move(recording.partial(), recording.archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(recording.partial());
            }
        } catch (IOException notKept) {
            // Without the archive the next run only starts slower, and records it again.
        }
    }
}
