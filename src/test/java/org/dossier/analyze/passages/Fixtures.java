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
final class Fixtures {
    private Fixtures() {}

    /** An article of paragraphs with ids b0, b1, ... and no date. */
    static Article article(String id, String... paragraphs) {
        return article(id, Optional.empty(), paragraphs);
    }

    static Article article(String id, Optional<PartialDate> date, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(new Block("b" + i, BlockKind.PARAGRAPH, paragraphs[i], paragraphs[i], SourceLocation.of(id + ".txt")));
        }
        return new Article(id, id + ".txt", id, date, date.isPresent() ? DateOrigin.STATED : DateOrigin.UNKNOWN, "en",
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Section("intro", blocks)));
    }
}
