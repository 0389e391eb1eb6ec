package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code target/dossier.jar} as a user does, with {@code java -jar} from a folder of
 * their own (no repository, no {@code templates/} beside it). An integration test: Failsafe runs it after
 * {@code package} ({@code mvn verify}), so {@code mvn test} never waits for the jar to be made.
 */
class JarRunIT {
    static final Path JAR = Path.of("target", "dossier.jar").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @TempDir
    Path cache;

    /** A finished run of the jar. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @BeforeAll
    static void jarIsPackaged() {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run 'mvn verify' (or 'mvn package' first)");
    }

    /** {@code java -jar dossier.jar ARGS} in {@code workingDir}, with the JVM's defaults; its class archive goes to {@link #cache}. */
    Run java(Path workingDir, String... args) throws IOException, InterruptedException {
        return java(workingDir, List.of(), cache, args);
    }

    /** {@code java OPTIONS -jar dossier.jar ARGS}, keeping class archives in {@code cache} (never the user's own). */
    static Run java(Path workingDir, List<String> jvmOptions, Path cache, String... args) throws IOException, InterruptedException {
        return java(Path.of(System.getProperty("java.home")), workingDir, jvmOptions, cache, args);
    }

    /** The same with the Java installed at {@code javaHome}. */
    static Run java(Path javaHome, Path workingDir, List<String> jvmOptions, Path cache, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin").resolve("java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("dossier-jar", ".out");
        Path err = Files.createTempFile("dossier-jar", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
            clearJvmOptions(builder);
            builder.environment().put("XDG_CACHE_HOME", cache.toString());
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("java -jar " + List.of(args) + " did not end within " + TIMEOUT_SECONDS + " s");
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
    }

    @Test
    void initThenBuildFromAFolderOfItsOwnMakesASite() throws Exception {
        Run init = java(dir, "init", "story");
        assertEquals(0, init.code(), init::toString);
        Path story = dir.resolve("story");
        assertTrue(Files.notExists(story.resolve("templates")), "init copies no templates: the built-in set is used");

        Run build = java(story, "build");
        assertEquals(0, build.code(), build::toString);
        Document home = page(story.resolve("site/index.html"));
        assertEquals("Harbour bridge closes for six months of repairs",
                home.selectFirst("ol.articles a[href$=harbour-bridge-closes.html]").text());
        assertEquals("assets/style.css", home.selectFirst("link[rel=stylesheet]").attr("href"));
        assertTrue(Files.size(story.resolve("site/assets/style.css")) > 0, "the built-in assets are in the site");
        Document article = page(story.resolve("site/articles/harbour-bridge-closes.html"));
        assertTrue(article.text().contains("rust in two of its main supports"), article::text);
    }

    @Test
    void aTemplatesFolderWithOneOverriddenTemplateKeepsTheRestBuiltIn() throws Exception {
        assertEquals(0, java(dir, "init", "story").code());
        Path story = dir.resolve("story");
        Path mine = Files.createDirectories(story.resolve("my-templates"));
        Files.writeString(mine.resolve("base.peb"), """
                <!DOCTYPE html>
                <html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ title }}</title></head>
                <body><p id="my-layout">Our newsroom's layout</p>
                {% block content %}{% endblock %}
                </body></html>
                """);

        Run build = java(story, "build", "--templates", "my-templates", "--out", "public");
        assertEquals(0, build.code(), build::toString);
        Document home = page(story.resolve("public/index.html"));
        assertEquals("Our newsroom's layout", home.selectFirst("#my-layout").text());
        assertEquals(1, home.select("ol.articles a[href$=harbour-bridge-closes.html]").size(), "index.peb is the built-in one");
        Document article = page(story.resolve("public/articles/harbour-bridge-closes.html"));
        assertEquals(1, article.select("#my-layout").size());
        assertTrue(Files.isRegularFile(story.resolve("public/assets/style.css")), "assets the folder lacks are built in");
    }

    @Test
    void theLauncherBesideTheJarRecordsItsClassArchiveOnceAndBuildsTheSameSite() throws Exception {
        Path launcher = JAR.resolveSibling("dossier");
        assertTrue(Files.isExecutable(launcher), launcher + " is packaged beside the jar, executable");
        assertEquals(0, java(dir, "init", "story").code());
        Path story = dir.resolve("story");
        Path cache = dir.resolve("cache");
        // An archive recorded by a run that builds nothing would hold a third of a build's classes, for good.
        Run help = launch(launcher, story, cache, "--help");
        assertEquals(0, help.code(), help::toString);
        Run failed = launch(launcher, story, cache, "build", "--seeds", "missing", "--out", "failed");
        assertNotEquals(0, failed.code(), failed::toString);
        assertEquals(List.of(), archives(cache), "neither --help nor a failed build records the class archive");
        Run first = launch(launcher, story, cache, "build", "--out", "first");
        assertEquals(0, first.code(), first::toString);
        List<Path> archives = archives(cache);
        assertEquals(1, archives.size(), "one class archive: " + archives);
        assertTrue(archives.get(0).getFileName().toString().endsWith(".jsa"), archives::toString);
        Run second = launch(launcher, story, cache, "build", "--out", "second");
        assertEquals(0, second.code(), second::toString);
        assertEquals(first.err(), second.err(), "the archive is recorded and used without a word from the JVM");
        assertFalse(second.err().toLowerCase().contains("cds") || second.err().contains("sharing"), second::toString);
        assertEquals(Files.readString(story.resolve("first/index.html")), Files.readString(story.resolve("second/index.html")));
    }

    @Test
    void onJava25TheJarRecordsAnAheadOfTimeCacheOnceWithoutAWordAndBuildsTheSameSite() throws Exception {
        Path java25 = javaFrom25().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(java25 != null,
                "no Java 25 or later in /usr/lib/jvm or -Ddossier.java25=HOME: the jar's use of the ahead-of-time cache is not run");
        assertEquals(0, java(dir, "init", "story").code());
        Path story = dir.resolve("story");
        Path cache = dir.resolve("cache25");
        Run help = java(java25, story, List.of(), cache, "--help");
        assertEquals(0, help.code(), help::toString);
        assertEquals(List.of(), archives(cache), "--help records no cache");
        Run first = java(java25, story, List.of(), cache, "build", "--out", "first");
        assertEquals(0, first.code(), first::toString);
        List<Path> archives = archives(cache);
        assertEquals(1, archives.size(), "the cache alone, its configuration deleted once it was made: " + archives);
        assertTrue(archives.get(0).getFileName().toString().endsWith(".aot"), archives::toString);
        Run second = java(java25, story, List.of(), cache, "build", "--out", "second");
        assertEquals(0, second.code(), second::toString);
        assertEquals(List.of(archives.get(0)), archives(cache), "the cache is mapped, not made again");
        Run reference = java(story, "build", "--out", "reference");
        assertEquals(0, reference.code(), reference::toString);
        assertEquals(reference.out().replace("reference", "X").replaceAll("in [0-9.]+ s", ""),
                first.out().replace("first", "X").replaceAll("in [0-9.]+ s", ""), "recording says nothing of its own on standard output");
        assertEquals(first.err(), second.err(), "the cache is recorded and used without a word from the JVM");
        assertFalse(first.out().contains("AOT") || first.err().contains("AOT") || second.err().contains("AOT"), first + "\n" + second);
        for (String page : List.of("index.html", "articles/harbour-bridge-closes.html")) {
            assertEquals(Files.readString(story.resolve("reference").resolve(page)), Files.readString(story.resolve("first").resolve(page)), page);
            assertEquals(Files.readString(story.resolve("first").resolve(page)), Files.readString(story.resolve("second").resolve(page)), page);
        }
    }

    /** A Java of version 25 or later: {@code -Ddossier.java25=HOME}, else the newest such under /usr/lib/jvm. */
    private static java.util.Optional<Path> javaFrom25() throws IOException {
        String given = System.getProperty("dossier.java25", "");
        if (!given.isBlank()) return java.util.Optional.of(Path.of(given));
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return java.util.Optional.empty();
        try (var homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")) && featureVersion(home) >= 25)
                    .max(java.util.Comparator.comparingInt(JarRunIT::featureVersion));
        }
    }

    /** The feature version a Java home's {@code release} file names (JAVA_VERSION="25.0.3"); 0 when it names none. */
    private static int featureVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                var version = java.util.regex.Pattern.compile("^JAVA_VERSION=\"(\\d+)").matcher(line);
                if (version.find()) return Integer.parseInt(version.group(1));
            }
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
        return 0;
    }

    /** The runs start as a user's would: no JVM options from the environment that runs the tests. */
    private static void clearJvmOptions(ProcessBuilder builder) {
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "DOSSIER_JAVA_OPTS")) {
            builder.environment().remove(variable);
        }
    }

    @Test
    void javaJarWithTheJvmsDefaultsBuildsInATunedJvmAndTheUsersOwnOptionsKeepTheirs() throws Exception {
        assertEquals(0, java(dir, "init", "story").code());
        Path story = dir.resolve("story");
        Path tunedCache = dir.resolve("tuned-cache");
        Run tuned = java(story, List.of(), tunedCache, "build", "--out", "tuned");
        assertEquals(0, tuned.code(), tuned::toString);
        assertEquals(1, archives(tunedCache).size(), "the second JVM recorded its class archive: " + archives(tunedCache));
        Run again = java(story, List.of(), tunedCache, "build", "--out", "again");
        assertEquals(0, again.code(), again::toString);
        assertEquals(tuned.err(), again.err(), "the archive is used without a word from the JVM");

        Path ownCache = dir.resolve("own-cache");
        Run own = java(story, List.of("-Xmx512m"), ownCache, "build", "--out", "own");
        assertEquals(0, own.code(), own::toString);
        assertEquals(List.of(), archives(ownCache), "with options of the user's, Dossier runs in the JVM they started");
        for (String page : List.of("index.html", "articles/harbour-bridge-closes.html")) {
            assertEquals(Files.readString(story.resolve("own").resolve(page)), Files.readString(story.resolve("tuned").resolve(page)), page);
            assertEquals(Files.readString(story.resolve("tuned").resolve(page)), Files.readString(story.resolve("again").resolve(page)), page);
        }
    }

    @Test
    void stoppingTheJarStopsThePreviewItRunsInTheTunedJvm() throws Exception {
        assertEquals(0, java(dir, "init", "story").code());
        Path story = dir.resolve("story");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "serve", "--port", "0", "--out", "preview");
        ProcessBuilder builder = new ProcessBuilder(command).directory(story.toFile()).redirectErrorStream(true);
        clearJvmOptions(builder);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process jar = builder.start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(jar.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.contains("http://"));
            assertTrue(line != null, "the preview said where it serves");
            List<ProcessHandle> tunedJvm = jar.descendants().toList();
            assertEquals(1, tunedJvm.size(), "the preview runs in one second JVM: " + tunedJvm);
            jar.destroy();
            assertTrue(jar.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            assertFalse(tunedJvm.get(0).onExit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).isAlive(),
                    "the second JVM ended with the first");
        } finally {
            jar.descendants().forEach(ProcessHandle::destroyForcibly);
            jar.destroyForcibly().waitFor();
        }
    }

    /** The launcher's class archives in the cache folder {@code cache}; none when it made no folder. */
    private static List<Path> archives(Path cache) throws IOException {
        Path folder = cache.resolve("dossier");
        if (!Files.isDirectory(folder)) return List.of();
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static Run launch(Path launcher, Path workingDir, Path cache, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        clearJvmOptions(builder);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile("dossier-launcher", ".out");
        Path err = Files.createTempFile("dossier-launcher", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("target/dossier " + List.of(args) + " did not end within " + TIMEOUT_SECONDS + " s");
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void everyCommandOfTheContractAnswersItsHelp() throws Exception {
        for (String command : List.of("build", "serve", "init", "tag-conll")) {
            Run help = java(dir, command, "--help");
            assertEquals(0, help.code(), help::toString);
            assertTrue(help.out().toLowerCase().contains("usage: " + command), help::toString);
        }
        Run wrong = java(dir, "publish");
        assertEquals(ExitCode.USAGE, wrong.code(), wrong::toString);
    }

    @Test
    void aSeedsFolderThatIsMissingIsReportedNotAStackTrace() throws Exception {
        Run build = java(dir, "build");
        assertEquals(ExitCode.INVALID_INPUT, build.code(), build::toString);
        assertTrue(build.err().startsWith("seeds: "), "the message names the folder: " + build);
        assertTrue(!build.err().contains("Exception") && !build.err().contains("\tat "), build::toString);
    }
}
