package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.Ingester;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.render.i18n.Messages;
import org.junit.jupiter.api.Test;

/** A name for a dossier from its articles when the settings give none, and never a fixed word. */
class DerivedTitleTest {
    private final List<Article> seeds = new Ingester().ingest(Path.of("seeds"), n -> {}).articles();

    @Test
    void withoutNamesTakesTheCapitalisedWordTheTitlesShareAndThePeriod() throws IOException {
        // Dossier.of does not analyse: no entities, so the titles speak. Both seed titles name Biden.
        Dossier dossier = Dossier.of(seeds);
        assertEquals("Biden, januari 2022", DerivedTitle.of(dossier, Messages.load(Path.of("templates"), "nl")));
        assertEquals("Biden, January 2022", DerivedTitle.of(dossier, Messages.load(Path.of("templates"), "en")));
    }

    @Test
    void anArticleOfItsOwnIsNamedAfterItsTitle() throws IOException {
        Dossier one = Dossier.of(seeds.subList(0, 1));
        assertEquals(seeds.get(0).title() + ", januari 2022", DerivedTitle.of(one, Messages.load(Path.of("templates"), "nl")));
    }
}
