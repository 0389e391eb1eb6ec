package org.dossier.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of the preview (the JDK's own server): the site's files under their paths, a 404 page,
 * the live-reload script and its event stream. Only GET and HEAD; every page goes out with the reload
 * hook and without caching, so the browser always shows the file as it is now.
 */
final class PreviewServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final SiteFiles files;
    private final LiveReload live;
    private final byte[] script;

    private PreviewServer(HttpServer server, ExecutorService threads, SiteFiles files, LiveReload live, byte[] script) {
        this.server = server;
        this.threads = threads;
        this.files = files;
        this.live = live;
        this.script = script;
    }

    /** Listens on {@code address} (port 0: any free port) and serves the folder {@code site}. */
    static PreviewServer start(InetSocketAddress address, Path site, LiveReload live) throws IOException {
        byte[] script;
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            if (in == null) throw new IOException("live.js is missing from the classpath");
            script = in.readAllBytes();
        }
        HttpServer server = HttpServer.create(address, 0);
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "dossier-preview-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        PreviewServer preview = new PreviewServer(server, threads, new SiteFiles(site), live, script);
        server.setExecutor(threads);
        server.createContext("/", preview::handle);
        server.start();
        return preview;
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD\n".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            if (ReloadHook.EVENTS.equals(path) && !head) {
                Map<String, String> query = query(uri.getRawQuery());
                live.connect(exchange, query.getOrDefault("page", ""), query.getOrDefault("session", ""),
                        parseLong(query.get("generation")));
                return; // The stream stays open; LiveReload writes to it and closes it.
            }
            if (ReloadHook.SCRIPT.equals(path)) {
                respond(exchange, 200, "text/javascript; charset=utf-8", script, head);
                return;
            }
            serveSite(exchange, path, head);
        } catch (IOException | RuntimeException e) {
            exchange.close();
            if (e instanceof IOException io) throw io;
            throw e;
        }
    }

    private void serveSite(HttpExchange exchange, String path, boolean head) throws IOException {
        SiteFiles.Resolution resolution = files.resolve(path);
        if (resolution instanceof SiteFiles.Redirect redirect) {
            exchange.getResponseHeaders().set("Location", redirect.location());
            respond(exchange, 301, "text/plain; charset=utf-8", new byte[0], head);
        } else if (resolution instanceof SiteFiles.Found found) {
            byte[] content;
            try {
                content = Files.readAllBytes(found.file());
            } catch (IOException e) {
                // Removed between the check and the read, by a rebuild: as good as never there.
                notFound(exchange, found.page(), head);
                return;
            }
            String type = ContentTypes.of(found.file().getFileName().toString());
            if (ContentTypes.isHtml(type)) content = hooked(content, found.page());
            respond(exchange, 200, type, content, head);
        } else {
            notFound(exchange, ((SiteFiles.Missing) resolution).page(), head);
        }
    }

    private void notFound(HttpExchange exchange, String page, boolean head) throws IOException {
        PreviewWords words = live.words();
        String html = "<!DOCTYPE html>\n<html lang=\"" + ReloadHook.attribute(words.language()) + "\">\n<head><meta charset=\"utf-8\"><title>"
                + ReloadHook.attribute(words.notFoundTitle()) + " · Dossier preview</title></head>\n"
                + "<body>\n<h1>" + ReloadHook.attribute(words.notFoundTitle()) + "</h1>\n<p>" + ReloadHook.attribute(words.notFoundText())
                + " <code>/" + ReloadHook.attribute(page) + "</code>.</p>\n"
                + "<p><a href=\"/\">" + ReloadHook.attribute(words.home()) + "</a></p>\n</body>\n</html>\n";
        respond(exchange, 404, ContentTypes.HTML, hooked(html.getBytes(StandardCharsets.UTF_8), page), head);
    }

    private byte[] hooked(byte[] html, String page) {
        return ReloadHook.inject(html, page, live.session(), live.generation(), live.words());
    }

    /** Sends a whole response; for HEAD, its headers only, with the length the body would have. */
    private static void respond(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) return values;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) continue;
            SiteFiles.decode(pair.substring(eq + 1)).ifPresent(value -> values.put(pair.substring(0, eq), value));
        }
        return values;
    }

    private static long parseLong(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        live.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
