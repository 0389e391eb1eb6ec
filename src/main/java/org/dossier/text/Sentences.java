package org.dossier.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences of a block's text, for Dutch and English news. Two splits, for two readers, kept apart
 * because making one follow the other would change what the site shows:
 *
 * <ul>
 *   <li>{@link #split}, for dates and events: a sentence ends at {@code . ! ? …} (after any closing
 *       quotes) when the next one opens with a capital, a digit or a quote, also where a missing space
 *       glues two sentences ("Kiev.De"), which copy-paste produces, and at a line break. Abbreviations
 *       and initials ("dhr.", "J. Biden", "U.S.") do not end a sentence.</li>
 *   <li>{@link #startsOutsideQuotes}, for quotes and their speakers: a sentence ends at {@code . ! ?}
 *       followed by a capital or an opening quote (also without a space), except after an initial, and
 *       never inside a quotation, which may hold sentences of its own.</li>
 * </ul>
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "dhr", "mr", "mevr", "mrs", "ms", "dr", "drs", "prof", "ir", "ing", "bv", "bijv", "o.a", "e.d",
            "jl", "j.l", "a.s", "nr", "st", "sr", "jr", "vs", "etc", "e.g", "i.e", "inc", "corp", "co", "ltd",
            "gen", "gov", "sen", "rep", "lt", "col", "capt", "mt", "no", "u.s", "u.k", "u.n", "ca", "resp",
            "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec", "mar");

    private Sentences() {}

    /** The sentences of {@code text} in order, each trimmed of surrounding whitespace; never empty ones. */
    public static List<TextRange> split(String text) {
        List<TextRange> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(sentences, text, start, i);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '.' || isClosingQuote(text.charAt(end)) || text.charAt(end) == ')')) end++;
                if (endsSentence(text, i, end)) {
                    add(sentences, text, start, end);
                    start = end;
                    i = end - 1;
                }
            }
        }
        add(sentences, text, start, n);
        return List.copyOf(sentences);
    }

    /** The sentence holding {@code position}, or the whole text trimmed when none does. */
    public static TextRange around(List<TextRange> sentences, int position) {
        for (TextRange s : sentences) {
            if (s.start() <= position && position < s.end()) return s;
        }
        return sentences.isEmpty() ? new TextRange(0, 0) : sentences.get(sentences.size() - 1);
    }

    private static boolean endsSentence(String text, int mark, int after) {
        int n = text.length();
        if (after >= n) return true;
        if (text.charAt(mark) == '.' && !isFullStop(text, mark)) return false;
        char next = text.charAt(after);
        if (Character.isWhitespace(next)) {
            int j = after;
            while (j < n && Character.isWhitespace(text.charAt(j))) j++;
            if (j >= n) return true;
            char first = text.charAt(j);
            return Character.isUpperCase(first) || Character.isDigit(first) || isOpeningQuote(first)
                    || first == '(' || first == '—' || first == '–' || first == '-';
        }
        // "Kiev.De": a word of three or more letters, a full stop and a capitalised word, no space.
        return text.charAt(mark) == '.' && after + 1 < n && Character.isUpperCase(next)
                && Character.isLowerCase(text.charAt(after + 1)) && wordBefore(text, mark).length() >= 3;
    }

    private static boolean isFullStop(String text, int dot) {
        String word = wordBefore(text, dot);
        if (word.isEmpty()) return !(dot > 0 && Character.isDigit(text.charAt(dot - 1)) && dot + 1 < text.length()
                && Character.isDigit(text.charAt(dot + 1)));
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return false;
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The letters and inner dots just before {@code dot}, e.g. "o.a" or "Kiev". */
    private static String wordBefore(String text, int dot) {
        int j = dot;
        while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || (text.charAt(j - 1) == '.' && j - 1 > 0
                && Character.isLetter(text.charAt(j - 2))))) j--;
        return text.substring(j, dot);
    }

    private static boolean isClosingQuote(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == '»';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '“' || c == '"' || c == '‘' || c == '\'' || c == '«' || c == '„';
    }

    private static void add(List<TextRange> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) sentences.add(new TextRange(start, end));
    }

    /**
     * Start offsets of the sentences of {@code text}, the first being 0, not counting stops inside the
     * {@code quoted} stretches (each the inside of a quotation, between its marks).
     */
    public static List<Integer> startsOutsideQuotes(String text, List<TextRange> quoted) {
        char[] masked = text.toCharArray();
        for (TextRange q : quoted) for (int i = q.start(); i < q.end(); i++) masked[i] = 'x';
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < masked.length; i++) {
            char c = masked[i];
            if (c != '.' && c != '!' && c != '?') continue;
            int j = i + 1;
            while (j < masked.length && "”\"’'»)".indexOf(masked[j]) >= 0) j++;
            int k = j;
            while (k < masked.length && Character.isWhitespace(masked[k])) k++;
            if (k >= masked.length) break;
            boolean opensQuote = "“„\"‘«".indexOf(masked[k]) >= 0;
            if ((Character.isUpperCase(masked[k]) || opensQuote) && !isInitial(masked, i)) starts.add(k);
        }
        return starts;
    }

    /** "J. Smith": a single capital before the stop. */
    private static boolean isInitial(char[] text, int stop) {
        return stop >= 1 && Character.isUpperCase(text[stop - 1]) && (stop == 1 || !Character.isLetter(text[stop - 2]));
    }

    /** Of the sentence starts {@link #startsOutsideQuotes} gave, the start of the sentence holding {@code offset}. */
    public static int sentenceStart(List<Integer> starts, int offset) {
        int best = 0;
        for (int s : starts) if (s <= offset) best = s;
        return best;
    }

    /** Of the sentence starts {@link #startsOutsideQuotes} gave, the end of the sentence holding {@code offset}. */
    public static int sentenceEnd(List<Integer> starts, int offset, int length) {
        for (int s : starts) if (s > offset) return s;
        return length;
    }
}
