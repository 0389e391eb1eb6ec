package org.dossier.analyze.quotes;

/**
 * Quoted words in a block's text: the marks stand at {@code open} and {@code close}; the words, without
 * the marks and surrounding spaces, are {@code start} to {@code end}. A block quote without marks is
 * quoted as a whole: its "marks" stand just outside the text, at -1 and at the text's length.
 */
record QuotedSpan(int open, int close, int start, int end) {
    /** Whether the quote is a whole block quote, with no marks of its own. */
    boolean unmarked() {
        return open < 0;
    }
}
