package org.dossier.analyze.passages;

import java.util.List;
import org.dossier.model.Block;

/**
 * One article's blocks as passage finding reads them, kept for as long as the article is the same, so
 * that a build looks up each unchanged article once instead of each of its texts.
 *
 * @param blocks   the article's blocks in reading order
 * @param readings each block's reading, or null for blocks that are not prose
 */
public record ArticleReading(List<Block> blocks, ProseReading[] readings) {
    static ArticleReading of(List<Block> blocks, PassageSteps steps) {
        ProseReading[] readings = new ProseReading[blocks.size()];
        for (int b = 0; b < readings.length; b++) {
            Block block = blocks.get(b);
            if (block.kind().isProse()) readings[b] = steps.prose(block.text());
        }
        return new ArticleReading(blocks, readings);
    }

    /** Each prose block's content words in the vocabulary, or null for blocks that are not prose or are boilerplate. */
    TextWords[] words(VocabularySteps vocabulary) {
        TextWords[] words = new TextWords[readings.length];
        for (int b = 0; b < readings.length; b++) {
            if (readings[b] != null && !readings[b].boilerplate()) words[b] = vocabulary.words(blocks.get(b).text(), readings[b]);
        }
        return words;
    }
}
