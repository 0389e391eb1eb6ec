package org.dossier.preview;

import java.nio.charset.StandardCharsets;

/**
 * Adds the live-reload script to a page as the preview sends it (never to the file on disk). The script
 * tag names the page and the rebuild it comes from, so that the server can tell a page that missed a
 * rebuild while it was loading to reload at once.
 */
final class ReloadHook {
    static final String PREFIX = "/__dossier/";
    static final String SCRIPT = PREFIX + "live.js";
    static final String EVENTS = PREFIX + "events";

    private static final byte[] BODY_END = "</body".getBytes(StandardCharsets.US_ASCII);

    private ReloadHook() {}

    /** The page with the script before its last {@code </body>}, or at its end when it has none. */
    static byte[] inject(byte[] html, String page, String session, long generation) {
        return inject(html, tag(page, session, generation));
    }

    /** The same, with the overlay's words in the site's language as attributes the script reads. */
    static byte[] inject(byte[] html, String page, String session, long generation, PreviewWords words) {
        return inject(html, tag(page, session, generation).replace("></script>", " data-failed=\"" + attribute(words.failed())
                + "\" data-hide=\"" + attribute(words.hide()) + "\" data-lang=\"" + attribute(words.language()) + "\"></script>"));
    }

    private static byte[] inject(byte[] html, String script) {
        byte[] tag = script.getBytes(StandardCharsets.UTF_8);
        int at = lastIndexOfIgnoreCase(html, BODY_END);
        if (at < 0) at = html.length;
        byte[] result = new byte[html.length + tag.length];
        System.arraycopy(html, 0, result, 0, at);
        System.arraycopy(tag, 0, result, at, tag.length);
        System.arraycopy(html, at, result, at + tag.length, html.length - at);
        return result;
    }

    static String tag(String page, String session, long generation) {
        return "<script src=\"" + SCRIPT + "\" data-page=\"" + attribute(page) + "\" data-session=\"" + attribute(session)
                + "\" data-generation=\"" + generation + "\"></script>\n";
    }

    static String attribute(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static int lastIndexOfIgnoreCase(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int k = 0; k < needle.length; k++) {
                if (Character.toLowerCase(haystack[i + k]) != needle[k]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
