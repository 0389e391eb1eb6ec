package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/** Small articles, passages and entities written for tests. */
public final class Fixtures {
    /** Two reports of one meeting on Tuesday 14 March 2023, dated the next day and the day after, with one other happening each. */
    public static final Article NOS = article("nos", "2023-03-15",
            "Rutte en Macron spraken dinsdag in Parijs over de oorlog.",
            "Premier Rutte reist volgende week naar Washington.");
    public static final Article NRC = article("nrc", "2023-03-16",
            "Op 14 maart ontmoetten Rutte en Macron elkaar in het Élysée.",
            "Dinsdag bezocht Scholz een fabriek in Dresden.");

    private Fixtures() {}

    /** An article of paragraphs; {@code date} "-" for none, else ISO at any precision, stated. */
    public static Article article(String id, String date, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(new Block("p" + i, BlockKind.PARAGRAPH, paragraphs[i], paragraphs[i], new SourceLocation(id + ".txt", 1 + 2 * i, 1)));
        }
        Optional<PartialDate> d = date.equals("-") ? Optional.empty() : PartialDate.parseIso(date);
        return new Article(id, id + ".txt", id, d, d.isPresent() ? DateOrigin.STATED : DateOrigin.UNKNOWN, "nl",
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Section("s0", blocks)));
    }

    /** A passage of the text {@code shared}, standing in the first block of each article that holds it. */
    public static Passage passage(String id, String shared, Article... articles) {
        List<Span> occurrences = new ArrayList<>();
        for (Article a : articles) {
            for (Block b : a.blocks()) {
                int at = b.text().indexOf(shared);
                if (at >= 0) {
                    occurrences.add(Span.of(a.id(), b, at, at + shared.length()));
                    break;
                }
            }
        }
        return new Passage(id, Passage.Kind.EXACT, 1.0, occurrences);
    }

    /** An entity mentioned wherever {@code name} stands in the articles. */
    public static Entity entity(String id, String name, List<Article> articles) {
        List<Mention> mentions = new ArrayList<>();
        for (Article a : articles) {
            for (Block b : a.blocks()) {
                for (int at = b.text().indexOf(name); at >= 0; at = b.text().indexOf(name, at + 1)) {
                    mentions.add(new Mention(id, Span.of(a.id(), b, at, at + name.length())));
                }
            }
        }
        return new Entity(id, name, EntityType.PERSON, List.of(), Optional.empty(), Optional.empty(), mentions);
    }
}
