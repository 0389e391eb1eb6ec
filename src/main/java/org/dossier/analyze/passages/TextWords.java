package org.dossier.analyze.passages;

import java.util.Arrays;

/**
 * The content words of one prose text as block classification needs them: as ids of one {@link
 * Vocabulary}, whether each opens a sentence, and where each stands in the text. Worked out once per
 * text for as long as the vocabulary lasts. Never changed after it is made.
 *
 * @param ids            the content words (see {@link ProseReading#contentFrom()}) as vocabulary ids
 * @param sentenceStarts whether each of them opens a sentence; the first always does
 * @param starts         where each starts in the text
 * @param ends           where each ends in the text (exclusive)
 * @param idsHash        {@code Arrays.hashCode(ids)}, kept because every build groups texts by their ids
 */
public record TextWords(int[] ids, boolean[] sentenceStarts, int[] starts, int[] ends, int idsHash) {
    static TextWords of(ProseReading reading, Vocabulary vocabulary) {
        WordTokens words = reading.words();
        int from = reading.contentFrom();
        int[] ids = new int[reading.contentLength()];
        boolean[] sentenceStarts = new boolean[ids.length];
        for (int w = 0; w < ids.length; w++) {
            ids[w] = vocabulary.id(words.norms[from + w]);
            sentenceStarts[w] = w == 0 || words.startsSentence(from + w);
        }
        return new TextWords(ids, sentenceStarts, Arrays.copyOfRange(words.starts, from, reading.contentTo()),
                Arrays.copyOfRange(words.ends, from, reading.contentTo()), Arrays.hashCode(ids));
    }
}
