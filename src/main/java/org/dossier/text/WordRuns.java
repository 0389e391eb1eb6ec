package org.dossier.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The runs of word characters in a text, as a split at the characters that are not gives them, found by
 * code point without the regex engine: the language guess and the search index cut every block of every
 * article this way.
 */
public final class WordRuns {
    private WordRuns() {}

    /** The maximal runs of code points that {@code inWord} accepts, in order. */
    public static List<String> of(String text, IntPredicate inWord) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (inWord.test(cp)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                runs.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) runs.add(text.substring(start));
        return runs;
    }
}
