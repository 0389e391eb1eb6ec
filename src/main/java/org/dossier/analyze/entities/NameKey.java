package org.dossier.analyze.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.text.Transliteration;

/** Normal forms of names for looking them up and for deciding that two spellings are one name. */
final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");

    private NameKey() {}

    /** Case, accents, apostrophe styles and spacing ignored: the key gazetteers are indexed by. */
    static String lookup(String name) {
        if (isPlainAscii(name)) return name.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
                continue;
            }
            if (space) sb.append(' ');
            space = false;
            if (c < 128) {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else if (c == '’' || c == '‘') {
                sb.append('\'');
            } else {
                String plain = withoutMarks(String.valueOf(c));
                sb.append(plain.toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    /**
     * Whether the key is the name lower-cased: ASCII, with no space before, after or next to another, and no
     * white space but the space. Most names and words asked about are, and lower-casing them is one copy.
     */
    private static boolean isPlainAscii(String name) {
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 128) return false;
            if (c == ' ') {
                if (i == 0 || i == n - 1 || name.charAt(i - 1) == ' ') return false;
            } else if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The name without accents and other combining marks, case kept. */
    static String withoutMarks(String name) {
        boolean ascii = true;
        for (int i = 0; i < name.length() && ascii; i++) ascii = name.charAt(i) < 128;
        if (ascii) return name;
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    }

    /** {@link #lookup} after spelling other scripts in Latin letters. */
    static String latin(String name) {
        return lookup(Transliteration.toLatin(name));
    }

    /**
     * A spelling-tolerant key for people's names: Dutch "oe" as "u", j and y as i, no doubled letters,
     * no hyphens or apostrophes. Poetin and Putin, Zelenski and Zelenskyy, Volodimir and Volodymyr
     * get one key.
     */
    static String phonetic(String name) {
        String s = latin(name).replace("oe", "u").replace("ij", "i").replace('y', 'i').replace('j', 'i')
                .replace("ck", "k").replace("ph", "f").replace('w', 'v');
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '\'' || c == '.') continue;
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == c) continue;
            sb.append(c);
        }
        return sb.toString();
    }

    /** The name without a possessive ending ("Biden's", "Rusland'"). */
    static String withoutPossessive(String name) {
        return POSSESSIVE.matcher(name).replaceFirst("");
    }
}
