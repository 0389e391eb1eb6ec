package org.dossier.analyze.entities;

/**
 * A word, number, handle or punctuation mark of a text, with its character offsets.
 *
 * @param sentenceStart whether the token opens a sentence, a heading or a quotation, where a capital
 *                      letter says nothing about names
 */
record Token(int start, int end, String text, Kind kind, boolean sentenceStart) {
    enum Kind { WORD, NUMBER, HANDLE, PUNCTUATION }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    /** A word whose first letter is a capital (NAVO-Rusland, Zelenski, Володимир). */
    boolean isCapitalized() {
        if (kind != Kind.WORD) return false;
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    /** A word of at least two letters that are all capitals (OVSE, VS, sp.a is not). */
    boolean isAllCaps() {
        if (kind != Kind.WORD) return false;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean isLowerCase() {
        return kind == Kind.WORD && Character.isLowerCase(text.codePointAt(0));
    }

    boolean is(String punctuationOrWord) {
        return text.equals(punctuationOrWord);
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
