package org.dossier.analyze.passages;

/**
 * One prose text as passage finding reads it, before the collection is looked at: its words, whether the
 * whole text is boilerplate (a credit, a byline), and the words between a dateline and a closing credit.
 * Never changed after it is made.
 *
 * @param contentFrom the first word of the content (after a dateline)
 * @param contentTo   one past the last word of the content (before a credit)
 */
public record ProseReading(WordTokens words, boolean boilerplate, int contentFrom, int contentTo) {
    static ProseReading of(String text) {
        WordTokens words = WordTokens.of(text);
        if (Boilerplate.isBoilerplateBlock(words)) return new ProseReading(words, true, 0, 0);
        int[] range = Boilerplate.contentRange(words);
        return new ProseReading(words, false, range[0], range[1]);
    }

    int contentLength() {
        return contentTo - contentFrom;
    }
}
