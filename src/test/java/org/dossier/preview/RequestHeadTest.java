package org.dossier.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading a request head: what is kept, and what is refused with which status. */
class RequestHeadTest {
    private static RequestHead read(String text) throws Exception {
        return RequestHead.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static int refused(String text) {
        return assertThrows(RequestHead.Refused.class, () -> read(text)).status;
    }

    @Test
    void readsTheRequestLineAndHeadersUpToTheBlankLineOnly() throws Exception {
        RequestHead head = read("GET /a/b.html?x=1 HTTP/1.1\r\nHost: localhost:8080\r\nX-Thing:  value \r\n\r\nbody, not read");
        assertEquals("GET", head.method());
        assertEquals("/a/b.html?x=1", head.target());
        assertEquals("localhost:8080", head.header("HOST"));
        assertEquals("value", head.header("x-thing"));
        assertEquals("localhost", read("GET / HTTP/1.0\nHost: localhost\n\n").header("host"), "bare line feeds too");
    }

    @Test
    void isNothingWhenTheClientClosesWithoutAWord() throws Exception {
        assertNull(read(""));
        assertThrows(IOException.class, () -> read("GET / HTTP/1.1\r\nHost: local"), "closed half-way");
    }

    @Test
    void refusesWhatIsNotAnHttp1RequestWithOneHost() {
        assertEquals(400, refused("HELLO\r\n\r\n"));
        assertEquals(400, refused("GET / SPDY/3\r\nHost: a\r\n\r\n"));
        assertEquals(400, refused("GET / HTTP/1.1\r\n\r\n"));
        assertEquals(400, refused("GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n"));
        assertEquals(400, refused("GET / HTTP/1.1\r\nHost: a\r\nno colon here\r\n\r\n"));
    }

    @Test
    void refusesAHeadTooLongOrWithTooManyHeaders() {
        assertEquals(431, refused("GET / HTTP/1.1\r\nHost: a\r\nX: " + "y".repeat(RequestHead.MAX_BYTES) + "\r\n\r\n"));
        assertEquals(431, refused("GET / HTTP/1.1\r\nHost: a\r\n" + "X: y\r\n".repeat(RequestHead.MAX_HEADERS) + "\r\n"));
    }
}
