package org.dossier.analyze.discrepancies;

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
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;
import org.dossier.model.Span;

/** Small one-paragraph articles, the spans over them and the people named in them, for the discrepancy tests. */
public final class DiscrepancyFixtures {
    private DiscrepancyFixtures() {}

    /** An article of one paragraph (block {@code b}), dated the given day of January 2022. */
    public static Article article(String id, int day, String text) {
        Block block = new Block("b", BlockKind.PARAGRAPH, text, text, SourceLocation.of(id + ".txt", 1));
        return new Article(id, id + ".txt", "Titel " + id, Optional.of(PartialDate.of(java.time.LocalDate.of(2022, 1, day))),
                DateOrigin.STATED, "nl", Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Section("s", List.of(block))));
    }

    /** The article's whole paragraph as a span. */
    public static Span whole(Article article) {
        String text = article.blocks().get(0).text();
        return new Span(article.id(), "b", 0, text.length(), text);
    }

    /** A mention of {@code entity} at the first place {@code words} stand in the article. */
    public static Mention mention(String entity, Article article, String words) {
        int start = article.blocks().get(0).text().indexOf(words);
        return new Mention(entity, new Span(article.id(), "b", start, start + words.length(), words));
    }

    public static Entity person(String id, Mention... mentions) {
        return new Entity(id, id, EntityType.PERSON, List.of(), Optional.empty(), Optional.empty(), List.of(mentions));
    }
}
