package org.dossier.analyze.passages;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The words of one text with their places in it, each also in a normalised form that ignores what
 * does not change meaning: case, diacritics, quotation marks and other punctuation around words,
 * whitespace, hyphens inside words, and line-break hyphenation ("escal-\neren"). An apostrophe
 * separates words ("don't" is "don" and "t"), because copies swap it for quotation marks of every kind.
 */
final class WordTokens {
    private static final String SENTENCE_END = ".!?…";

    final String text;
    /** Where each word starts and ends in {@link #text} (end exclusive). */
    final int[] starts;
    final int[] ends;
    /** Each word normalised: lower case, no diacritics, letters and digits only. */
    final String[] norms;

    private WordTokens(String text, int[] starts, int[] ends, String[] norms) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.norms = norms;
    }

    static WordTokens of(String text) {
        int n = text.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        String[] norms = new String[16];
        int count = 0;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = wordEnd(text, i);
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                norms = Arrays.copyOf(norms, count * 2);
            }
            String norm = normalise(text, start, end);
            i = end;
            if (norm.isEmpty()) continue;
            starts[count] = start;
            ends[count] = end;
            norms[count] = norm;
            count++;
        }
        return new WordTokens(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), Arrays.copyOf(norms, count));
    }

    int size() {
        return starts.length;
    }

    /** Whether word {@code i} opens a sentence: the first word, or one after . ! ? … that is not in lower case. */
    boolean startsSentence(int i) {
        if (i == 0) return true;
        if (Character.isLowerCase(text.codePointAt(starts[i]))) return false;
        for (int c = ends[i - 1]; c < starts[i]; c++) {
            if (SENTENCE_END.indexOf(text.charAt(c)) >= 0) return true;
        }
        return false;
    }

    /** Where a word that starts at {@code from} ends, joining the pieces that inner punctuation splits. */
    private static int wordEnd(String text, int from) {
        int n = text.length();
        int j = from;
        while (true) {
            while (j < n && isWordChar(text.codePointAt(j))) j += Character.charCount(text.codePointAt(j));
            if (j >= n) return j;
            char c = text.charAt(j);
            boolean nextIsWord = j + 1 < n && isWordChar(text.codePointAt(j + 1));
            char previous = text.charAt(j - 1);
            if (c == '\u00AD' && nextIsWord) {
                j++;
            } else if (isHyphen(c) && nextIsWord) {
                j++;
            } else if ((c == '.' || c == ',') && nextIsWord && Character.isDigit(previous) && Character.isDigit(text.charAt(j + 1))) {
                j++;
            } else if (c == '.' && nextIsWord && isInitialism(text, from, j)) {
                j++;
            } else if ((isHyphen(c) || c == '\u00AD') && lineBreakThenLowerCase(text, j + 1) > 0) {
                j = lineBreakThenLowerCase(text, j + 1);
            } else {
                return j;
            }
        }
    }

    /** "U.S.", "o.a.": single letters joined by full stops. */
    private static boolean isInitialism(String text, int wordStart, int dot) {
        return dot - 1 >= wordStart && (dot - 1 == wordStart || text.charAt(dot - 2) == '.')
                && dot + 2 <= text.length() && (dot + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(dot + 2)));
    }

    /** The index of the lower-case letter after whitespace holding a line break, or -1. */
    private static int lineBreakThenLowerCase(String text, int from) {
        int k = from;
        boolean lineBreak = false;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            if (text.charAt(k) == '\n' || text.charAt(k) == '\r') lineBreak = true;
            k++;
        }
        return lineBreak && k > from && k < text.length() && Character.isLowerCase(text.charAt(k)) ? k : -1;
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Letters and digits of {@code text[start, end)}, lower case, without diacritics. */
    static String normalise(String text, int start, int end) {
        boolean plain = true;
        for (int i = start; i < end && plain; i++) {
            char c = text.charAt(i);
            plain = c < 128 && Character.isLetterOrDigit(c);
        }
        if (plain) return text.substring(start, end).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(cp -> out.appendCodePoint(cp));
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
