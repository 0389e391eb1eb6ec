package org.dossier.analyze.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;

/**
 * Finds quoted words: “…” and „…” (Dutch and English typography), «…», ‘…’, straight "…" and '…', and
 * the mixed „…" of copy pasted from a typeset text into a plain editor. A quote inside a quote is part
 * of the outer one; an unclosed quote is no quote. A mark that opens stands before a word and after a
 * space, a bracket or a dash; a mark that closes stands after a word and before no letter: so the
 * apostrophes of {@code 's avonds}, {@code zo'n}, {@code don't} and {@code Biden’s} open and close nothing.
 */
final class QuoteFinder {
    private QuoteFinder() {}

    /**
     * The quotes of a block: a block quote (a Markdown {@code >}, an HTML {@code <blockquote>}) that holds
     * no quotation marks quotes its words as a whole, as a page sets them apart instead of marking them.
     */
    static List<QuotedSpan> inBlock(Block block) {
        List<QuotedSpan> marked = find(block.text());
        String text = block.text();
        if (!marked.isEmpty() || block.kind() != BlockKind.QUOTE || hasDoubleMarks(text)) return marked;
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return hasLetter(text, start, end) ? List.of(new QuotedSpan(-1, text.length(), start, end)) : List.of();
    }

    static List<QuotedSpan> find(String text) {
        List<QuotedSpan> quotes = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = -1;
            if (c == '“') close = text.indexOf('”', i + 1);
            else if (c == '„') close = closingLow(text, i + 1);
            else if (c == '«') close = text.indexOf('»', i + 1);
            else if (c == '‘' && opensAt(text, i)) close = closingSingle(text, i + 1, '’');
            else if (c == '"' && opensAt(text, i)) close = text.indexOf('"', i + 1);
            else if (c == '\'' && opensAt(text, i) && !isElision(text, i)) close = closingSingle(text, i + 1, '\'');
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

    /**
     * The mark that closes „: ”, or a straight " that ends a word (pasted copy), whichever comes first;
     * else “ (the German „…“).
     */
    private static int closingLow(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '”' || c == '"' && !Character.isWhitespace(text.charAt(i - 1))) return i;
        }
        return text.indexOf('“', from);
    }

    /**
     * ’ and ' also write apostrophes (Biden’s, don't): a closing single quote ends a word and is not
     * followed by a letter. The apostrophe of a plural possessive ({@code the workers' houses},
     * {@code Kees' fiets}) looks like such a close, so a mark after an s, x or z with a word after it
     * closes the quote only when no later mark could, before the next quote opens.
     */
    private static int closingSingle(String text, int from, char mark) {
        for (int i = from; i < text.length(); i++) {
            if (!closesSingle(text, i, mark)) continue;
            if (mayBePossessive(text, i) && laterCloseBeforeNextOpening(text, i + 1, mark)) continue;
            return i;
        }
        return -1;
    }

    private static boolean closesSingle(String text, int i, char mark) {
        return text.charAt(i) == mark && !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    private static boolean mayBePossessive(String text, int i) {
        return "sxzSXZ".indexOf(text.charAt(i - 1)) >= 0 && i + 2 < text.length()
                && Character.isWhitespace(text.charAt(i + 1)) && Character.isLetter(text.charAt(i + 2));
    }

    private static boolean laterCloseBeforeNextOpening(String text, int from, char mark) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == mark && opensAt(text, i) && !isElision(text, i)) return false;
            if (closesSingle(text, i, mark)) return true;
        }
        return false;
    }

    /** The apostrophe of a dropped letter, a small one alone: 's avonds, 't, 'n, 'k. */
    private static boolean isElision(String text, int i) {
        return i + 2 >= text.length() || Character.isLowerCase(text.charAt(i + 1)) && !Character.isLetterOrDigit(text.charAt(i + 2));
    }

    private static boolean opensAt(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-:".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    /** Double quotation marks, which a block quote holds when it marks its words itself (closed or not). */
    private static boolean hasDoubleMarks(String text) {
        for (int i = 0; i < text.length(); i++) if ("“”„\"«»".indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    private static boolean hasLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) if (Character.isLetter(text.charAt(i))) return true;
        return false;
    }
}
