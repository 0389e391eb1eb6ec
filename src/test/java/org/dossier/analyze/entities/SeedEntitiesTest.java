package org.dossier.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.analyze.SeedArticles;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity analysis of the two seed articles, as issue 4 says it must come out. */
class SeedEntitiesTest {
    private static List<Article> articles;
    private static EntityResult result;

    @BeforeAll
    static void analyse() {
        articles = SeedArticles.load();
        result = EntityAnalysis.analyze(articles, EntityCatalog.empty(), Gazetteers.loadDefault());
    }

    private static List<Entity> ofType(EntityType type) {
        return result.entities().stream().filter(e -> e.type() == type).toList();
    }

    private static Entity named(String name) {
        return result.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity for " + name + " in " + result.entities().stream().map(Entity::name).toList()));
    }

    @Test
    void findsExactlyThreePeople() {
        Set<String> people = ofType(EntityType.PERSON).stream().map(Entity::name).collect(Collectors.toSet());
        assertEquals(Set.of("Joe Biden", "Vladimir Poetin", "Volodimir Zelenski"), people);
    }

    @Test
    void mergesEveryFormOfEachPerson() {
        assertTrue(named("Joe Biden").aliases().contains("Biden"));
        Entity zelenski = named("Volodimir Zelenski");
        assertTrue(zelenski.aliases().containsAll(List.of("Zelenski", "Володимир Зеленський")), zelenski.aliases()::toString);
        Entity poetin = named("Vladimir Poetin");
        assertTrue(poetin.aliases().containsAll(List.of("Poetin", "Vladmir Poetin")), poetin.aliases()::toString);
        assertEquals(11, named("Biden").mentions().size(), "every Biden, Joe Biden and President Biden");
    }

    @Test
    void tiesTheHandleToTheNameThatSignsThePost() {
        assertTrue(named("Volodimir Zelenski").aliases().contains("@ZelenskyyUa"));
        assertTrue(result.entities().stream().noneMatch(e -> e.aliases().contains("@POTUS") || e.name().equals("@POTUS")));
    }

    @Test
    void findsThePlacesOfTheStory() {
        Set<String> places = ofType(EntityType.PLACE).stream().map(Entity::name).collect(Collectors.toSet());
        assertTrue(places.containsAll(Set.of("Oekraïne", "Rusland", "Verenigde Staten", "Europa", "Frankrijk", "Duitsland",
                "Genève", "Moskou", "Kiev", "Donbass")), places::toString);
        assertEquals(EntityType.PLACE, named("VS").type());
        assertEquals("Verenigde Staten", named("VS").name());
    }

    @Test
    void findsTheOrganisationsWithTheirLongNames() {
        Set<String> organisations = ofType(EntityType.ORGANIZATION).stream().map(Entity::name).collect(Collectors.toSet());
        assertTrue(organisations.containsAll(Set.of("NAVO", "Kremlin", "Witte Huis")), organisations::toString);
        Entity ovse = named("OVSE");
        assertEquals(EntityType.ORGANIZATION, ovse.type());
        assertTrue(ovse.names().contains("Organisatie voor Veiligheid en Samenwerking in Europa"));
    }

    @Test
    void makesNoEntityOfCapitalisedCommonWords() {
        Set<String> surfaces = new HashSet<>();
        for (Entity e : result.entities()) {
            surfaces.add(e.name());
            surfaces.addAll(e.aliases());
            e.mentions().forEach(m -> surfaces.add(m.span().text()));
        }
        for (String word : List.of("Donderdagavond", "Beeld", "Strategische", "De", "Het", "Volgens", "Joint", "The", "We")) {
            assertFalse(surfaces.stream().anyMatch(s -> s.split("\\s+")[0].equals(word)), word + " became (part of) an entity");
        }
    }

    @Test
    void makesNoEntityOfAnAdjectiveOfNationality() {
        Set<String> names = result.entities().stream().map(Entity::name).collect(Collectors.toSet());
        for (String adjective : List.of("Amerikaanse", "Russische", "Oekraïense", "Zwitserse")) {
            assertFalse(names.contains(adjective), adjective + " has an entity of its own: " + names);
        }
    }

    @Test
    void mentionSpansAreTheTextOfTheirBlocks() {
        for (Entity e : result.entities()) {
            for (Mention m : e.mentions()) {
                Block block = articles.stream().filter(a -> a.id().equals(m.span().article())).findFirst().orElseThrow()
                        .block(m.span().block()).orElseThrow();
                assertEquals(block.text().substring(m.span().start(), m.span().end()), m.span().text());
                assertEquals(e.id(), m.entity());
            }
        }
    }

    @Test
    void givesStableUniqueSlugIds() {
        Set<String> ids = result.entities().stream().map(Entity::id).collect(Collectors.toSet());
        assertEquals(result.entities().size(), ids.size());
        assertTrue(ids.stream().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*")), ids::toString);
        assertEquals("vladimir-poetin", named("Poetin").id());
        EntityResult again = EntityAnalysis.analyze(articles, EntityCatalog.empty(), Gazetteers.loadDefault());
        assertEquals(result, again);
    }

    @Test
    void recordsTheRolesTheTextGives() {
        assertTrue(named("Poetin").roles().contains("Russisch president"), named("Poetin").roles()::toString);
        assertTrue(named("Zelenski").roles().contains("president"));
        assertTrue(named("NAVO").roles().isEmpty());
    }

    @Test
    void sortsPeopleFirstThenByMentions() {
        List<Entity> entities = result.entities();
        for (int i = 1; i < entities.size(); i++) {
            Entity a = entities.get(i - 1);
            Entity b = entities.get(i);
            assertTrue(a.type().compareTo(b.type()) < 0 || a.type() == b.type() && a.mentions().size() >= b.mentions().size());
        }
    }
}
