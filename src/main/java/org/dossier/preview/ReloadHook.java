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

    private static final String POLICY_START = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';";
    private static final byte[] BODY_END = "</body".getBytes(StandardCharsets.US_ASCII);

    private ReloadHook() {}

    /** The page with the script before its last {@code </body>}, or at its end when it has none. */
    static byte[] inject(byte[] html, String page, String session, long generation) {
        html = withEventsAllowed(html);
        byte[] tag = tag(page, session, generation).getBytes(StandardCharsets.UTF_8);
        int at = lastIndexOfIgnoreCase(html, BODY_END);
        if (at < 0) at = html.length;
        byte[] result = new byte[html.length + tag.length];
        System.arraycopy(html, 0, result, 0, at);
        System.arraycopy(tag, 0, result, at, tag.length);
        System.arraycopy(html, at, result, at + tag.length, html.length - at);
        return result;
    }

    /**
     * The page's Content-Security-Policy (base.peb) allows no connections ({@code default-src 'none'}), and
     * the live-reload script listens to the server's events: the copy the preview sends allows connections
     * to the server itself. Decoded as ISO-8859-1, which keeps every byte, so the rest of the page is unchanged.
     */
    static byte[] withEventsAllowed(byte[] html) {
        String page = new String(html, StandardCharsets.ISO_8859_1);
        int policy = page.indexOf(POLICY_START);
        if (policy < 0) return html;
        int at = policy + POLICY_START.length();
        return (page.substring(0, at) + " connect-src 'self';" + page.substring(at)).getBytes(StandardCharsets.ISO_8859_1);
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
