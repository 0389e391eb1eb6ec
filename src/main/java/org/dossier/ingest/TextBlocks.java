package org.dossier.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How to tell, from its words alone, what a block of copy-pasted text is: rules shared by the plain
 * text reader and by the readers of marked-up seeds (a Markdown paragraph can be a photo caption too).
 */
final class TextBlocks {
    /** The words that open a photo credit; "Foto's" and "Fotografie" begin with "Foto". */
    private static final List<String> CREDIT_WORDS = List.of("Beeld", "Foto", "Photo", "Picture", "Image", "Afbeelding", "Credit", "Bron");
    /** A photo credit that closes a caption: "Beeld AFP", "Foto Reuters", "Photo: AP / John Doe". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:^|[\\s.)(])(?:Beeld|Foto|Foto's|Fotografie|Photo|Picture|Image|Afbeelding|Credit|Bron)\\s*:?\\s*"
                    + "[\\p{Lu}\\d][\\p{L}\\d.&'’/ -]{0,60}\\)?$");
    /** The signature line of an embedded social post: "— Name (@handle) 2 januari 2022". */
    private static final Pattern EMBED_SIGNATURE = Pattern.compile(
            "[—–]\\s*[^\\n—–]{1,80}?\\(@\\w{1,30}\\)\\s*[^\\n]{0,40}$");
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.!?:;,…\"”’»)]$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·–]|\\d{1,3}[.)])\\s+\\S.*");
    private static final Pattern SPACE_RUNS = Pattern.compile("[\\s\\u00A0]+");

    private TextBlocks() {}

    static boolean isCaption(String text) {
        // Most blocks hold none of the credit words: looking for them is cheaper than trying the pattern at every character.
        return wordCount(text) <= 80 && CREDIT_WORDS.stream().anyMatch(text::contains) && CREDIT.matcher(text.strip()).find();
    }

    /** Where the signature of an embedded post starts, or -1 when the text is not an embedded post. */
    static int embedSignatureStart(String text) {
        var m = EMBED_SIGNATURE.matcher(text.strip());
        return m.find() ? m.start() + (text.length() - text.stripLeading().length()) : -1;
    }

    /** A short single line without closing punctuation reads as a heading. */
    static boolean looksLikeHeading(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.contains("\n") && s.length() <= 90 && wordCount(s) <= 12
                && !CLOSING_PUNCTUATION.matcher(s).find() && Character.isLetterOrDigit(s.codePointAt(0));
    }

    static boolean isBulletLine(String line) {
        return BULLET.matcher(line).matches();
    }

    static String stripBullet(String line) {
        return line.strip().replaceFirst("^(?:[-*•·–]|\\d{1,3}[.)])\\s+", "");
    }

    /** A block that is one quotation from its opening to its closing mark, with nothing after it. */
    static boolean isWholeQuotation(String text) {
        String s = text.strip();
        if (s.length() < 3) return false;
        char open = s.charAt(0);
        char close = s.charAt(s.length() - 1);
        String closers = switch (open) {
            case '“', '„' -> "”“";
            case '"' -> "\"";
            case '«' -> "»";
            case '‘' -> "’";
            default -> "";
        };
        if (closers.isEmpty() || closers.indexOf(close) < 0) return false;
        String inner = s.substring(1, s.length() - 1);
        for (char c : closers.toCharArray()) {
            if (c != '“' && inner.indexOf(c) >= 0) return false;
        }
        return open != '“' || inner.indexOf('”') < 0;
    }

    /** The number of words: runs of characters other than regex white space ({@code \s}). */
    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isRegexSpace(text.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    /** Exactly the characters of {@code \s} in a Java regex without UNICODE_CHARACTER_CLASS. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Joins hard-wrapped lines and collapses runs of white space, as a reader sees the text. */
    static String normaliseSpace(String text) {
        return isNormalSpace(text) ? text : SPACE_RUNS.matcher(text).replaceAll(" ").strip();
    }

    /** Whether the text is already as {@link #normaliseSpace} makes it: most blocks are, and are read twice. */
    private static boolean isNormalSpace(String text) {
        int length = text.length();
        if (length == 0) return true;
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(length - 1))) return false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (text.charAt(i - 1) == ' ') return false;
            } else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
