package org.dossier.preview;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dossier.render.json.JsonText;

/**
 * The open pages, each listening on a server-sent event stream, and what they are told: {@code reload}
 * after a rebuild that changed the page (or any asset, which every page uses), {@code failure} with the
 * messages when a rebuild fails, {@code ok} when a later rebuild succeeds. A page reports the rebuild it
 * was served from (its generation) and the server's session, so a page that missed an event while loading,
 * or that outlived a restart of the server, reloads as soon as it connects. Thread-safe.
 */
final class LiveReload implements AutoCloseable {
    private static final long PING_SECONDS = 15;
    /** Open pages at most; more are refused, as each holds a connection. */
    static final int MAX_CLIENTS = 64;

    private final String session;
    private final List<Client> clients = new ArrayList<>();
    private final Map<String, Long> changedAt = new HashMap<>();
    private final ScheduledExecutorService pings;
    private long generation;
    private long assetsChangedAt;
    private List<String> failure = List.of();
    /** Whether the site on disk is still the last good one while {@link #failure} shows. */
    private boolean lastGoodKept = true;

    /** The preview's own words, in the language of the last good build. */
    private final PreviewWords words = new PreviewWords();

    PreviewWords words() {
        return words;
    }

    LiveReload(String session) {
        this.session = session;
        this.pings = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dossier-preview-ping");
            thread.setDaemon(true);
            return thread;
        });
        pings.scheduleWithFixedDelay(() -> sendToAll(": ping\n\n"), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    String session() {
        return session;
    }

    synchronized long generation() {
        return generation;
    }

    /** The messages of the failed rebuild that the open pages show; empty when the last rebuild succeeded. */
    synchronized List<String> failure() {
        return failure;
    }

    /** Whether a page shows something that {@code changed} (site paths) touched. */
    static boolean affects(Set<String> changed, String page) {
        return changed.contains(page) || changed.stream().anyMatch(path -> path.startsWith("assets/"));
    }

    /** A rebuild succeeded and changed these site paths. */
    synchronized void built(Set<String> changed) {
        boolean wasFailing = !failure.isEmpty();
        failure = List.of();
        if (!changed.isEmpty()) {
            generation++;
            for (String path : changed) {
                changedAt.put(path, generation);
                if (path.startsWith("assets/")) assetsChangedAt = generation;
            }
        }
        for (Client client : List.copyOf(clients)) {
            if (affects(changed, client.page)) send(client, event("reload", Map.of()));
            else if (wasFailing) send(client, event("ok", Map.of()));
        }
    }

    /** A rebuild failed; the site on disk is the last good one. */
    synchronized void failed(List<String> messages) {
        failed(messages, true);
    }

    /** A rebuild failed; {@code siteUntouched} says whether the site on disk is still the last good one. */
    synchronized void failed(List<String> messages, boolean siteUntouched) {
        failure = List.copyOf(messages);
        lastGoodKept = siteUntouched;
        String event = failureEvent();
        for (Client client : List.copyOf(clients)) send(client, event);
    }

    /**
     * Takes over the event stream of a page served from {@code servedSession} at {@code servedGeneration}:
     * the response headers are sent; {@code body} is written to and {@code connection} closed from here on.
     */
    void connect(OutputStream body, Closeable connection, String page, String servedSession, long servedGeneration) {
        Client client = new Client(body, connection, page);
        synchronized (this) {
            clients.add(client);
            boolean missed = !session.equals(servedSession)
                    || changedAt.getOrDefault(page, 0L) > servedGeneration || assetsChangedAt > servedGeneration;
            if (missed) send(client, event("reload", Map.of()));
            else if (!failure.isEmpty()) send(client, failureEvent());
            else send(client, ": connected\n\n");
        }
    }

    synchronized int clients() {
        return clients.size();
    }

    private String failureEvent() {
        return event("failure", Map.of("messages", failure, "lastGood", lastGoodKept));
    }

    private static String event(String name, Map<String, Object> data) {
        // Compact JSON escapes line breaks, so the data is one line, as the event format needs.
        return "event: " + name + "\ndata: " + JsonText.compact(data) + "\n\n";
    }

    private synchronized void sendToAll(String text) {
        for (Client client : List.copyOf(clients)) send(client, text);
    }

    /** A page that went away is dropped on the first write that fails. */
    private void send(Client client, String text) {
        try {
            client.body.write(text.getBytes(StandardCharsets.UTF_8));
            client.body.flush();
        } catch (IOException e) {
            clients.remove(client);
            client.close();
        }
    }

    @Override
    public synchronized void close() {
        pings.shutdownNow();
        for (Client client : clients) client.close();
        clients.clear();
    }

    private record Client(OutputStream body, Closeable connection, String page) {
        void close() {
            try {
                connection.close();
            } catch (IOException e) {
                // Already gone.
            }
        }
    }
}
