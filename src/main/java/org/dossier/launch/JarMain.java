package org.dossier.launch;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
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
        Runtime.getRuntime().addShutdownHook(new EndsChild(process));
        int code = process.waitFor();
        keepRecording(plan.get(), code);
        System.exit(code);
    }

    /** A shutdown hook, not a lambda: see {@link TunedLaunch} on what a lambda costs this cold JVM. */
    private static final class EndsChild extends Thread {
        private final Process process;

        EndsChild(Process process) {
            this.process = process;
        }

        @Override
        public void run() {
            if (!process.isAlive()) return;
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Optional<TunedLaunch.Plan> plan(List<String> args) throws IOException {
        Optional<List<String>> commandLine = commandLine();
        Map<String, String> environment = System.getenv();
        File jar = new File(System.getProperty("java.class.path")).getAbsoluteFile();
        if (commandLine.isEmpty() || !TunedLaunch.startedWithDefaults(commandLine.get(), environment) || !jar.isFile()) {
            return Optional.empty();
        }
        File folder = ClassArchive.folder(environment, System.getProperty("user.home"));
        TunedLaunch.Sharing sharing = TunedLaunch.Sharing.of(System.getProperty("java.specification.version"));
        File archive = ClassArchive.of(folder, jar, jar.length(), jar.lastModified(), System.getProperty("java.home"),
                System.getProperty("java.vm.version"), sharing);
        boolean exists = archive.isFile();
        boolean canRecord = !exists && TunedLaunch.recordsArchive(args) && !ClassArchive.failedOnce(archive).exists() && makeFolder(folder);
        File java = new File(new File(System.getProperty("java.home"), "bin"), "java");
        return TunedLaunch.plan(commandLine, environment, java, jar, sharing, archive, exists, canRecord, args);
    }

    /**
     * This JVM's arguments after the executable. Linux tells them in {@code /proc/self/cmdline}, read in a
     * few milliseconds where {@code ProcessHandle.Info} first spins up its lambdas (some 50 ms at every start).
     */
    private static Optional<List<String>> commandLine() {
        File proc = new File("/proc/self/cmdline");
        try {
            if (proc.canRead()) {
                byte[] bytes;
                try (InputStream in = new FileInputStream(proc)) {
                    bytes = in.readAllBytes();
                }
                String[] words = new String(bytes, Charset.defaultCharset()).split("\0");
                return Optional.of(List.of(words).subList(Math.min(1, words.length), words.length));
            }
        } catch (IOException unreadable) {
            // as on any other system: ask the JDK
        }
        return ProcessHandle.current().info().arguments().map(List::of);
    }

    private static boolean makeFolder(File folder) {
        try {
            return folder.mkdirs() || folder.isDirectory();
        } catch (SecurityException unwritable) {
            return false;
        }
    }

    /**
     * A recorded archive is kept only after a successful build (see {@link TunedLaunch#recordsArchive}); an
     * ahead-of-time cache is made of the build's record first, by a JVM of its own whose output is not
     * Dossier's. Then archives no run will map again are deleted.
     */
    private static void keepRecording(TunedLaunch.Plan plan, int code) throws InterruptedException {
        if (plan.recording().isEmpty()) return;
        TunedLaunch.Recording recording = plan.recording().get();
        try {
            if (code == 0 && recording.assembly().isPresent() && recording.assembly().get().configuration().isFile()) {
                new ProcessBuilder(recording.assembly().get().command()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            }
            if (code == 0 && recording.partial().isFile()) {
                Files.move(recording.partial().toPath(), recording.archive().toPath(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                File folder = recording.archive().getParentFile();
                for (File old : ClassArchive.toDelete(folder.listFiles(), recording.archive(), new LastModified(), System.currentTimeMillis())) {
                    Files.deleteIfExists(old.toPath());
                }
            } else {
                Files.deleteIfExists(recording.partial().toPath());
                // A build that succeeded but left no archive would pay for recording at every run after it.
                if (code == 0) Files.createFile(ClassArchive.failedOnce(recording.archive()).toPath());
            }
        } catch (IOException notKept) {
            // Without the archive the next run only starts slower, and records it again.
        } finally {
            if (recording.assembly().isPresent()) recording.assembly().get().configuration().delete();
        }
    }

    /** A file's time; a class, not a method reference (see {@link TunedLaunch}). */
    private static final class LastModified implements java.util.function.ToLongFunction<File> {
        @Override
        public long applyAsLong(File file) {
            return file.lastModified();
        }
    }
}
