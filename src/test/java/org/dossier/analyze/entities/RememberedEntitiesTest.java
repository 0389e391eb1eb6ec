package org.dossier.analyze.entities;

import static org.dossier.analyze.entities.EntityMergingTest.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.analyze.SeedArticles;
import org.dossier.analyze.entities.reuse.RememberedEntities;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Section;
import org.dossier.model.EntityCatalog;
import org.dossier.model.EntityType;
import org.dossier.model.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * Entity analysis with memory, across a collection that changes from build to build, must give what a
 * fresh analysis of each collection gives: the same entities, mentions, quotes and uncertain names.
 */
class RememberedEntitiesTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.loadDefault();

    private static final Article BIDENS = article("bidens", "en",
            "President Joe Biden met the press on Monday, Biden's aides said.",
            "His wife Jill Biden visited a school in Delaware, where Biden read to the pupils.",
            "“We are ready,” Biden said.");
    private static final Article BIDENS_RENAMED = article("bidens", "en",
            "President Joe Bidden met the press on Monday, Bidden's aides said.",
            "His wife Jill Biden visited a school in Delaware, where Biden read to the pupils.",
            "“We are ready,” Biden said.");
    private static final Article OVSE = article("ovse", "nl",
            "De Organisatie voor Veiligheid en Samenwerking in Europa (OVSE) stuurt waarnemers.",
            "Volgens de OVSE is het rustig. Minister Karel Vandersteen opende de NAVO-top.",
            "Later sprak Karel Vandersten met de pers en gaf Vandersteen toe dat het druk was.");
    private static final Article OVSE_EDITED = article("ovse", "nl",
            "De OVSE stuurt waarnemers naar Oekraïne.",
            "Volgens de OVSE is het rustig. Minister Karel Vandersteen opende de NAVO-top.",
            "Later sprak Karel Vandersten met de pers en gaf Vandersteen toe dat het druk was.");
    private static final Article GRZYBOWSKI = article("grzybowski", "nl",
            "Volgens Grzybowski is het te laat voor het Kremlin.",
            "“Het is te laat,” zei hij.");
    private static final Article TYPOS = article("typos", "nl",
            "De hulp gaat naar Oekraine.", "Ook de minister in Oekrajine helpt.");
    private static final Article TYPOS_EDITED = article("typos", "nl",
            "De hulp gaat naar Oekraine.", "Ook in Oekranienland helpt men.");
    private static final Article MINISTER = article("minister", "nl",
            "Dat verklaarde minister Grzybowski in Warschau. Ook de NAVO reageerde.");

    @Test
    void withMemoryAcrossAChangingCollectionGivesWhatAFreshRunGives() {
        List<Article> seeds = SeedArticles.load();
        EntityCatalog catalog = new EntityCatalog(List.of(new EntityCatalog.Entry("Karel Vandersteen", EntityType.PERSON,
                List.of("Vandersteen"), Optional.empty(), Optional.empty(), SourceLocation.of("entities.yml", 1))), List.of());
        List<List<Article>> collections = List.of(
                with(seeds, BIDENS, OVSE),
                with(seeds, BIDENS, OVSE, GRZYBOWSKI, TYPOS),
                with(seeds, BIDENS, OVSE, GRZYBOWSKI, TYPOS_EDITED),    // the typos go
                with(seeds, BIDENS_RENAMED, OVSE, GRZYBOWSKI, MINISTER), // a name changes, and the evidence
                with(seeds, BIDENS_RENAMED, OVSE_EDITED, GRZYBOWSKI, MINISTER), // the bracketed abbreviation goes
                with(List.of(), MINISTER, BIDENS, OVSE_EDITED),          // the seeds go, the order changes
                with(seeds, BIDENS, OVSE, GRZYBOWSKI));
        RememberedEntities memory = new RememberedEntities();
        for (EntityCatalog used : List.of(EntityCatalog.empty(), catalog)) {
            for (List<Article> articles : collections) {
                EntityResult fresh = EntityAnalysis.analyze(articles, used, GAZETTEERS);
                assertEquals(fresh, memory.analyze(articles, used, GAZETTEERS), articles.stream().map(Article::id).toList().toString());
                memory.endBuild();
            }
        }
    }

    /**
     * Edits that leave the names found as they were (text without names added, a block moved before a handle,
     * block ids that repeat) and then edits that change them: a remembered run takes over the last entities
     * only when merging them again would give the same.
     */
    @Test
    void editsThatKeepOrChangeTheNamesGiveWhatAFreshRunGives() {
        List<Article> seeds = SeedArticles.load();
        Article signed = withBlocks("signed", "en",
                "p1", "Volodymyr Zelensky (@ZelenskyyUa) wrote to Joe Biden on Monday.",
                "p2", "Later @ZelenskyyUa thanked Biden again.");
        Article signedMoved = withBlocks("signed", "en",
                "p0", "The letter was short.",
                "p1", "Volodymyr Zelensky (@ZelenskyyUa) wrote to Joe Biden on Monday.",
                "p2", "Later @ZelenskyyUa thanked Biden again.");
        Article repeated = withBlocks("repeated", "en",
                "p", "Angela Merkel spoke in Berlin.", "p", "Merkel left Berlin on Friday.");
        Article repeatedMore = withBlocks("repeated", "en",
                "p", "Angela Merkel spoke in Berlin.", "p", "It rained all day.", "p", "Merkel left Berlin on Friday.");
        Article bidensMore = article("bidens", "en",
                "President Joe Biden met the press on Monday, Biden's aides said.",
                "His wife Jill Biden visited a school in Delaware, where Biden read to the pupils.",
                "“We are ready,” Biden said.",
                "It was a sunny day.");
        Article bidensNamed = article("bidens", "en",
                "President Joe Biden met the press on Monday, Biden's aides said.",
                "His wife Jill Biden visited a school in Delaware, where Biden read to the pupils.",
                "“We are ready,” Biden said.",
                "Kamala Harris was in Chicago.");
        List<List<Article>> collections = List.of(
                with(seeds, BIDENS, signed, OVSE),
                with(seeds, bidensMore, signed, OVSE),                 // a sentence without names
                with(seeds, bidensMore, signedMoved, OVSE),            // a block before the handle's
                with(seeds, bidensMore, signedMoved, repeated, OVSE),  // block ids that repeat
                with(seeds, bidensMore, signedMoved, repeatedMore, OVSE), // a block among them
                with(seeds, bidensNamed, signedMoved, repeatedMore, OVSE), // a sentence with names
                with(seeds, bidensNamed, signedMoved, repeatedMore),   // an article goes
                with(seeds, bidensNamed, signedMoved, repeatedMore),   // nothing changes
                with(seeds, BIDENS, signed, OVSE));
        RememberedEntities memory = new RememberedEntities();
        // The steps after which the names found are those of the step before.
        List<Integer> namesKept = List.of(1, 7);
        EntityResult last = null;
        for (int step = 0; step < collections.size(); step++) {
            List<Article> articles = collections.get(step);
            EntityResult fresh = EntityAnalysis.analyze(articles, EntityCatalog.empty(), GAZETTEERS);
            EntityResult remembered = memory.analyze(articles, EntityCatalog.empty(), GAZETTEERS);
            assertEquals(fresh, remembered, articles.stream().map(Article::id).toList().toString());
            // Entities that did not change are handed on as the same objects, which later analyses' memory relies on.
            if (namesKept.contains(step)) assertSame(last.entities(), remembered.entities(), "step " + step);
            last = remembered;
            memory.endBuild();
        }
    }

    /** An article of paragraphs with the given ids, in pairs of id and text. */
    private static Article withBlocks(String id, String language, String... idsAndTexts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            blocks.add(new Block(idsAndTexts[i], BlockKind.PARAGRAPH, idsAndTexts[i + 1], idsAndTexts[i + 1], SourceLocation.of(id + ".txt", i + 1)));
        }
        return new Article(id, id + ".txt", id, Optional.empty(), DateOrigin.UNKNOWN, language, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(new Section("s", blocks)));
    }

    private static List<Article> with(List<Article> first, Article... more) {
        List<Article> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
