package org.dossier.render;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Pebble's {@code html} escaping as it was, character for character: the five characters that are markup
 * ({@code < > & " '}) become references and everything else stays, which is what unbescape's
 * {@code escapeHtml4Xml} does for Pebble. Done here because unbescape, on its first call, builds its tables
 * of all 2,000 HTML5 entity names (a search per name), which no level-1 escape reads: in a build of the two
 * seeds that alone held up every rendering thread for a tenth of the build's start.
 */
final class MarkupEscaping implements EscapingStrategy {
    @Override
    public String escape(String input) {
        if (input == null) return null;
        int first = 0;
        while (first < input.length() && reference(input.charAt(first)) == null) first++;
        if (first == input.length()) return input;
        StringBuilder escaped = new StringBuilder(input.length() + 16).append(input, 0, first);
        for (int i = first; i < input.length(); i++) {
            char c = input.charAt(i);
            String reference = reference(c);
            if (reference == null) escaped.append(c); else escaped.append(reference);
        }
        return escaped.toString();
    }

    /** The reference for a markup character (HTML 4 has no name for the apostrophe), null for any other. */
    private static String reference(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
