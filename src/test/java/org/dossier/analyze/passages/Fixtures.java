package org.dossier.analyze.passages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Articles for tests: the two seeds, read the simple way until the ingest reader lands (paragraphs split
 * on blank lines; the photo caption, the section heading and the tweet get their kinds), and small
 * articles made of paragraphs.
 */
final class Fixtures {
    static final Path SEEDS = Path.of("seeds");
    static final String FIRST_SEED = "000_612085df6fbf3f80.txt";
    static final String SECOND_SEED = "003_70f3edb694600a6b.txt";

    private Fixtures() {}

    /** The two seed articles, 000 dated 2022-01 by its header, 003 undated. */
    static List<Article> seeds() {
        return List.of(seed(FIRST_SEED, "000"), seed(SECOND_SEED, "003"));
    }

    static Article seed(String file, String id) {
        String text;
        try {
            text = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<PartialDate> date = Optional.empty();
        String trimmed = text.strip();
        if (trimmed.startsWith("date ")) {
            String[] header = trimmed.split("\\s+", 3);
            date = PartialDate.parseIso(header[1]);
            trimmed = header[2];
        }
        List<Section> sections = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        String sectionId = "intro";
        int n = 0;
        for (String paragraph : trimmed.split("\\n\\s*\\n")) {
            String p = paragraph.strip();
            if (p.isEmpty()) continue;
            BlockKind kind = kindOf(p);
            if (kind == BlockKind.HEADING) {
                if (!current.isEmpty()) sections.add(new Section(sectionId, current));
                current = new ArrayList<>();
                sectionId = "s" + n;
            }
            current.add(new Block("b" + n, kind, p, p, SourceLocation.of(file, 0)));
            n++;
        }
        sections.add(new Section(sectionId, current));
        return new Article(id, file, id, date, date.isPresent() ? DateOrigin.STATED : DateOrigin.UNKNOWN, "nl",
                Optional.empty(), Optional.empty(), Optional.empty(), sections);
    }

    private static BlockKind kindOf(String paragraph) {
        if (paragraph.endsWith("Beeld AFP")) return BlockKind.CAPTION;
        if (paragraph.equals("Strategische veiligheidsdialoog")) return BlockKind.HEADING;
        if (paragraph.contains("(@ZelenskyyUa)")) return BlockKind.EMBED;
        return BlockKind.PARAGRAPH;
    }

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
