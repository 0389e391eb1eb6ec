package org.dossier.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.build.BuildConfig;
import org.dossier.build.BuildListener;
import org.dossier.build.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild that crashes (not invalid input: a fault of the build itself, such as a stack overflow on input
 * nobody foresaw) is shown on the page and as one console line, and the preview goes on rebuilding. The
 * fault is injected through {@link Preview.Builder}, as the crashes that real input causes today are being
 * fixed one by one.
 */
class RebuildFaultTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PAGE = "articles/000_612085df6fbf3f80.html";

    @TempDir
    Path dir;
    private Preview preview;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final BlockingQueue<Rebuild> rebuilds = new LinkedBlockingQueue<>();
    private final AtomicReference<Throwable> crash = new AtomicReference<>();

    @AfterEach
    void stop() {
        if (preview != null) preview.close();
    }

    private Rebuild nextRebuild() throws InterruptedException {
        Rebuild rebuild = rebuilds.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(rebuild, "no rebuild came; console:\n" + console);
        return rebuild;
    }

    @Test
    void showsAnyFaultOfARebuildAndKeepsWatching() throws Exception {
        BuildConfig config = TestFolders.copyOfRepository(dir);
        PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
        Preview.Builder crashing = (build, progress, memory) -> {
            Throwable fault = crash.getAndSet(null);
            if (fault instanceof Error error) throw error;
            if (fault instanceof RuntimeException exception) throw exception;
            return Preview.Builder.DOSSIER.build(build, progress, memory);
        };
        preview = Preview.start(new PreviewConfig(config, PreviewConfig.loopback(), 0), BuildListener.SILENT, both, both, crashing);
        preview.onRebuild(rebuilds::add);
        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(preview.url().resolve(PAGE)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher session = Pattern.compile("data-session=\"([^\"]+)\"").matcher(html);
        Matcher generation = Pattern.compile("data-generation=\"(\\d+)\"").matcher(html);
        assertTrue(session.find() && generation.find());
        Path seed = config.seeds().resolve("000_612085df6fbf3f80.txt");

        try (EventStream events = new EventStream(preview.address(), PAGE, session.group(1), Long.parseLong(generation.group(1)))) {
            crash.set(new StackOverflowError());
            Files.writeString(seed, Files.readString(seed) + "\nEerste poging.\n");
            EventStream.Event failure = events.next("failure", WAIT);
            assertNotNull(failure, "the page hears of the crash; console:\n" + console);
            assertTrue(failure.data().contains("internal error (java.lang.StackOverflowError)"), failure.data());
            assertFalse(nextRebuild().succeeded());

            crash.set(new IllegalStateException("a fault\nover two lines"));
            Files.writeString(seed, Files.readString(seed) + "\nTweede poging.\n");
            assertNotNull(events.next("failure", WAIT), "the watcher survived the first crash");
            assertFalse(nextRebuild().succeeded());
            String lines = console.toString(StandardCharsets.UTF_8);
            assertTrue(lines.lines().anyMatch(line -> line.contains("a fault over two lines")), "one line on the console:\n" + lines);

            Files.writeString(seed, Files.readString(seed) + "\nDerde poging.\n");
            assertNotNull(events.next("reload", WAIT), "and rebuilds again once the fault is gone");
            assertTrue(nextRebuild().succeeded());
        }
        URI page = preview.url().resolve(PAGE);
        String after = HttpClient.newHttpClient().send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(after.contains("Derde poging."));
        assertEquals(null, crash.get());
    }
}
