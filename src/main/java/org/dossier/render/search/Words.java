package org.dossier.render.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.text.WordRuns;

/**
 * How text is cut into words and folded, the same way {@code assets/search.js} does it to a query: a word
 * is a run of letters and digits; folding takes the canonical decomposition, drops the combining marks and
 * lower-cases ({@code Oekraïne} → {@code oekraine}). The script uses the same three steps, so keep the two
 * in step.
 */
public final class Words {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {}

    /** The folded words of {@code text}, in order. */
    public static List<String> folded(String text) {
        // The runs of [\p{L}\p{N}]+: every block of every article.
        return WordRuns.of(fold(text), Words::isWordCharacter);
    }

    /** What {@code [\p{L}\p{N}]} matches: a letter or a number, by its Unicode category. */
    private static boolean isWordCharacter(int cp) {
        if (cp < 128) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** {@code text} without case and diacritics. */
    public static String fold(String text) {
        if (isAscii(text)) return text.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** ASCII text has no marks and decomposes to itself. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) return false;
        }
        return true;
    }
}
