package org.dossier.analyze.entities;

import static org.dossier.analyze.entities.EntityMergingTest.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.EntityType;
import org.dossier.model.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * A local Dutch story as a new user brings it (a lock that closes, an alderman, the road authority),
 * told in Dutch and English: the names it must get right, on fixtures written for these tests.
 */
class LocalStoryEntitiesTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.loadDefault();
    private static final RuleBasedRecognizer RECOGNIZER = RuleBasedRecognizer.of(GAZETTEERS);

    private static String tagged(String text, String language) {
        return RECOGNIZER.recognize(text, language).stream().filter(s -> !s.cue().isWeak())
                .map(s -> s.text() + "/" + s.type().id()).collect(Collectors.joining(", "));
    }

    private static Entity named(EntityResult r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity for " + name + " in " + r.entities().stream().map(Entity::name).toList()));
    }

    private static List<String> names(EntityResult r, EntityType type) {
        return r.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    @Test
    void aNameEndingInAWordOfPlacesIsAPlace() {
        assertEquals("Prinsessesluis/place", tagged("Vanaf vrijdag blijft de Prinsessesluis dicht.", "nl"));
        assertEquals("Beatrixtunnel/place, Stationsplein/place", tagged("Het verkeer gaat door de Beatrixtunnel naar het Stationsplein.", "nl"));
        assertEquals("Kingston Bridge/place, Mill Road/place",
                tagged("Traffic from Kingston Bridge was sent along Mill Road instead.", "en"));
        // Verlaan and Terdijk are surnames: too short a stem before the place word.
        assertTrue(RECOGNIZER.recognize("Gisteren belde Verlaan met de krant.", "nl").stream().noneMatch(s -> s.type() == EntityType.PLACE));
    }

    @Test
    void aCompoundOfAnAuthorityIsAnOrganisation() {
        assertEquals("Rijkswaterstaat/organization", tagged("Volgens Rijkswaterstaat is het beton te zwak.", "nl"));
        assertEquals("Belastingdienst/organization", tagged("Hij kreeg een brief van de Belastingdienst.", "nl"));
    }

    @Test
    void aRoleOpeningASentenceIsNoPartOfTheName() {
        assertEquals("Henk Dijkstra/person", tagged("Sluiswachter Henk Dijkstra opende de deuren niet meer.", "nl"));
        assertEquals("Ilse Mulder/person", tagged("Verpleegkundige Ilse Mulder woont aan de overkant.", "nl"));
        // A noun the role list does not know is still no given name: the person starts at the given name.
        assertEquals("Ruud Bos/person", tagged("Fietsenmaker Ruud Bos ziet zijn klanten wegblijven.", "nl"));
        assertEquals("CDA-fractievoorzitter/other, Ruud Bos/person", tagged("Ook CDA-fractievoorzitter Ruud Bos sprak.", "nl"));
    }

    @Test
    void aCapitalParticleOpensASurname() {
        assertEquals("Van den Heuvel/person", tagged("Dat bevestigde Van den Heuvel gisteren.", "nl"));
        EntityResult r = EntityAnalysis.analyze(List.of(article("a", "nl",
                "Wethouder Joost van Rijn wil de sluis snel repareren.", "Van Rijn zegt dat de schade meevalt.")),
                EntityCatalog.empty(), GAZETTEERS);
        assertEquals(List.of("Joost van Rijn"), names(r, EntityType.PERSON));
        assertEquals(2, named(r, "Joost van Rijn").mentions().size());
        assertFalse(names(r, EntityType.PLACE).contains("Rijn"), "Van Rijn is a person, not the river");
    }

    @Test
    void aOneLetterTypoInASurnameJoinsTheSamePerson() {
        EntityResult r = EntityAnalysis.analyze(List.of(
                article("a", "nl", "Buurtbewoner Annelies Verhoeff maakt zich zorgen."),
                article("b", "nl", "Annelies Verhoef liep gisteren mee met de protestmars.")), EntityCatalog.empty(), GAZETTEERS);
        assertEquals(1, names(r, EntityType.PERSON).size(), names(r, EntityType.PERSON)::toString);
        assertEquals(2, r.entities().get(0).mentions().size());
    }

    @Test
    void theStorysSubjectAndItsRiverArePlacesWithPages() {
        EntityResult r = EntityAnalysis.analyze(List.of(article("a", "nl",
                "De Prinsessesluis gaat dicht. De Prinsessesluis verbindt het kanaal met de Maas.",
                "Schippers varen nu om via de IJssel. Wie de Prinsessesluis wil passeren, moet wachten.")),
                EntityCatalog.empty(), GAZETTEERS);
        assertEquals(3, named(r, "Prinsessesluis").mentions().size());
        assertEquals(EntityType.PLACE, named(r, "Prinsessesluis").type());
        assertEquals(EntityType.PLACE, named(r, "IJssel").type());
        assertTrue(r.uncertain().stream().noneMatch(u -> u.startsWith("Prinsessesluis") || u.startsWith("IJssel")), r.uncertain()::toString);
    }

    @Test
    void anAbbreviationInBracketsSpellsOutTheWholeName() {
        assertEquals("Zweedse Wegenwacht/organization, ZW/organization",
                tagged("De Zweedse Wegenwacht (ZW) stuurt hulp.", "nl"));
    }

    @Test
    void makesNoEntityOfAnAdjectiveOfNationality() {
        EntityResult r = EntityAnalysis.analyze(List.of(article("a", "nl",
                "De Canadese en Noorse ingenieurs bekeken de sluis in Maastricht.")), EntityCatalog.empty(), GAZETTEERS);
        assertEquals(List.of("Maastricht"), r.entities().stream().map(Entity::name).toList());
    }

    private static EntityCatalog catalog(EntityCatalog.Entry... entries) {
        return new EntityCatalog(List.of(entries), List.of());
    }

    private static EntityCatalog.Entry entry(String name, EntityType type, String... aliases) {
        return new EntityCatalog.Entry(name, type, List.of(aliases), Optional.empty(), Optional.empty(), SourceLocation.of("entities.yml", 1));
    }

    @Test
    void theEditorsFileJoinsEveryFormThatHoldsItsNames() {
        List<Article> story = List.of(
                article("a", "nl", "Burgemeester Joost van Rijn opende de noodbrug.", "Oud-wethouder Van Rijn was er ook."),
                article("b", "en", "Mayor Joost van Rijn promised a ferry within a week."));
        EntityResult r = EntityAnalysis.analyze(story, catalog(entry("Joost van Rijn", EntityType.PERSON, "Van Rijn")), GAZETTEERS);
        assertEquals(List.of("Joost van Rijn"), names(r, EntityType.PERSON));
        assertEquals(3, named(r, "Joost van Rijn").mentions().size());
    }

    @Test
    void namesInEnglishAboutDutchMattersJoinTheDutchOnes() {
        List<Article> story = List.of(
                article("a", "nl", "Wethouder Femke Hendriks sprak bij de Prinsessesluis met de schippers."),
                article("b", "en", "At the Princess Lock, alderman Femke Hendriks met the skippers."));
        EntityResult r = EntityAnalysis.analyze(story, catalog(entry("Prinsessesluis", EntityType.PLACE, "Princess Lock")), GAZETTEERS);
        assertEquals(2, named(r, "Femke Hendriks").mentions().size());
        Entity lock = named(r, "Prinsessesluis");
        assertEquals(2, lock.mentions().size());
        assertTrue(lock.aliases().contains("Princess Lock"), lock.aliases()::toString);
    }
}
