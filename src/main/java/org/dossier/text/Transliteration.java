package org.dossier.text;

import java.util.Map;

/**
 * Cyrillic to Latin letters, close to how Dutch and English news spell Ukrainian and Russian names
 * (Володимир Зеленський: volodimir zelenskii), so that names in either script can be compared.
 */
public final class Transliteration {
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ye"),
            Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"), Map.entry('’', ""), Map.entry('ʼ', ""));

    private Transliteration() {}

    public static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // The Cyrillic block starts at U+0400: most letters are below it and need no block lookup.
            if (c >= '\u0400' && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) return true;
        }
        return false;
    }

    /** The text with Cyrillic letters spelled in Latin ones, keeping capitals; other text unchanged. */
    public static String toLatin(String s) {
        if (!hasCyrillic(s)) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char low = Character.toLowerCase(c);
            String latin = CYRILLIC.get(low);
            if (latin == null) {
                sb.append(c);
            } else if (c != low && !latin.isEmpty()) {
                sb.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
            } else {
                sb.append(latin);
            }
        }
        return sb.toString();
    }
}
