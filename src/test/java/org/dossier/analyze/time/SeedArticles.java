package org.dossier.analyze.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Passage;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;
import org.dossier.model.Span;

/**
 * The two seed articles as the ingest stage will give them, built here until the lead's reader lands:
 * paragraphs split on blank lines, the "Beeld AFP" caption, the one heading, the tweet as an embed,
 * and the "date 2022-01" header of 000 taken off as its stated date. Also the passages and entities the
 * other analyses would find, made simply (shared word runs, a list of names), as fixtures.
 */
final class SeedArticles {
    static final Path SEEDS = Path.of("seeds");
    static final String A000 = "000_612085df6fbf3f80";
    static final String A003 = "003_70f3edb694600a6b";
    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)\\s+");

    private SeedArticles() {}

    static List<Article> both() {
        return List.of(read(A000), read(A003));
    }

    static Article read(String id) {
        String file = id + ".txt";
        String text;
        try {
            text = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<PartialDate> date = Optional.empty();
        Matcher header = DATE_HEADER.matcher(text);
        if (header.find()) {
            date = PartialDate.parseIso(header.group(1));
            text = text.substring(header.end());
        }
        List<Section> sections = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        int line = 1;
        int index = 0;
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String body = paragraph.strip();
            int lines = (int) paragraph.chars().filter(c -> c == '\n').count();
            if (!body.isEmpty()) {
                BlockKind kind = kindOf(body);
                if (kind == BlockKind.HEADING && !current.isEmpty()) {
                    sections.add(new Section("s" + sections.size(), current));
                    current = new ArrayList<>();
                }
                current.add(new Block("b" + index++, kind, body, body, new SourceLocation("seeds/" + file, line, 1)));
            }
            line += lines + 2;
        }
        sections.add(new Section("s" + sections.size(), current));
        String title = sections.get(0).blocks().get(0).text().split("[.!?]")[0];
        return new Article(id, file, title, date, date.isPresent() ? DateOrigin.STATED : DateOrigin.UNKNOWN, "nl",
                Optional.empty(), Optional.empty(), Optional.empty(), sections);
    }

    private static BlockKind kindOf(String body) {
        if (body.endsWith("Beeld AFP")) return BlockKind.CAPTION;
        if (body.equals("Strategische veiligheidsdialoog")) return BlockKind.HEADING;
        if (body.contains(" — ") && body.contains("(@")) return BlockKind.EMBED;
        return BlockKind.PARAGRAPH;
    }

    /** Exact passages: every maximal run of at least {@code minWords} equal words in two articles' blocks. */
    static List<Passage> sharedRuns(List<Article> articles, int minWords) {
        List<Passage> passages = new ArrayList<>();
        for (int x = 0; x < articles.size(); x++) {
            for (int y = x + 1; y < articles.size(); y++) {
                for (Block a : articles.get(x).blocks()) {
                    for (Block b : articles.get(y).blocks()) {
                        for (int[] run : runs(a.text(), b.text(), minWords)) {
                            passages.add(new Passage("ps-" + passages.size(), Passage.Kind.EXACT, 1.0, List.of(
                                    Span.of(articles.get(x).id(), a, run[0], run[1]),
                                    Span.of(articles.get(y).id(), b, run[2], run[3]))));
                        }
                    }
                }
            }
        }
        return passages;
    }

    private static List<int[]> runs(String a, String b, int minWords) {
        List<int[]> wa = words(a);
        List<int[]> wb = words(b);
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < wa.size(); i++) {
            for (int j = 0; j < wb.size(); j++) {
                if (!same(a, wa.get(i), b, wb.get(j))) continue;
                if (i > 0 && j > 0 && same(a, wa.get(i - 1), b, wb.get(j - 1))) continue;
                int k = 0;
                while (i + k < wa.size() && j + k < wb.size() && same(a, wa.get(i + k), b, wb.get(j + k))) k++;
                if (k >= minWords) {
                    runs.add(new int[] {wa.get(i)[0], wa.get(i + k - 1)[1], wb.get(j)[0], wb.get(j + k - 1)[1]});
                }
            }
        }
        return runs;
    }

    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(text);
        while (m.find()) words.add(new int[] {m.start(), m.end()});
        return words;
    }

    private static boolean same(String a, int[] wa, String b, int[] wb) {
        return a.substring(wa[0], wa[1]).equals(b.substring(wb[0], wb[1]));
    }

    /** The people and organisations of the seeds, with every mention found by name. */
    static List<Entity> entities(List<Article> articles) {
        return List.of(
                entity(articles, "joe-biden", "Joe Biden", EntityType.PERSON, "Joe Biden|Biden"),
                entity(articles, "vladimir-poetin", "Vladimir Poetin", EntityType.PERSON, "Vladimir Poetin|Vladmir Poetin|Poetin"),
                entity(articles, "volodimir-zelenski", "Volodimir Zelenski", EntityType.PERSON, "Volodimir Zelenski|Zelenski"),
                entity(articles, "navo", "NAVO", EntityType.ORGANIZATION, "NAVO"),
                entity(articles, "ovse", "OVSE", EntityType.ORGANIZATION,
                        "Organisatie voor Veiligheid en Samenwerking in Europa|OVSE"));
    }

    private static Entity entity(List<Article> articles, String id, String name, EntityType type, String forms) {
        Pattern p = Pattern.compile("(?<!\\p{L})(?:" + forms + ")(?!\\p{L})");
        List<Mention> mentions = new ArrayList<>();
        for (Article a : articles) {
            for (Block b : a.blocks()) {
                Matcher m = p.matcher(b.text());
                while (m.find()) mentions.add(new Mention(id, Span.of(a.id(), b, m.start(), m.end())));
            }
        }
        return new Entity(id, name, type, List.of(), Optional.empty(), Optional.empty(), mentions);
    }
}
