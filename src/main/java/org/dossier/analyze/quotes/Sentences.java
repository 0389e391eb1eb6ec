package org.dossier.analyze.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundaries of a block's text, not counting stops inside quotes: a stop, question or
 * exclamation mark followed by a capital (also without a space: "Kiev.De") ends a sentence.
 */
final class Sentences {
    private Sentences() {}

    /** Start offsets of the sentences, the first being 0. */
    static List<Integer> starts(String text, List<QuotedSpan> quotes) {
        char[] masked = text.toCharArray();
        for (QuotedSpan q : quotes) for (int i = q.open() + 1; i < q.close(); i++) masked[i] = 'x';
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

    static int sentenceStart(List<Integer> starts, int offset) {
        int best = 0;
        for (int s : starts) if (s <= offset) best = s;
        return best;
    }

    static int sentenceEnd(List<Integer> starts, int offset, int length) {
        for (int s : starts) if (s > offset) return s;
        return length;
    }
}
