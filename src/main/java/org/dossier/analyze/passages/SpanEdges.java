package org.dossier.analyze.passages;

/**
 * Where a passage's words end and its text ends are not the same: a sentence's full stop and the
 * quotation marks around quoted words belong to it. Widens a word stretch over the punctuation that
 * touches it, taking a quotation mark or bracket only when its partner is inside the stretch, so that
 * "“De discussie was openhartig en concreet”" keeps both marks and half a quotation takes neither.
 */
final class SpanEdges {
    private static final String SENTENCE_END = ".!?…";
    private static final String OPENERS = "“‘«„‚([\"";
    private static final String CLOSERS = "”’»)]\"";

    private SpanEdges() {}

    /** {@code [start, end)} widened over touching sentence ends and balanced quotation marks or brackets. */
    static int[] widen(String text, int start, int end) {
        int n = text.length();
        int s = start;
        int e = end;
        boolean changed;
        do {
            changed = false;
            while (e < n && SENTENCE_END.indexOf(text.charAt(e)) >= 0) {
                e++;
                changed = true;
            }
            if (e < n && CLOSERS.indexOf(text.charAt(e)) >= 0) {
                char closer = text.charAt(e);
                if (unmatched(text, s, e, openerOf(closer), closer)[0] > 0) {
                    e++;
                    changed = true;
                }
            }
            if (s > 0 && OPENERS.indexOf(text.charAt(s - 1)) >= 0) {
                char opener = text.charAt(s - 1);
                char closer = closerOf(opener);
                if (unmatched(text, s, e, opener, closer)[1] > 0 || e < n && text.charAt(e) == closer) {
                    s--;
                    changed = true;
                }
            }
        } while (changed);
        return new int[] {s, e};
    }

    /** Unmatched openers and unmatched closers of one pair in {@code text[s, e)}; straight quotes pair by parity. */
    private static int[] unmatched(String text, int s, int e, char opener, char closer) {
        int depth = 0;
        int strayClosers = 0;
        int straight = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c != opener && c != closer || insideWord(text, i)) continue;
            if (opener == closer) {
                straight++;
            } else if (c == opener) {
                depth++;
            } else if (depth > 0) {
                depth--;
            } else {
                strayClosers++;
            }
        }
        return opener == closer ? new int[] {straight % 2, straight % 2} : new int[] {depth, strayClosers};
    }

    /** An apostrophe in "zo’n" is no quotation mark. */
    private static boolean insideWord(String text, int i) {
        return i > 0 && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static char openerOf(char closer) {
        return switch (closer) {
            case '”' -> '“';
            case '’' -> '‘';
            case '»' -> '«';
            case ')' -> '(';
            case ']' -> '[';
            default -> closer;
        };
    }

    private static char closerOf(char opener) {
        return switch (opener) {
            case '“', '„' -> '”';
            case '‘', '‚' -> '’';
            case '«' -> '»';
            case '(' -> ')';
            case '[' -> ']';
            default -> opener;
        };
    }
}
