package org.dossier.analyze.passages;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that outlets put around articles rather than in them, recognised by its form: "Lees ook" and
 * "Read more" links, photo credits, bylines, agency datelines ("AMSTERDAM (ANP) -") and sign-offs
 * (Reuters' trailing "Reuter"). Boilerplate that no cue gives away is caught by its spread instead (see
 * {@link PassageSettings#boilerplateLimit(int)}).
 */
final class Boilerplate {
    private static final int MAX_LINK_WORDS = 30;
    private static final int MAX_CREDIT_WORDS = 12;
    private static final int MAX_BYLINE_WORDS = 10;
    private static final Set<String> LINK_CUES = Set.of(
            "lees ook", "lees meer", "lees verder", "lees hier", "bekijk ook", "kijk ook", "luister ook", "meer over",
            "read more", "read also", "also read", "see also", "more on", "related articles", "related stories");
    private static final Set<String> CREDIT_CUES = Set.of(
            "foto", "fotos", "beeld", "photo", "photos", "picture", "image", "credit", "credits", "copyright", "bron", "source");
    private static final Set<String> BYLINE_CUES = Set.of("door", "by", "van onze", "from our");
    private static final Set<String> AGENCIES = Set.of(
            "reuter", "reuters", "anp", "afp", "ap", "belga", "dpa", "bloomberg", "upi", "novum", "bnr", "apa", "efe", "ansa");
    private static final Pattern DATELINE = Pattern.compile(
            "^[^\\n(]{0,80}?\\(\\s*(?:Reuters?|ANP|AFP|AP|Belga|dpa|Bloomberg|UPI|Novum|APA|EFE|ANSA)(?:\\s*/\\s*\\w+)*\\s*\\)\\s*[-–—]+\\s*",
            Pattern.CASE_INSENSITIVE);

    private Boilerplate() {}

    /**
     * Whether the whole block is a link to elsewhere, a credit or a byline: short, opening with a cue,
     * and either a colon after the cue or no full stop at the end (a sentence that happens to open
     * with "Source" or "Door" is neither).
     */
    static boolean isBoilerplateBlock(WordTokens words) {
        int n = words.size();
        if (n == 0) return true;
        if (words.text.strip().startsWith("©")) return n <= MAX_CREDIT_WORDS;
        String first = words.norms[0];
        String firstTwo = n > 1 ? first + " " + words.norms[1] : first;
        if (n <= MAX_LINK_WORDS && LINK_CUES.contains(firstTwo)) return labelled(words, 1);
        if (n <= MAX_CREDIT_WORDS && CREDIT_CUES.contains(first)) return labelled(words, 0);
        if (n <= MAX_BYLINE_WORDS && BYLINE_CUES.contains(firstTwo)) return labelled(words, 1);
        return n <= MAX_BYLINE_WORDS && BYLINE_CUES.contains(first) && labelled(words, 0);
    }

    /** A colon right after the cue's last word, or no sentence punctuation closing the block. */
    private static boolean labelled(WordTokens words, int cueEnd) {
        String after = words.text.substring(words.ends[cueEnd]).stripLeading();
        return after.startsWith(":") || after.startsWith("|") || !endsWithSentencePunctuation(words.text);
    }

    /**
     * The words of the block that carry its content, as {@code [from, to)}: without a leading agency
     * dateline and without trailing agency sign-offs.
     */
    static int[] contentRange(WordTokens words) {
        int from = 0;
        Matcher dateline = DATELINE.matcher(words.text);
        if (dateline.find()) {
            while (from < words.size() && words.starts[from] < dateline.end()) from++;
        }
        int to = words.size();
        while (to > from && AGENCIES.contains(words.norms[to - 1]) && isSignOff(words, to - 1)) to--;
        return new int[] {from, to};
    }

    /** A trailing agency name stands apart: after the sentence closed, on its own line, or in brackets. */
    private static boolean isSignOff(WordTokens words, int i) {
        if (i == 0) return true;
        String before = words.text.substring(words.ends[i - 1], words.starts[i]);
        return before.matches("(?s).*[.!?…\"”’)(/\\n].*");
    }

    private static boolean endsWithSentencePunctuation(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && ".!?…".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }
}
