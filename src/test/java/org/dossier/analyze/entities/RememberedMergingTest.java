package org.dossier.analyze.entities;

import static org.dossier.analyze.entities.EntityMergingTest.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dossier.analyze.entities.reuse.RememberedEntities;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.EntityType;
import org.dossier.model.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * Merging with memory keeps the last build's forms, clusters and entities and makes again only what a
 * changed article touches. Each build here must give exactly what a fresh analysis of the same collection
 * gives, as names are added, removed and renamed, and joins are made and undone by one form.
 */
class RememberedMergingTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.loadDefault();

    private static final Article POETIN = article("poetin", "nl",
            "De Russische president Vladimir Poetin sprak gisteren in Moskou.",
            "Later zei Poetin dat de gesprekken doorgaan.");
    private static final Article PRESS = article("press", "nl",
            "Volgens het Kremlin is Vladimir Poetin tevreden.",
            "De Organisatie voor Veiligheid en Samenwerking in Europa stuurt waarnemers naar Oekraine.");
    private static final Article TYPO = article("typo", "nl",
            "Ook Vladmir Poetin zelf was aanwezig.");
    private static final Article TYPO_GONE = article("typo", "nl",
            "Ook de minister zelf was aanwezig.");
    private static final Article BRACKETS = article("brackets", "nl",
            "De Vlaamse Vereniging voor Luchtkwaliteit (VVLK) protesteert.");
    private static final Article BRACKETS_GONE = article("brackets", "nl",
            "De Vlaamse Vereniging voor Luchtkwaliteit protesteert.");
    private static final Article VVLK = article("vvlk", "nl",
            "Morgen overlegt de VVLK met de minister van Volksgezondheid.");
    private static final Article BIDENS = article("bidens", "en",
            "President Joe Biden met the press on Monday.",
            "His wife Jill Biden visited a school in Delaware, where Biden read to the pupils.");

    private static List<Entity> named(EntityResult r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).toList();
    }

    @Test
    void joinsATypoVariantWhenItComesAndSplitsItOffWhenItGoes() {
        RememberedEntities memory = new RememberedEntities();
        EntityResult before = sameAsFresh(memory, List.of(POETIN, PRESS));
        assertEquals(1, named(before, "Vladimir Poetin").size());

        EntityResult typo = sameAsFresh(memory, List.of(POETIN, PRESS, TYPO));
        List<Entity> poetin = named(typo, "Vladmir Poetin");
        assertEquals(1, poetin.size(), typo.entities()::toString);
        assertEquals("Vladimir Poetin", poetin.get(0).name(), "the typo joins the full name");
        assertTrue(poetin.get(0).aliases().contains("Vladmir Poetin"));

        EntityResult gone = sameAsFresh(memory, List.of(POETIN, PRESS, TYPO_GONE));
        assertTrue(named(gone, "Vladmir Poetin").isEmpty());
        assertEquals(before.entities().stream().filter(e -> e.name().equals("Vladimir Poetin")).toList(),
                named(gone, "Vladimir Poetin"));
    }

    @Test
    void splitsAnAbbreviationFromItsLongNameWhenTheBracketsThatLinkedThemGo() {
        RememberedEntities memory = new RememberedEntities();
        EntityResult linked = sameAsFresh(memory, List.of(BRACKETS, VVLK, PRESS));
        assertEquals(1, named(linked, "VVLK").size());
        assertEquals(3, named(linked, "VVLK").get(0).mentions().size(), "the long name, and the abbreviation twice");

        EntityResult split = sameAsFresh(memory, List.of(BRACKETS_GONE, VVLK, PRESS));
        assertEquals(1, named(split, "VVLK").size());
        assertEquals(1, named(split, "VVLK").get(0).mentions().size(), "only the abbreviation itself");

        EntityResult again = sameAsFresh(memory, List.of(BRACKETS, VVLK, PRESS));
        assertEquals(linked, again);
    }

    @Test
    void followsAFormWhoseFirstMentionMovesBeforeAnother() {
        // Which form of a cluster comes first decides the cluster's place, the root of a join, and so on.
        Article late = article("late", "nl", "Pas later kwam Vladimir Poetin, en Oekraine volgde.");
        Article early = article("early", "nl", "Eerst Oekraine, dan pas Vladmir Poetin en de OVSE.");
        Article earlyGone = article("early", "nl", "Eerst niets.");
        RememberedEntities memory = new RememberedEntities();
        for (List<Article> articles : List.of(List.of(POETIN, late, PRESS), List.of(early, POETIN, late, PRESS),
                List.of(earlyGone, POETIN, late, PRESS), List.of(POETIN, early, late, PRESS), List.of(late, PRESS, POETIN))) {
            sameAsFresh(memory, articles);
        }
    }

    @Test
    void sendsABareSurnameToTheNearestOfTwoPeopleInEveryBuild() {
        Article joeOnly = article("joe", "en", "Joe Biden spoke. Later Biden left.");
        Article jillLater = article("jill", "en", "Jill Biden visited. Biden smiled.");
        RememberedEntities memory = new RememberedEntities();
        EntityResult both = sameAsFresh(memory, List.of(BIDENS, joeOnly));
        assertEquals(1, named(both, "Joe Biden").size());
        assertEquals(1, named(both, "Jill Biden").size());
        assertTrue(both.uncertain().stream().anyMatch(u -> u.startsWith("Biden (")), both.uncertain()::toString);
        sameAsFresh(memory, List.of(BIDENS, joeOnly, jillLater));
        sameAsFresh(memory, List.of(joeOnly, jillLater));
        sameAsFresh(memory, List.of(joeOnly));
        sameAsFresh(memory, List.of(BIDENS, jillLater));
    }

    @Test
    void sendsABareSurnameAsAWholePassWouldWhenAnEarlierBlockOfNamesComesOrGoes() {
        // Who belongs to whom is taken once per build, by the first block of surnames that needs it; a later
        // block then sees its people as before its bare surnames joined: Kowolski has not yet joined Anna
        // Kowalski, so the bare Kowalski after her goes by size, to Maria Kowalska. Without the Bidens, the
        // Kowalski block takes it itself and sees Kowolski with Anna. Its forms are the same in both builds.
        Article typo = article("p", "nl", "Dat zei minister Kowolski gisteren.");
        Article maria = article("q", "nl", "Maria Kowalska kwam. Ook Maria Kowalska sprak.");
        Article anna = article("r", "nl", "Anna Kowalski sprak. Later zei minister Kowalski dat het klaar was.");
        Article bidens = article("s", "en", "President Joe Biden met the press.", "His wife Jill Biden visited a school, where Biden read.");
        RememberedEntities memory = new RememberedEntities();
        EntityResult alone = sameAsFresh(memory, List.of(typo, maria, anna));
        EntityResult after = sameAsFresh(memory, List.of(typo, maria, anna, bidens));
        EntityResult again = sameAsFresh(memory, List.of(typo, maria, anna));
        assertEquals(alone, again);
        assertTrue(named(alone, "Anna Kowalski").get(0).mentions().size() > named(after, "Anna Kowalski").get(0).mentions().size(),
                "the bare Kowalski went to Anna without the Bidens, and to Maria with them: " + alone.entities() + after.entities());
    }

    @Test
    void placesAHandlesMentionsAfreshWhenTheirArticleMovesOrChanges() {
        // Poetin's own occurrences stay as they were; only the handle's mentions elsewhere come, go and move,
        // the last one past a mention of Poetin while the handles keep their order among themselves.
        Article signed = article("signed", "nl", "De Russische president Vladimir Poetin (@KremlinRussia) sprak.");
        Article handle = article("handle", "nl", "Ook @KremlinRussia reageerde.");
        Article twice = article("handle", "nl", "Ook @KremlinRussia reageerde.", "En weer @KremlinRussia.");
        Article plain = article("plain", "nl", "Daarna sprak Vladimir Poetin opnieuw.");
        Article weather = article("weather", "nl", "Het weer was goed.");
        RememberedEntities memory = new RememberedEntities();
        EntityResult first = sameAsFresh(memory, List.of(signed, handle, plain, weather));
        assertEquals("plain", named(first, "Vladimir Poetin").get(0).mentions().get(3).span().article());
        EntityResult moved = sameAsFresh(memory, List.of(signed, weather, plain, handle));
        assertEquals("handle", named(moved, "Vladimir Poetin").get(0).mentions().get(3).span().article());
        EntityResult more = sameAsFresh(memory, List.of(signed, weather, plain, twice));
        assertEquals(named(moved, "Vladimir Poetin").get(0).mentions().size() + 1, named(more, "Vladimir Poetin").get(0).mentions().size());
        assertSame(named(more, "Vladimir Poetin").get(0),
                named(sameAsFresh(memory, List.of(signed, weather, plain, twice)), "Vladimir Poetin").get(0), "nothing changed: the same entity");
    }

    @Test
    void startsAgainWhenTheCatalogChangesWhatIsIgnoredOrNamed() {
        EntityCatalog catalog = new EntityCatalog(List.of(new EntityCatalog.Entry("Vladimir Poetin", EntityType.PERSON,
                List.of("Poetin"), Optional.of("President van Rusland"), Optional.empty(), SourceLocation.of("entities.yml", 1))),
                List.of("Kremlin"));
        EntityCatalog described = new EntityCatalog(List.of(new EntityCatalog.Entry("Vladimir Poetin", EntityType.PERSON,
                List.of("Poetin"), Optional.of("President van de Russische Federatie"), Optional.empty(), SourceLocation.of("entities.yml", 1))),
                List.of("Kremlin"));
        RememberedEntities memory = new RememberedEntities();
        List<Article> articles = List.of(POETIN, PRESS, TYPO);
        for (EntityCatalog used : List.of(EntityCatalog.empty(), catalog, described, EntityCatalog.empty())) {
            EntityResult remembered = memory.analyze(articles, used, GAZETTEERS);
            assertEquals(EntityAnalysis.analyze(articles, used, GAZETTEERS), remembered);
            memory.endBuild();
        }
        // Only the description changed: the names found are the same, and the entity must still follow.
        EntityResult redescribed = memory.analyze(articles, described, GAZETTEERS);
        memory.endBuild();
        assertEquals(Optional.of("President van de Russische Federatie"), named(redescribed, "Vladimir Poetin").get(0).description());
    }

    @Test
    void givesTheSameEntityObjectsForNamesAnEditDidNotTouch() {
        RememberedEntities memory = new RememberedEntities();
        EntityResult first = sameAsFresh(memory, List.of(POETIN, PRESS, BIDENS));
        EntityResult second = sameAsFresh(memory, List.of(POETIN, PRESS, article("bidens", "en",
                "President Joe Biden met the press on Monday.",
                "His wife Jill Biden visited a school in Delaware, where Biden read to the pupils.",
                "Vladmir Poetin was not there.")));
        Entity vvlkBefore = named(first, "Organisatie voor Veiligheid en Samenwerking in Europa").get(0);
        assertSame(vvlkBefore, named(second, "Organisatie voor Veiligheid en Samenwerking in Europa").get(0),
                "an organisation only the unchanged articles name");
        assertNotSame(named(first, "Vladimir Poetin").get(0), named(second, "Vladimir Poetin").get(0),
                "the typo in the edited article joined Poetin");
        assertEquals(named(first, "Joe Biden"), named(second, "Joe Biden"));
    }

    @Test
    void ordersMentionsByTheDossiersBlocksWhenTwoArticlesShareAnId() {
        // Blocks are placed by article and block id; an article that takes another's id moves that one's blocks.
        Article first = article("same", "nl", "Vladimir Poetin sprak.");
        Article between = article("between", "nl", "Ook Vladimir Poetin sprak.");
        Article sameId = article("same", "nl", "Het weer was goed.", "Het bleef goed.");
        RememberedEntities memory = new RememberedEntities();
        EntityResult before = sameAsFresh(memory, List.of(first, between));
        EntityResult after = sameAsFresh(memory, List.of(first, between, sameId));
        assertEquals("between", named(after, "Vladimir Poetin").get(0).mentions().get(0).span().article(),
                "the first article's block now stands where the last one's does");
        assertNotSame(named(before, "Vladimir Poetin").get(0), named(after, "Vladimir Poetin").get(0));
    }

    /**
     * Random edits to a small collection whose sentences name people, typos, abbreviations and long names
     * that join and part: after each, the remembered analysis gives what a fresh one gives.
     */
    @Test
    void givesWhatAFreshAnalysisGivesThroughRandomEdits() {
        List<String> sentences = List.of(
                "De Russische president Vladimir Poetin sprak gisteren.", "Later zei Poetin dat het doorgaat.",
                "Ook Vladmir Poetin was er.", "Minister Karel Vandersteen opende de beurs.",
                "Later sprak Karel Vandersten met de pers.", "Vandersteen gaf toe dat het druk was.",
                "De Organisatie voor Veiligheid en Samenwerking in Europa (OVSE) stuurt waarnemers.",
                "Volgens de OVSE is het rustig.", "De hulp gaat naar Oekraine.", "Ook de minister in Oekrajine helpt.",
                "De Vlaamse Vereniging voor Luchtkwaliteit (VVLK) protesteert.", "Morgen overlegt de VVLK met de minister.",
                "President Joe Biden met the press.", "His wife Jill Biden visited a school.", "Biden read to the pupils.",
                "Volgens Grzybowski is het te laat voor het Kremlin.", "Dat verklaarde minister Grzybowski in Warschau.",
                "Een verklaring volgde. — Владимир Путин (@KremlinRussia)", "Ook @KremlinRussia reageerde.",
                "De NAVO-top begon in Brussel.", "De NAVO reageerde niet.", "Het weer was goed.");
        Random random = new Random(20261123L);
        List<List<String>> texts = new ArrayList<>();
        for (int a = 0; a < 6; a++) texts.add(randomText(sentences, random));
        RememberedEntities memory = new RememberedEntities();
        for (int step = 0; step < 60; step++) {
            int a = random.nextInt(texts.size());
            switch (random.nextInt(6)) {
                case 0 -> texts.set(a, randomText(sentences, random));                  // rewritten
                case 1 -> texts.get(a).set(random.nextInt(texts.get(a).size()), sentences.get(random.nextInt(sentences.size())));
                case 2 -> texts.get(a).add(sentences.get(random.nextInt(sentences.size()))); // a paragraph added
                case 3 -> { if (texts.size() > 1) texts.remove(a); }                     // an article goes
                case 4 -> texts.add(a, randomText(sentences, random));                   // an article comes
                default -> java.util.Collections.swap(texts, a, random.nextInt(texts.size())); // the order changes
            }
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                // Ids follow content, so an article keeps its id as long as its text is the same.
                articles.add(article("a" + Integer.toHexString(texts.get(i).hashCode()) + "-" + i, i % 2 == 0 ? "nl" : "en",
                        texts.get(i).toArray(String[]::new)));
            }
            sameAsFresh(memory, articles);
        }
    }

    private static List<String> randomText(List<String> sentences, Random random) {
        List<String> text = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) text.add(sentences.get(random.nextInt(sentences.size())));
        return text;
    }

    private static EntityResult sameAsFresh(RememberedEntities memory, List<Article> articles) {
        EntityResult fresh = EntityAnalysis.analyze(articles, EntityCatalog.empty(), GAZETTEERS);
        EntityResult remembered = memory.analyze(articles, EntityCatalog.empty(), GAZETTEERS);
        memory.endBuild();
        assertEquals(fresh, remembered, articles.stream().map(Article::id).toList().toString());
        return remembered;
    }
}
