package org.dossier.render.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text is cut into words and folded, the same way {@code assets/search.js} does it to a query: a word
 * is a run of letters and digits; folding takes the canonical decomposition, drops the combining marks and
 * lower-cases ({@code Oekraïne} → {@code oekraine}). The script uses the same three steps, so keep the two
 * in step.
 */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {}

    /** The folded words of {@code text}, in order. */
    public static List<String> folded(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) words.add(m.group());
        return words;
    }

    /** {@code text} without case and diacritics. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
