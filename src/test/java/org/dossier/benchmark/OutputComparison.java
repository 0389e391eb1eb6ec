package org.dossier.benchmark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Whether a change kept the output: builds the same three collections with a baseline jar and with the
 * current {@code target/dossier.jar} and compares the two sites file by file, byte for byte. The
 * collections: the repository's seeds, the 100 texts of the Clough–Stevenson plagiarism corpus (UTF-8 or
 * Windows-1252 as their writers saved them, written out as UTF-8 seeds) and the first 1,000 Reuters-21578
 * stories with a body. Each jar runs from an empty folder, so that it uses the templates built into it.
 * Prints every file that differs or is in one site only, or {@code identical}; exits with 1 on any
 * difference. Run from the repository root after {@code mvn package}:
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.dossier.benchmark.OutputComparison -Dexec.args="BASELINE [--current JAR] [--data DIR]"
 * </pre>
 *
 * {@code BASELINE} is a jar, or a git commit or branch, which is then checked out into a scratch worktree
 * and packaged there ({@code mvn -DskipTests package}). {@code --data} is where the research data sits
 * (default {@code ../shared/data}).
 */
public final class OutputComparison {
    private static final int REUTERS_STORIES = 1000;

    private OutputComparison() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: OutputComparison BASELINE(jar or git ref) [--current JAR] [--data DIR]");
            System.exit(2);
        }
        String baseline = args[0];
        Path current = Path.of("target", "dossier.jar").toAbsolutePath();
        Path data = Path.of("..", "shared", "data").toAbsolutePath();
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--current" -> current = Path.of(args[i + 1]).toAbsolutePath();
                case "--data" -> data = Path.of(args[i + 1]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.isRegularFile(current)) throw new IllegalStateException(current + " is missing: run 'mvn package' first");

        Path scratch = Files.createTempDirectory("dossier-output-comparison");
        try {
            Path baselineJar = baseline.endsWith(".jar") ? Path.of(baseline).toAbsolutePath() : jarOfRef(baseline, scratch);
            System.out.println("baseline " + baselineJar + "\ncurrent  " + current);
            List<Collection> collections = List.of(
                    new Collection("seeds", Path.of("seeds").toAbsolutePath()),
                    new Collection("clough-stevenson", cloughSeeds(data.resolve("clough-stevenson-plagiarism/data"), scratch.resolve("clough"))),
                    new Collection("reuters" + REUTERS_STORIES, ReutersCorpus.writeSeeds(
                            ReutersCorpus.withBodies(data.resolve("reuters21578")).subList(0, REUTERS_STORIES), scratch.resolve("reuters"))));
            int differences = 0;
            for (Collection collection : collections) {
                Path before = build(baselineJar, collection.seeds(), scratch.resolve(collection.name() + "-baseline"));
                Path after = build(current, collection.seeds(), scratch.resolve(collection.name() + "-current"));
                List<String> differing = differences(before, after);
                System.out.printf("%s: %s%n", collection.name(), differing.isEmpty()
                        ? "identical (" + files(before).size() + " files)" : differing.size() + " files differ");
                differing.forEach(line -> System.out.println("  " + line));
                differences += differing.size();
            }
            if (differences > 0) System.exit(1);
        } finally {
            deleteTree(scratch);
        }
    }

    private record Collection(String name, Path seeds) {}

    /** The relative paths that differ in bytes or exist in one site only, each with what is wrong. */
    static List<String> differences(Path before, Path after) throws IOException {
        SortedSet<String> beforeFiles = files(before);
        SortedSet<String> afterFiles = files(after);
        SortedSet<String> all = new TreeSet<>(beforeFiles);
        all.addAll(afterFiles);
        List<String> differing = new ArrayList<>();
        for (String file : all) {
            if (!afterFiles.contains(file)) differing.add(file + " (only in the baseline)");
            else if (!beforeFiles.contains(file)) differing.add(file + " (only in the current)");
            else if (Files.mismatch(before.resolve(file), after.resolve(file)) != -1) differing.add(file);
        }
        return differing;
    }

    private static SortedSet<String> files(Path site) throws IOException {
        try (Stream<Path> paths = Files.walk(site)) {
            return paths.filter(Files::isRegularFile).map(p -> site.relativize(p).toString())
                    .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
        }
    }

    /** A whole build by the jar in a new JVM, from an empty folder (so with the jar's own templates). */
    private static Path build(Path jar, Path seeds, Path out) throws IOException, InterruptedException {
        Path workDir = Files.createDirectories(out.resolveSibling(out.getFileName() + "-cwd"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(List.of(java, "-jar", jar.toString(), "build", "--seeds", seeds.toString(), "--out", out.toString()), workDir);
        return out;
    }

    /** Checks the ref out into a scratch worktree, packages it there and returns its jar. */
    private static Path jarOfRef(String ref, Path scratch) throws IOException, InterruptedException {
        Path tree = scratch.resolve("baseline-source");
        Path repository = Path.of("").toAbsolutePath();
        run(List.of("git", "worktree", "add", "--detach", tree.toString(), ref), repository);
        try {
            System.out.println("packaging " + ref + " in " + tree);
            run(List.of("mvn", "-B", "-q", "-DskipTests", "package"), tree);
            return Files.copy(tree.resolve("target/dossier.jar"), scratch.resolve("baseline.jar"));
        } finally {
            run(List.of("git", "worktree", "remove", "--force", tree.toString()), repository);
        }
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(60, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not end within an hour");
        }
        if (process.exitValue() != 0) throw new IllegalStateException(command + " failed with exit " + process.exitValue());
    }

    /** The corpus's 100 texts as UTF-8 seeds (its index, file_information.csv, is no article). */
    private static Path cloughSeeds(Path corpus, Path seeds) throws IOException {
        Files.createDirectories(seeds);
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.writeString(seeds.resolve(file.getFileName()), decode(Files.readAllBytes(file)), StandardCharsets.UTF_8);
            }
        }
        return seeds;
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252, as the corpus's writers saved them. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Collections.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
