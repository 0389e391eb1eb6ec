package org.dossier.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The request line and headers of one HTTP/1.x request, read with limits: a head longer than
 * {@link #MAX_BYTES} or with more than {@link #MAX_HEADERS} headers is refused, so a client cannot make the
 * server hold unbounded text. (The time a client may take is bounded by the server, see PreviewServer.)
 */
record RequestHead(String method, String target, Map<String, String> headers) {
    static final int MAX_BYTES = 16 * 1024;
    static final int MAX_HEADERS = 100;

    /** A request the server answers with {@code status} and closes. */
    static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** The value of a header (name in any case), or null; a repeated header keeps its first value. */
    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Reads up to the blank line that ends the head; null when the client closed before sending anything. */
    static RequestHead read(InputStream in) throws IOException, Refused {
        String head = readHead(in);
        if (head == null) return null;
        String[] lines = head.split("\r?\n");
        String[] request = lines[0].split(" ");
        if (request.length != 3 || request[0].isEmpty() || !request[2].startsWith("HTTP/1.")) {
            throw new Refused(400, "not an HTTP/1 request line");
        }
        if (lines.length - 1 > MAX_HEADERS) throw new Refused(431, "too many headers");
        Map<String, String> headers = new TreeMap<>();
        int hosts = 0;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) throw new Refused(400, "a header line without a name");
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (name.equals("host")) hosts++;
            headers.putIfAbsent(name, lines[i].substring(colon + 1).trim());
        }
        if (hosts != 1) throw new Refused(400, "a request needs exactly one Host header");
        return new RequestHead(request[0], request[1], headers);
    }

    private static String readHead(InputStream in) throws IOException, Refused {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        int newlines = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (bytes.size() == 0) return null;
                throw new IOException("the client closed the connection inside the request head");
            }
            if (b == '\n') {
                if (++newlines == 2) break;
            } else if (b != '\r') {
                newlines = 0;
            }
            if (bytes.size() == MAX_BYTES) throw new Refused(431, "the request head is longer than " + MAX_BYTES + " bytes");
            bytes.write(b);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1).strip();
    }
}
