package org.dossier.preview;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of the preview: the site's files under their paths, a 404 page, the live-reload script and
 * its event stream. Only GET and HEAD, one request per connection; every page goes out with the reload
 * hook and without caching, so the browser always shows the file as it is now.
 *
 * <p>Its own accept loop rather than the JDK's {@code HttpServer}, whose time limits and thread use can
 * only be set through JVM-wide system properties ({@code sun.net.httpserver.*}), and rather than a
 * server library, whose idle timeouts bound each read but not the whole request head. Here each
 * connection gets {@link Limits#head()} in all to send its request head (a client that trickles bytes,
 * slowloris, is cut off), and {@link Limits#response()} for its answer to be taken; requests are served
 * by at most {@link Limits#workers()} threads, and a connection beyond them is answered 503 at once.
 * An event stream holds no thread: after its headers it belongs to {@link LiveReload}. A request whose
 * {@code Host} is not this server's address is refused (421, see {@link HostCheck}).
 */
final class PreviewServer implements AutoCloseable {
    /** How long a client has, and how many requests are served at once. */
    record Limits(Duration head, Duration response, int workers) {
        static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(60), 16);
    }

    private final ServerSocket socket;
    private final Limits limits;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService deadlines;
    private final Thread acceptor;
    private final SiteFiles files;
    private final LiveReload live;
    private final byte[] script;
    private volatile boolean closed;

    private PreviewServer(ServerSocket socket, Limits limits, SiteFiles files, LiveReload live, byte[] script) {
        this.socket = socket;
        this.limits = limits;
        this.files = files;
        this.live = live;
        this.script = script;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, limits.workers(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> daemon(runnable, "dossier-preview-http-" + count.incrementAndGet()));
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> daemon(runnable, "dossier-preview-deadlines"));
        timer.setRemoveOnCancelPolicy(true); // most deadlines are met, and would otherwise wait in the queue until due
        this.deadlines = timer;
        this.acceptor = daemon(this::accept, "dossier-preview-accept");
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Listens on {@code address} (port 0: any free port) and serves the folder {@code site}. */
    static PreviewServer start(InetSocketAddress address, Path site, LiveReload live) throws IOException {
        return start(address, site, live, Limits.DEFAULT);
    }

    static PreviewServer start(InetSocketAddress address, Path site, LiveReload live, Limits limits) throws IOException {
        byte[] script;
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            if (in == null) throw new IOException("live.js is missing from the classpath");
            script = in.readAllBytes();
        }
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(address, 64);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        PreviewServer server = new PreviewServer(socket, limits, new SiteFiles(site), live, script);
        server.acceptor.start();
        return server;
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private void accept() {
        while (!closed) {
            Socket connection;
            try {
                connection = socket.accept();
            } catch (IOException e) {
                if (closed) return;
                continue; // one failed accept (a client that reset at once) is no reason to stop serving
            }
            ScheduledFuture<?> deadline = closeAfter(connection, limits.head());
            try {
                workers.execute(() -> serve(connection, deadline));
            } catch (RejectedExecutionException e) {
                deadline.cancel(false);
                busy(connection);
            }
        }
    }

    /** Closes {@code connection} when its time is up, whatever its thread is doing, which ends a blocked read or write. */
    private ScheduledFuture<?> closeAfter(Socket connection, Duration time) {
        return deadlines.schedule(() -> quietly(connection), time.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void busy(Socket connection) {
        try (connection) {
            connection.setSoTimeout(1000);
            OutputStream out = connection.getOutputStream();
            out.write(("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // The client is gone.
        }
    }

    private void serve(Socket connection, ScheduledFuture<?> headDeadline) {
        boolean streaming = false;
        boolean unread = false;
        try {
            RequestHead head;
            try {
                head = RequestHead.read(new BufferedInputStream(connection.getInputStream()));
            } catch (RequestHead.Refused e) {
                headDeadline.cancel(false);
                unread = true;
                respond(connection, e.status, "text/plain; charset=utf-8", (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            if (!headDeadline.cancel(false)) return; // the time for the head ran out, and the connection is closed
            if (head == null) return;
            ScheduledFuture<?> responseDeadline = closeAfter(connection, limits.response());
            unread = !head.method().equals("GET") && !head.method().equals("HEAD");
            try {
                streaming = handle(connection, head);
            } finally {
                responseDeadline.cancel(false);
            }
        } catch (IOException | RuntimeException e) {
            // The client went away or sent what cannot be answered; the connection is closed below.
        } finally {
            if (!streaming) {
                if (unread) drain(connection);
                quietly(connection);
            }
        }
    }

    /**
     * Reads what the client may still send (a refused head's rest, a body nobody asked for) for a moment
     * before closing: closing with unread bytes resets the connection, and a reset can make the client
     * lose the answer it was sent.
     */
    private static void drain(Socket connection) {
        try {
            connection.setSoTimeout(200);
            InputStream in = connection.getInputStream();
            byte[] buffer = new byte[8192];
            for (int total = 0; total < 64 * 1024; ) {
                int n = in.read(buffer);
                if (n < 0) return;
                total += n;
            }
        } catch (IOException e) {
            // Timed out or closed: either way, done.
        }
    }

    /** Answers one request; true when the connection became an event stream that stays open. */
    private boolean handle(Socket connection, RequestHead head) throws IOException {
        if (!HostCheck.allows(head.header("host"), address())) {
            respond(connection, 421, "text/plain; charset=utf-8", ("This preview answers only requests for "
                    + Preview.origin(address()) + "\n").getBytes(StandardCharsets.UTF_8), false);
            return false;
        }
        String method = head.method();
        boolean isHead = method.equals("HEAD");
        if (!isHead && !method.equals("GET")) {
            respond(connection, 405, Map.of("Allow", "GET, HEAD"), "text/plain; charset=utf-8",
                    "Only GET and HEAD\n".getBytes(StandardCharsets.UTF_8), false);
            return false;
        }
        URI uri;
        try {
            uri = new URI(head.target());
        } catch (URISyntaxException e) {
            respond(connection, 400, "text/plain; charset=utf-8", "Not a valid request path\n".getBytes(StandardCharsets.UTF_8), false);
            return false;
        }
        if (uri.getRawAuthority() != null && !HostCheck.allows(uri.getRawAuthority(), address())) {
            // A request line in absolute form names its host itself, and that name counts (RFC 9112, 3.2.2).
            respond(connection, 421, "text/plain; charset=utf-8", ("This preview answers only requests for "
                    + Preview.origin(address()) + "\n").getBytes(StandardCharsets.UTF_8), false);
            return false;
        }
        String path = uri.getRawPath();
        if (ReloadHook.EVENTS.equals(path) && !isHead) {
            if (live.clients() >= LiveReload.MAX_CLIENTS) {
                respond(connection, 503, "text/plain; charset=utf-8", "Too many open pages\n".getBytes(StandardCharsets.UTF_8), false);
                return false;
            }
            Map<String, String> query = query(uri.getRawQuery());
            OutputStream out = new BufferedOutputStream(connection.getOutputStream());
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\n"
                    + "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            live.connect(out, connection, query.getOrDefault("page", ""), query.getOrDefault("session", ""),
                    parseLong(query.get("generation")));
            return true;
        }
        if (ReloadHook.SCRIPT.equals(path)) {
            respond(connection, 200, "text/javascript; charset=utf-8", script, isHead);
            return false;
        }
        serveSite(connection, path, isHead);
        return false;
    }

    private void serveSite(Socket connection, String path, boolean head) throws IOException {
        SiteFiles.Resolution resolution = files.resolve(path);
        if (resolution instanceof SiteFiles.Redirect redirect) {
            respond(connection, 301, Map.of("Location", redirect.location()), "text/plain; charset=utf-8", new byte[0], head);
        } else if (resolution instanceof SiteFiles.Found found) {
            byte[] content;
            try {
                content = Files.readAllBytes(found.file());
            } catch (IOException e) {
                // Removed between the check and the read, by a rebuild: as good as never there.
                notFound(connection, found.page(), head);
                return;
            }
            String type = ContentTypes.of(found.file().getFileName().toString());
            if (ContentTypes.isHtml(type)) content = hooked(content, found.page());
            respond(connection, 200, type, content, head);
        } else {
            notFound(connection, ((SiteFiles.Missing) resolution).page(), head);
        }
    }

    private void notFound(Socket connection, String page, boolean head) throws IOException {
        PreviewWords words = live.words();
        String html = "<!DOCTYPE html>\n<html lang=\"" + ReloadHook.attribute(words.language()) + "\">\n<head><meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; base-uri 'none'; form-action 'self'\">\n<title>"
                + ReloadHook.attribute(words.notFoundTitle()) + " · Dossier preview</title></head>\n"
                + "<body>\n<h1>" + ReloadHook.attribute(words.notFoundTitle()) + "</h1>\n<p>" + ReloadHook.attribute(words.notFoundText())
                + " <code>/" + ReloadHook.attribute(page) + "</code>.</p>\n"
                + "<p><a href=\"/\">" + ReloadHook.attribute(words.home()) + "</a></p>\n</body>\n</html>\n";
        respond(connection, 404, ContentTypes.HTML, hooked(html.getBytes(StandardCharsets.UTF_8), page), head);
    }

    private byte[] hooked(byte[] html, String page) {
        return ReloadHook.inject(html, page, live.session(), live.generation(), live.words());
    }

    private static void respond(Socket connection, int status, String type, byte[] body, boolean head) throws IOException {
        respond(connection, status, Map.of(), type, body, head);
    }

    /** Sends a whole response and ends the connection; for HEAD, its headers only, with the length the body would have. */
    private static void respond(Socket connection, int status, Map<String, String> extra, String type, byte[] body, boolean head)
            throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("Content-Type", type);
        headers.put("Content-Length", Integer.toString(body.length));
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Connection", "close");
        StringBuilder text = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
        text.append("\r\n");
        OutputStream out = new BufferedOutputStream(connection.getOutputStream(), 64 * 1024);
        out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!head) out.write(body);
        out.flush();
        try {
            connection.shutdownOutput();
        } catch (SocketException e) {
            // Already closed by the client.
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 421 -> "Misdirected Request";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
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

    private static void quietly(Closeable connection) {
        try {
            connection.close();
        } catch (IOException e) {
            // Nothing more to release.
        }
    }

    @Override
    public void close() {
        closed = true;
        quietly(socket);
        try {
            acceptor.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        live.close();
        workers.shutdownNow();
        deadlines.shutdownNow();
    }
}
