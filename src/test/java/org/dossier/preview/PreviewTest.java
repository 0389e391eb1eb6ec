package org.dossier.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.build.BuildConfig;
import org.dossier.build.BuildListener;
import org.dossier.build.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview in-process, over real HTTP: what it serves, where it listens, what open pages are told. */
class PreviewTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String A = "000_612085df6fbf3f80";
    private static final String PAGE_A = "articles/" + A + ".html";

    @TempDir
    Path dir;
    private BuildConfig config;
    private Preview preview;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final BlockingQueue<Rebuild> rebuilds = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        config = TestFolders.copyOfRepository(dir);
        PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
        preview = Preview.start(new PreviewConfig(config, PreviewConfig.loopback(), 0), BuildListener.SILENT, both, both);
        preview.onRebuild(rebuilds::add);
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(preview.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request line as it is, so that no client tidies the path first. */
    private String raw(String path) throws IOException {
        try (Socket socket = new Socket(preview.address().getAddress(), preview.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + preview.address().getPort() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Rebuild nextRebuild() throws InterruptedException {
        Rebuild rebuild = rebuilds.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(rebuild, "no rebuild came; console:\n" + console);
        return rebuild;
    }

    private static String session(String html) {
        Matcher m = Pattern.compile("data-session=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the page has the reload hook");
        return m.group(1);
    }

    private static long generation(String html) {
        Matcher m = Pattern.compile("data-generation=\"(\\d+)\"").matcher(html);
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() throws Exception {
        InetSocketAddress address = preview.address();
        assertEquals(InetAddress.getByName("127.0.0.1"), address.getAddress());
        assertEquals("http://127.0.0.1:" + address.getPort() + "/", preview.url().toString());
        Optional<InetAddress> other = NetworkInterface.networkInterfaces()
                .filter(n -> { try { return n.isUp() && !n.isLoopback(); } catch (IOException e) { return false; } })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address)
                .findFirst();
        if (other.isPresent()) {
            assertThrows(ConnectException.class, () -> new Socket(other.get(), address.getPort()).close(),
                    "reachable through " + other.get());
        }
    }

    @Test
    void servesPagesWithTheReloadHookWhileTheFilesOnDiskHaveNone() throws Exception {
        HttpResponse<String> page = get("/" + PAGE_A);

        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("content-type").orElseThrow());
        assertTrue(page.body().contains("<script src=\"/__dossier/live.js\" data-page=\"" + PAGE_A + "\""));
        assertFalse(Files.readString(config.out().resolve(PAGE_A)).contains("__dossier"), "build output stays clean");
        assertEquals("text/css; charset=utf-8", get("/assets/style.css").headers().firstValue("content-type").orElseThrow());
        assertEquals("application/json; charset=utf-8", get("/data/dossier.json").headers().firstValue("content-type").orElseThrow());
        HttpResponse<String> script = get("/__dossier/live.js");
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("content-type").orElseThrow());
        assertTrue(script.body().contains("EventSource"));
        HttpResponse<String> home = get("/");
        assertTrue(home.body().contains("data-page=\"index.html\""));

        HttpResponse<String> head = http.send(HttpRequest.newBuilder(preview.url().resolve("/assets/style.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(Files.size(config.out().resolve("assets/style.css")), head.headers().firstValueAsLong("content-length").orElseThrow());
    }

    @Test
    void answersMissingPagesWithA404PageAndFoldersWithARedirect() throws Exception {
        HttpResponse<String> missing = get("/articles/nope.html");
        assertEquals(404, missing.statusCode());
        org.jsoup.nodes.Document notFound = org.jsoup.Jsoup.parse(missing.body());
        assertEquals("nl", notFound.selectFirst("html").attr("lang"), "in the site's language (the seeds are Dutch)");
        assertEquals(org.dossier.render.i18n.Messages.load(config.templates(), "nl").text("preview.notFound.title"),
                notFound.selectFirst("h1").text(), "in the words of the site's message file");
        assertTrue(missing.body().contains("data-page=\"articles/nope.html\""), "it reloads when the page appears");

        HttpResponse<String> folder = get("/articles");
        assertEquals(301, folder.statusCode());
        assertEquals("/articles/", folder.headers().firstValue("location").orElseThrow());

        assertEquals(405, http.send(HttpRequest.newBuilder(preview.url()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void neverServesFilesOutsideTheSiteWhateverThePath() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "the secret");
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/articles/../../secret.txt",
                "/articles/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/..%5csecret.txt",
                "/../seeds/" + A + ".txt")) {
            String response = raw(path);
            assertFalse(response.contains("the secret"), path);
            assertFalse(response.contains("Rusland heeft tienduizenden troepen"), path);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + ": " + response.lines().findFirst());
        }
    }

    @Test
    void reloadsAnOpenPageWhenItsSeedChanges() throws Exception {
        String html = get("/" + PAGE_A).body();
        try (EventStream events = new EventStream(preview.address(), PAGE_A, session(html), generation(html));
             EventStream other = new EventStream(preview.address(), "articles/003_70f3edb694600a6b.html", session(html), generation(html))) {
            Path seed = config.seeds().resolve(A + ".txt");
            Files.writeString(seed, Files.readString(seed) + "\nEen alinea van de redactie.\n");

            assertNotNull(events.next("reload", WAIT), "the open page is told to reload");
            Rebuild rebuild = nextRebuild();
            assertTrue(rebuild.succeeded());
            assertTrue(rebuild.changed().contains(PAGE_A));
            assertTrue(get("/" + PAGE_A).body().contains("Een alinea van de redactie."));
            assertEquals(null, other.next(Duration.ofMillis(300)), "a page that did not change is left alone");
        }
    }

    @Test
    void showsTheErrorOfAFailedRebuildAndKeepsServingTheLastGoodSite() throws Exception {
        String html = get("/" + PAGE_A).body();
        Path seed = config.seeds().resolve(A + ".txt");
        byte[] good = Files.readAllBytes(seed);
        try (EventStream events = new EventStream(preview.address(), PAGE_A, session(html), generation(html))) {
            Files.write(seed, new byte[] {'t', 'i', 't', 'e', 'l', '\n', (byte) 0xC0, (byte) 0xAF, '\n'});

            EventStream.Event failure = events.next("failure", WAIT);
            assertNotNull(failure, "console:\n" + console);
            assertTrue(failure.data().contains(seed + ":2:1: is not valid UTF-8"), failure.data());
            assertFalse(nextRebuild().succeeded());
            assertTrue(console.toString(StandardCharsets.UTF_8).contains(seed + ":2:1: is not valid UTF-8"), "and on the console");
            assertTrue(get("/" + PAGE_A).body().contains("Rusland heeft tienduizenden troepen"), "the last good page stays");

            try (EventStream later = new EventStream(preview.address(), PAGE_A, session(html), generation(html))) {
                assertNotNull(later.next("failure", WAIT), "a page opened after the failure shows it too");
            }

            Files.write(seed, good);
            assertNotNull(events.next("ok", WAIT), "the next good rebuild takes the overlay away");
            assertTrue(nextRebuild().succeeded());
        }
    }

    @Test
    void tellsAPageThatMissedARebuildWhileLoadingToReload() throws Exception {
        String html = get("/" + PAGE_A).body();
        Path seed = config.seeds().resolve(A + ".txt");
        Files.writeString(seed, Files.readString(seed) + "\nNieuw.\n");
        assertTrue(nextRebuild().succeeded());

        try (EventStream late = new EventStream(preview.address(), PAGE_A, session(html), generation(html))) {
            assertNotNull(late.next("reload", WAIT));
        }
        try (EventStream restarted = new EventStream(preview.address(), PAGE_A, "an-earlier-server", 99)) {
            assertNotNull(restarted.next("reload", WAIT), "a page from before a restart of the server reloads");
        }
    }

    @Test
    void showsATemplateErrorWithItsLineThenRendersEveryPageWithTheFixedTemplate() throws Exception {
        String html = get("/articles/003_70f3edb694600a6b.html").body();
        Path base = config.templates().resolve("base.peb");
        String good = Files.readString(base);
        try (EventStream events = new EventStream(preview.address(), "articles/003_70f3edb694600a6b.html", session(html), generation(html))) {
            Files.writeString(base, good.replace("{% block content %}{% endblock %}", "{% block content %}{% endblock %}\n{{ nosuchvariable }}"));
            EventStream.Event failure = events.next("failure", WAIT);
            assertNotNull(failure, "console:\n" + console);
            assertTrue(Pattern.compile(Pattern.quote(base.toString()) + ":\\d+: template error").matcher(failure.data()).find(), failure.data());

            Files.writeString(base, good.replace("{{ t(\"footer.madeWith\") }}", "{{ t(\"footer.madeWith\") }}, previewed"));
            assertNotNull(events.next("reload", WAIT), "every page changed, this one too");
        }
        assertTrue(get("/articles/003_70f3edb694600a6b.html").body().contains("Dossier, previewed"));
        assertTrue(get("/index.html").body().contains("Dossier, previewed"));
    }

    @Test
    void ignoresChangesThatAreNoInputs() throws Exception {
        Files.writeString(config.seeds().resolve(".notes.txt.swp"), "swap");
        Files.writeString(config.seeds().resolve(A + ".txt~"), "backup");
        Path seed = config.seeds().resolve(A + ".txt");
        Files.writeString(seed, Files.readString(seed) + "\nNa de rommel.\n");

        Rebuild rebuild = nextRebuild();
        assertTrue(rebuild.trigger().endsWith(A + ".txt"), "only the seed counts: " + rebuild.trigger());
    }
}
