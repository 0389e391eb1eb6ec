package org.dossier.analyze;

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
 * The two seed articles as {@link Article}s, built the simple way until the lead's .txt reader lands:
 * paragraphs split on blank lines; the photo caption ("... Beeld AFP") as a caption, the short
 * line "Strategische veiligheidsdialoog" as a heading opening a section, the tweet as an embed, and the
 * leading "date 2022-01" header taken off the first paragraph of 000.
 */
public final class SeedArticles {
    public static final Path SEEDS = Path.of("seeds");

    private SeedArticles() {}

    public static List<Article> load() {
        try (var files = Files.list(SEEDS)) {
            List<Path> paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            List<Article> articles = new ArrayList<>();
            for (Path p : paths) articles.add(read(p));
            return List.copyOf(articles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article read(Path path) throws IOException {
        String file = path.getFileName().toString();
        String id = file.substring(0, file.indexOf('.'));
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Optional<PartialDate> date = Optional.empty();
        String header = "date ";
        String stripped = text.stripLeading();
        if (stripped.startsWith(header)) {
            int end = stripped.indexOf(' ', header.length());
            date = PartialDate.parseIso(stripped.substring(header.length(), end));
            text = stripped.substring(end + 1);
        }
        List<Section> sections = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        String sectionId = "intro";
        int line = 1;
        int n = 0;
        for (String paragraph : text.split("\n\\s*\n")) {
            String p = paragraph.strip();
            int lineOfParagraph = line;
            line += paragraph.split("\n", -1).length + 1;
            if (p.isEmpty()) continue;
            BlockKind kind = kindOf(p);
            if (kind == BlockKind.HEADING && !current.isEmpty()) {
                sections.add(new Section(sectionId, current));
                current = new ArrayList<>();
                sectionId = p.toLowerCase().replaceAll("[^a-z0-9]+", "-");
            }
            n++;
            current.add(new Block("b" + n, kind, p, p, new SourceLocation("seeds/" + file, lineOfParagraph, 1)));
        }
        sections.add(new Section(sectionId, current));
        String title = sections.get(0).blocks().get(0).text().split("[.!?]")[0];
        return new Article(id, file, title, date, date.isPresent() ? DateOrigin.STATED : DateOrigin.UNKNOWN, "nl",
                Optional.empty(), Optional.empty(), Optional.empty(), sections);
    }

    private static BlockKind kindOf(String p) {
        if (p.endsWith("Beeld AFP")) return BlockKind.CAPTION;
        if (p.contains(" — ") && p.contains("(@")) return BlockKind.EMBED;
        if (p.split("\\s+").length <= 5 && !p.matches(".*[.!?”\"]$")) return BlockKind.HEADING;
        return BlockKind.PARAGRAPH;
    }
}
