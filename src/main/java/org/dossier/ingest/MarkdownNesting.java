package org.dossier.ingest;

import java.util.OptionalInt;

/**
 * How deep a Markdown text nests block quotes and lists, read from each line's prefix before Flexmark
 * parses it: Flexmark walks nested blocks by recursion, and a seed of 1,000 {@code >} or 2,000 indented
 * list items overflowed the stack (and took a minute on the way). A line's depth is its {@code >} and list
 * markers plus its indentation in steps of two columns, the smallest step a nested list takes.
 */
final class MarkdownNesting {
    /** The deepest nesting a Markdown seed may have; news text rarely nests three levels. */
    static final int MAX_DEPTH = 100;

    private MarkdownNesting() {}

    /** The 1-based number of the first line of {@code text} nested deeper than {@link #MAX_DEPTH}, if any. */
    static OptionalInt firstTooDeep(String text) {
        int line = 1;
        int depth = 0;
        int columns = 0;
        boolean inPrefix = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                depth = 0;
                columns = 0;
                inPrefix = true;
                continue;
            }
            if (!inPrefix) continue;
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4;
            } else if (c == '>') {
                depth++;
            } else if ((c == '-' || c == '*' || c == '+') && followedBySpace(text, i + 1)) {
                depth++;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < text.length() && end - i < 9 && Character.isDigit(text.charAt(end))) end++;
                if (end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')') && followedBySpace(text, end + 1)) {
                    depth++;
                    i = end;
                } else {
                    inPrefix = false;
                }
            } else {
                inPrefix = false;
            }
            if (depth + columns / 2 > MAX_DEPTH) return OptionalInt.of(line);
        }
        return OptionalInt.empty();
    }

    private static boolean followedBySpace(String text, int i) {
        return i >= text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n';
    }
}
