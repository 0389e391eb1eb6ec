package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.model.DiffPart;

/**
 * What differs between two near copies, word by word, for a reader: words compare after the same
 * normalisation as passages (case, diacritics, quotation marks and hyphenation do not count), and the
 * parts keep the original text. {@link DiffPart.Op#EQUAL} and {@link DiffPart.Op#DELETE} parts, joined,
 * spell {@code a} exactly; {@link DiffPart.Op#EQUAL} and {@link DiffPart.Op#INSERT} parts spell {@code b}
 * up to differences that do not count (an equal part shows {@code a}'s spelling). Where both texts
 * change at the same place, the deletion comes first.
 */
public final class WordDiff {
    private WordDiff() {}

    public static List<DiffPart> between(String a, String b) {
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
        WordTokens wa = WordTokens.of(a);
        WordTokens wb = WordTokens.of(b);
        Map<String, Integer> ids = new HashMap<>();
        int[] ia = ids(wa, ids);
        int[] ib = ids(wb, ids);
        List<DiffPart> parts = new ArrayList<>();
        if (a.equals(b) || ia.length == 0 || ib.length == 0) {
            add(parts, a.equals(b) ? DiffPart.Op.EQUAL : DiffPart.Op.DELETE, a);
            if (!a.equals(b)) add(parts, DiffPart.Op.INSERT, b);
            return List.copyOf(parts);
        }
        CommonSubsequence lcs = CommonSubsequence.of(ia, 0, ia.length, ib, 0, ib.length);
        int atA = 0;
        int atB = 0;
        for (int m = 0; m <= lcs.size(); m++) {
            int nextA = m < lcs.size() ? lcs.aIndex[m] : ia.length;
            int nextB = m < lcs.size() ? lcs.bIndex[m] : ib.length;
            add(parts, DiffPart.Op.DELETE, pieces(wa, atA, nextA));
            add(parts, DiffPart.Op.INSERT, pieces(wb, atB, nextB));
            if (m < lcs.size()) add(parts, DiffPart.Op.EQUAL, pieces(wa, nextA, nextA + 1));
            atA = nextA + 1;
            atB = nextB + 1;
        }
        return List.copyOf(parts);
    }

    private static int[] ids(WordTokens words, Map<String, Integer> ids) {
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) out[i] = ids.computeIfAbsent(words.norms[i], k -> ids.size());
        return out;
    }

    /**
     * The text of words {@code [from, to)}, each with what follows it up to the next word; the first word
     * also takes whatever precedes it when it is the text's first, so that all pieces spell the text.
     */
    private static String pieces(WordTokens words, int from, int to) {
        if (from >= to) return "";
        int start = from == 0 ? 0 : words.starts[from];
        int end = to == words.size() ? words.text.length() : words.starts[to];
        return words.text.substring(start, end);
    }

    private static void add(List<DiffPart> parts, DiffPart.Op op, String text) {
        if (text.isEmpty()) return;
        if (!parts.isEmpty() && parts.get(parts.size() - 1).op() == op) {
            DiffPart last = parts.remove(parts.size() - 1);
            parts.add(new DiffPart(op, last.text() + text));
        } else {
            parts.add(new DiffPart(op, text));
        }
    }
}
