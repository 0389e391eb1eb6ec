package org.dossier.analyze.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted words: “…” and „…” (Dutch and English typography), «…», ‘…’ and straight "…". A quote
 * inside a quote is part of the outer one; an unclosed quote is no quote.
 */
final class QuoteFinder {
    private QuoteFinder() {}

    static List<QuotedSpan> find(String text) {
        List<QuotedSpan> quotes = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = -1;
            if (c == '“' || c == '„') close = closing(text, i + 1, '”', '“');
            else if (c == '«') close = text.indexOf('»', i + 1);
            else if (c == '‘' && opensAt(text, i)) close = closingSingle(text, i + 1);
            else if (c == '"' && opensAt(text, i)) close = text.indexOf('"', i + 1);
            if (close > i) {
                int start = i + 1;
                int end = close;
                while (start < end && Character.isWhitespace(text.charAt(start))) start++;
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
                if (end > start && hasLetter(text, start, end)) quotes.add(new QuotedSpan(i, close, start, end));
                i = close + 1;
            } else {
                i++;
            }
        }
        return List.copyOf(quotes);
    }

    /** The closing mark; “ opens, so „…“ (German style) closes with “ when no ” follows. */
    private static int closing(String text, int from, char close, char alternative) {
        int at = text.indexOf(close, from);
        if (at >= 0) return at;
        return text.charAt(from - 1) == '„' ? text.indexOf(alternative, from) : -1;
    }

    /** ’ also writes apostrophes (Biden’s): a closing single quote is one not followed by a letter. */
    private static int closingSingle(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '’' && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)))) return i;
        }
        return -1;
    }

    private static boolean opensAt(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-:".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    private static boolean hasLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) if (Character.isLetter(text.charAt(i))) return true;
        return false;
    }
}
