package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens and marks where sentences start. A full stop ends a sentence unless it
 * ends an abbreviation or an initial; a stop glued to the next word ("Kiev.De") still ends one.
 */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<initials>(?:\\p{Lu}\\.){2,})"
            + "|(?<handle>[@#][\\p{L}\\p{N}_]+)"
            + "|(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:(?:['’\\-&](?!\\p{Lu}\\.)|\\.(?=[\\p{Ll}\\p{N}]))[\\p{L}\\p{M}\\p{N}]+)*)"
            + "|(?<number>\\p{N}+(?:[.,:/\\-]\\p{N}+)*(?:\\p{L}+)?)"
            + "|(?<other>\\S)");
    /** TOKEN's groups by number, in the order they open: asked of every token, and a name is looked up in a map. */
    private static final int INITIALS = 1, HANDLE = 2, WORD = 3, NUMBER = 4;
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "…", ":", ";");
    private static final Set<String> OPENING_QUOTES = Set.of("“", "„", "«", "‘", "‚", "‹");
    private static final Set<String> TRANSPARENT = Set.of("”", "\"", "’", "'", "»", "›", ")", "]");

    private Tokenizer() {}

    static List<Token> tokenize(String text, Set<String> abbreviations) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        boolean startNext = true;
        int lastEnd = 0;
        while (m.find()) {
            String s = m.group();
            Token.Kind kind = m.start(INITIALS) >= 0 || m.start(WORD) >= 0 ? Token.Kind.WORD
                    : m.start(HANDLE) >= 0 ? Token.Kind.HANDLE
                    : m.start(NUMBER) >= 0 ? Token.Kind.NUMBER : Token.Kind.PUNCTUATION;
            if (hasLineBreak(text, lastEnd, m.start())) startNext = true;
            int start = m.start();
            int end = m.end();
            // An initial or an abbreviation keeps its full stop: "J. Smith", "dr. Peeters".
            if (kind == Token.Kind.WORD && end < text.length() && text.charAt(end) == '.'
                    && (isInitial(s) || abbreviations.contains(s.toLowerCase(java.util.Locale.ROOT)))) {
                end++;
                s = s + ".";
            }
            boolean opening = kind == Token.Kind.PUNCTUATION && isOpeningQuote(text, start, s);
            tokens.add(new Token(start, end, s, kind, startNext));
            lastEnd = end;
            if (kind == Token.Kind.PUNCTUATION) {
                if (SENTENCE_ENDS.contains(s) || opening) startNext = true;
                else if (!TRANSPARENT.contains(s)) startNext = false;
            } else {
                startNext = false;
            }
            if (end != m.end()) m.region(end, text.length());
        }
        return List.copyOf(tokens);
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') return true;
        }
        return false;
    }

    private static boolean isInitial(String s) {
        return s.length() == 1 && Character.isUpperCase(s.charAt(0));
    }

    /** A typographic opening quote, or a straight quote that stands before a word. */
    private static boolean isOpeningQuote(String text, int at, String s) {
        if (OPENING_QUOTES.contains(s)) return true;
        if (!s.equals("\"")) return false;
        boolean spaceBefore = at == 0 || Character.isWhitespace(text.charAt(at - 1)) || text.charAt(at - 1) == '(';
        boolean wordAfter = at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1));
        return spaceBefore && wordAfter;
    }
}
