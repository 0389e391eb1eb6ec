package org.dossier.preview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A page's server-sent event stream, read on a thread of its own: what the live-reload script hears.
 * Spoken as HTTP/1.0 over a plain socket, so the body arrives unchunked and closing is immediate.
 */
final class EventStream implements AutoCloseable {
    /** One event: its name and its data line. */
    record Event(String name, String data) {}

    private final Socket socket;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    EventStream(InetSocketAddress server, String page, String session, long generation) throws IOException {
        socket = new Socket(server.getAddress(), server.getPort());
        String path = ReloadHook.EVENTS + "?page=" + SiteFiles.encode(page) + "&session=" + SiteFiles.encode(session)
                + "&generation=" + generation;
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.0\r\nHost: localhost:" + server.getPort() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String status = in.readLine();
        if (status == null || !status.contains(" 200 ")) throw new IOException("events answered " + status);
        Thread reader = new Thread(() -> read(in), "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(BufferedReader in) {
        try {
            String name = null;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("event: ")) name = line.substring(7);
                else if (line.startsWith("data: ") && name != null) {
                    events.add(new Event(name, line.substring(6)));
                    name = null;
                }
            }
        } catch (IOException e) {
            // The stream ended.
        }
    }

    /** The next event, waiting at most {@code timeout}; null if none came. */
    Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next event of that name, skipping others, waiting at most {@code timeout} in all; null if none came. */
    Event next(String name, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Event event = events.poll(Math.max(1, (end - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (event != null && event.name().equals(name)) return event;
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
