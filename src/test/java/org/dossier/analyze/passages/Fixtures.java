package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.PartialDate;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;

/** Small articles made of paragraphs, for tests; the seeds come from {@link org.dossier.analyze.SeedArticles}. */
public final class Fixtures {
    private Fixtures() {}

    /** An article of paragraphs with ids b0, b1, ... and no date. */
    public static Article article(String id, String... paragraphs) {
        return article(id, Optional.empty(), paragraphs);
    }

    public static Article article(String id, Optional<PartialDate> date, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(new Block("b" + i, BlockKind.PARAGRAPH, paragraphs[i], paragraphs[i], SourceLocation.of(id + ".txt")));
        }
        return new Article(id, id + ".txt", id, date, date.isPresent() ? DateOrigin.STATED : DateOrigin.UNKNOWN, "en",
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Section("intro", blocks)));
    }

    /** A block class of one text, its words read into {@code vocabulary}. */
    public static BlockClass blockClass(int index, String text, Vocabulary vocabulary) {
        return new BlockClass(index, TextWords.of(ProseReading.of(text), vocabulary));
    }

    public static PairAligner aligner(PassageSettings settings, Vocabulary vocabulary) {
        return new PairAligner(settings, vocabulary);
    }

    /** The number of words of a text as passages count them. */
    public static int words(String text) {
        return WordTokens.of(text).size();
    }
}
