package org.dossier.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server against clients that misbehave: foreign hosts, slow heads, too many at once. */
class PreviewServerLimitsTest {
    private static final Duration HEAD = Duration.ofMillis(600);

    @TempDir
    Path site;
    private PreviewServer server;
    private final LiveReload live = new LiveReload("test-session");
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body><p>The home page</p></body></html>");
        server = PreviewServer.start(new InetSocketAddress(PreviewConfig.loopback(), 0), site, live,
                new PreviewServer.Limits(HEAD, Duration.ofSeconds(5), 2));
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) socket.close();
        server.close();
    }

    private int port() {
        return server.address().getPort();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(server.address().getAddress(), port());
        socket.setSoTimeout(10_000); // no test waits longer for an answer
        sockets.add(socket);
        return socket;
    }

    private String request(String host) throws IOException {
        Socket socket = connect();
        socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void refusesARequestForAnotherHostAsADnsRebindingPageWouldSendIt() throws IOException {
        String foreign = request("attacker.example:" + port());
        assertTrue(foreign.startsWith("HTTP/1.1 421 "), foreign);
        assertTrue(!foreign.contains("The home page"), foreign);
        assertTrue(request("localhost:" + (port() + 1)).startsWith("HTTP/1.1 421 "), "another port");

        String own = request("127.0.0.1:" + port());
        assertTrue(own.startsWith("HTTP/1.1 200 "), own);
        assertTrue(own.contains("The home page"));
        assertTrue(request("localhost:" + port()).startsWith("HTTP/1.1 200 "));

        Socket absolute = connect();
        absolute.getOutputStream().write(("GET http://attacker.example:" + port() + "/ HTTP/1.1\r\nHost: localhost:" + port()
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        String named = new String(absolute.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(named.startsWith("HTTP/1.1 421 "), "a request line that names another host: " + named);
    }

    @Test
    void refusesARequestWithoutHostOrWithTwo() throws IOException {
        Socket none = connect();
        none.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertTrue(new String(none.getInputStream().readAllBytes(), StandardCharsets.UTF_8).startsWith("HTTP/1.1 400 "));
        Socket two = connect();
        two.getOutputStream().write(("GET / HTTP/1.1\r\nHost: localhost:" + port() + "\r\nHost: evil.example\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertTrue(new String(two.getInputStream().readAllBytes(), StandardCharsets.UTF_8).startsWith("HTTP/1.1 400 "));
    }

    @Test
    void cutsOffAClientThatSendsItsHeadersSlowly() throws Exception {
        Socket slow = connect();
        OutputStream out = slow.getOutputStream();
        out.write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
        long start = System.nanoTime();
        boolean cutOff = false;
        // One header line every 100 ms, each read well inside any per-read timeout; at most 50 of them (5 s).
        for (int i = 0; i < 50 && !cutOff; i++) {
            Thread.sleep(100);
            try {
                out.write(("X-Slow-" + i + ": still coming\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.setSoTimeout(1);
                cutOff = slow.getInputStream().read() < 0;
            } catch (SocketTimeoutException e) {
                // Still open.
            } catch (IOException e) {
                cutOff = true; // reset by the server
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(cutOff, "the connection was still open after 5 s of trickled headers");
        assertTrue(millis < HEAD.toMillis() + 1_500, "cut off after " + millis + " ms, the limit is " + HEAD.toMillis());
        assertTrue(request("localhost:" + port()).startsWith("HTTP/1.1 200 "), "and the server still answers");
    }

    @Test
    void answersBusyBeyondItsThreadsInsteadOfStartingMore() throws Exception {
        // Two clients that connect and say nothing hold both request threads until their time runs out.
        connect();
        connect();
        Thread.sleep(100);
        Socket third = connect();
        third.getOutputStream().write(("GET / HTTP/1.1\r\nHost: localhost:" + port() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        String busy = new String(third.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(busy.startsWith("HTTP/1.1 503 "), busy);

        Thread.sleep(HEAD.toMillis() + 300);
        assertTrue(request("localhost:" + port()).startsWith("HTTP/1.1 200 "), "free again once the silent clients are cut off");
    }

    @Test
    void refusesAnOverlongHead() throws IOException {
        Socket socket = connect();
        OutputStream out = socket.getOutputStream();
        out.write(("GET / HTTP/1.1\r\nHost: localhost:" + port() + "\r\nX-Big: ").getBytes(StandardCharsets.US_ASCII));
        out.write("a".repeat(RequestHead.MAX_BYTES).getBytes(StandardCharsets.US_ASCII));
        out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("HTTP/1.1 431 ", answer.substring(0, 13), answer);
    }
}
