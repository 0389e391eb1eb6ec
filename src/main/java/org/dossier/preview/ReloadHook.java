package org.dossier.preview;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern CSP_META = Pattern.compile(
            "<meta\\s[^>]*http-equiv\\s*=\\s*[\"']?content-security-policy[\"']?[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT = Pattern.compile("\\scontent\\s*=\\s*[\"']", Pattern.CASE_INSENSITIVE);
    private static final String CONNECT_SELF = "connect-src 'self'; ";

    private ReloadHook() {}

    /**
     * The page with the script before its last {@code </body>}, or at its end when it has none, and with
     * {@code connect-src 'self'} in its Content-Security-Policy, if it has one (see {@link #allowEvents}).
     */
    static byte[] inject(byte[] html, String page, String session, long generation) {
        return inject(html, tag(page, session, generation));
    }

    /** The same, with the overlay's words in the site's language as attributes the script reads. */
    static byte[] inject(byte[] html, String page, String session, long generation, PreviewWords words) {
        return inject(html, tag(page, session, generation).replace("></script>", " data-failed=\"" + attribute(words.failed())
                + "\" data-failed-partly=\"" + attribute(words.failedPartly())
                + "\" data-hide=\"" + attribute(words.hide()) + "\" data-lang=\"" + attribute(words.language()) + "\"></script>"));
    }

    private static byte[] inject(byte[] html, String script) {
        html = allowEvents(html);
        byte[] tag = script.getBytes(StandardCharsets.UTF_8);
        int at = lastIndexOfIgnoreCase(html, BODY_END);
        if (at < 0) at = html.length;
        byte[] result = new byte[html.length + tag.length];
        System.arraycopy(html, 0, result, 0, at);
        System.arraycopy(tag, 0, result, at, tag.length);
        System.arraycopy(html, at, result, at + tag.length, html.length - at);
        return result;
    }

    /**
     * The site's policy ({@code default-src 'none'}) forbids connections, so the script's event stream would
     * be blocked. What {@code serve} sends (never the file on disk) gets {@code connect-src 'self'} first in
     * the policy's {@code content}: the first of two same-named directives wins. Nothing else is loosened.
     */
    static byte[] allowEvents(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        Matcher meta = CSP_META.matcher(text);
        if (!meta.find()) return html;
        Matcher content = CONTENT.matcher(meta.group());
        if (!content.find()) return html;
        int at = meta.start() + content.end();
        return (text.substring(0, at) + CONNECT_SELF + text.substring(at)).getBytes(StandardCharsets.UTF_8);
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
