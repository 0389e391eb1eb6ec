package org.dossier.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a request path to a file of the site, and never to anything outside it. The path is
 * percent-decoded once, strictly (so {@code %2e%2e} is {@code ..}, and a malformed escape is no file);
 * segments {@code .}, {@code ..} and hidden names are refused before the file system is asked, and the
 * file's real path (symbolic links followed) must still lie inside the site's real path. A folder is
 * served by its {@code index.html}, after a redirect that adds the slash relative links need; a folder
 * without one, by a redirect to the page of the same name beside it ({@code entities/} to {@code entities.html}).
 */
final class SiteFiles {
    private static final String INDEX = "index.html";

    private final Path root;

    SiteFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Where a request leads. {@code page} is the site-relative path ('/' separators) the request names. */
    sealed interface Resolution permits Found, Redirect, Missing {}

    record Found(Path file, String page) implements Resolution {}

    /** {@code location} is an absolute path on this server, built from the checked segments only. */
    record Redirect(String location) implements Resolution {}

    record Missing(String page) implements Resolution {}

    Resolution resolve(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) rawPath = "/";
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty() || !decoded.get().startsWith("/")) return new Missing("");
        String path = decoded.get();
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) continue;
            if (segment.startsWith(".") || segment.indexOf('\\') >= 0 || segment.indexOf('\0') >= 0) return new Missing("");
            segments.add(segment);
        }
        String page = String.join("/", segments);
        Path file;
        try {
            file = root.resolve(page).normalize();
        } catch (InvalidPathException e) {
            return new Missing("");
        }
        if (!file.startsWith(root)) return new Missing("");
        if (!Files.exists(file) || !isInside(file)) return new Missing(page);
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) return new Redirect(location(segments));
            Path index = file.resolve(INDEX);
            String indexPage = page.isEmpty() ? INDEX : page + "/" + INDEX;
            if (!Files.isRegularFile(index) || !isInside(index)) {
                // A folder of pages (entities/) is listed by the page of the same name beside it (entities.html).
                Path listing = file.resolveSibling(file.getFileName() + ".html");
                if (!page.isEmpty() && Files.isRegularFile(listing) && isInside(listing)) {
                    String location = location(segments);
                    return new Redirect(location.substring(0, location.length() - 1) + ".html");
                }
                return new Missing(indexPage);
            }
            return new Found(index, indexPage);
        }
        return Files.isRegularFile(file) ? new Found(file, page) : new Missing(page);
    }

    /** Whether the file, with every symbolic link on its way followed, is inside the site. */
    private boolean isInside(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String location(List<String> segments) {
        StringBuilder location = new StringBuilder("/");
        for (String segment : segments) location.append(encode(segment)).append('/');
        return location.toString();
    }

    /** Percent-encodes all but the unreserved characters of RFC 3986, so the result is only ever a path. */
    static String encode(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    /** Percent-decoding as URIs define it ('+' stays '+'); empty when an escape is malformed or not UTF-8. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) == '%') {
                if (i + 2 >= raw.length()) return Optional.empty();
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) return Optional.empty();
                bytes.write(high * 16 + low);
                i += 3;
            } else {
                int end = raw.indexOf('%', i);
                if (end < 0) end = raw.length();
                bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
