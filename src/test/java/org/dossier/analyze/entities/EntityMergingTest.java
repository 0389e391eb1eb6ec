package org.dossier.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.EntityType;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;
import org.junit.jupiter.api.Test;

/** Merging on small fixtures: what joins, what stays apart, and what the editor's catalog changes. */
class EntityMergingTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.loadDefault();

    static Article article(String id, String language, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(new Block("p" + (i + 1), BlockKind.PARAGRAPH, paragraphs[i], paragraphs[i], SourceLocation.of(id + ".txt", i + 1)));
        }
        return new Article(id, id + ".txt", id, Optional.empty(), DateOrigin.UNKNOWN, language, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(new Section("s", blocks)));
    }

    private static List<Entity> people(EntityResult r) {
        return r.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    @Test
    void mergesTypoIntoKnownPerson() {
        Article a = article("a", "nl", "Minister Karel Vandersteen opende de beurs.",
                "Later sprak Karel Vandersten met de pers en gaf Vandersteen toe dat het druk was.");
        List<Entity> people = people(EntityAnalysis.analyze(List.of(a), EntityCatalog.empty(), GAZETTEERS));
        assertEquals(1, people.size(), people::toString);
        assertEquals("Karel Vandersteen", people.get(0).name());
        assertTrue(people.get(0).aliases().containsAll(List.of("Karel Vandersten", "Vandersteen")));
    }

    @Test
    void keepsPeopleWhoShareASurnameApart() {
        Article a = article("a", "en", "President Joe Biden met the press on Monday.",
                "His wife Jill Biden visited a school in Delaware, where Biden read to the pupils.");
        List<Entity> people = people(EntityAnalysis.analyze(List.of(a), EntityCatalog.empty(), GAZETTEERS));
        assertEquals(2, people.size(), people::toString);
        Entity jill = people.stream().filter(e -> e.name().equals("Jill Biden")).findFirst().orElseThrow();
        assertEquals(2, jill.mentions().size(), "the bare Biden after Jill Biden is Jill's");
    }

    @Test
    void knowsAPersonEverywhereOnceARoleNamesHim() {
        Article first = article("a", "nl", "Volgens analisten wint Kowalczyk de verkiezingen.");
        Article second = article("b", "nl", "Een dag later sprak president Kowalczyk het parlement toe.");
        EntityResult r = EntityAnalysis.analyze(List.of(first, second), EntityCatalog.empty(), GAZETTEERS);
        Entity k = r.entities().stream().filter(e -> e.name().equals("Kowalczyk")).findFirst().orElseThrow();
        assertEquals(EntityType.PERSON, k.type());
        assertEquals(2, k.mentions().size());
    }

    @Test
    void joinsAnAbbreviationToTheLongNameBeforeIt() {
        Article a = article("a", "nl", "De Vlaamse Vereniging voor Luchtkwaliteit (VVL) protesteert.",
                "Morgen overlegt de VVL met de minister.");
        EntityResult r = EntityAnalysis.analyze(List.of(a), EntityCatalog.empty(), GAZETTEERS);
        Entity vvl = r.entities().stream().filter(e -> e.aliases().contains("VVL") || e.name().equals("VVL")).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, vvl.type());
        assertEquals(3, vvl.mentions().size());
    }

    @Test
    void transliteratesCyrillicNamesIntoTheLatinOnes() {
        Article a = article("a", "nl", "De Russische president Vladimir Poetin sprak gisteren.",
                "Een verklaring volgde later. — Владимир Путин (@KremlinRussia)");
        List<Entity> people = people(EntityAnalysis.analyze(List.of(a), EntityCatalog.empty(), GAZETTEERS));
        assertEquals(1, people.size(), people::toString);
        assertTrue(people.get(0).aliases().contains("Владимир Путин"));
        assertTrue(people.get(0).aliases().contains("@KremlinRussia"));
    }

    @Test
    void followsTheEditorsCatalog() {
        Article a = article("a", "nl", "Gisteren sprak Oekraïens president Zelensky met Poetin.",
                "Ook het Westen reageerde op de ontmoeting.");
        EntityCatalog catalog = new EntityCatalog(List.of(new EntityCatalog.Entry("Volodymyr Zelensky", EntityType.PERSON,
                List.of("Zelensky", "Zelenski"), Optional.of("President of Ukraine"), Optional.of("https://www.wikidata.org/wiki/Q3874799"),
                SourceLocation.of("seeds/entities.yml", 2))), List.of("Westen"));
        EntityResult r = EntityAnalysis.analyze(List.of(a), catalog, GAZETTEERS);
        Entity z = r.entities().stream().filter(e -> e.aliases().contains("Zelensky")).findFirst().orElseThrow();
        assertEquals("Volodymyr Zelensky", z.name());
        assertEquals("volodymyr-zelensky", z.id());
        assertEquals(Optional.of("President of Ukraine"), z.description());
        assertEquals(Optional.of("https://www.wikidata.org/wiki/Q3874799"), z.link());
        assertFalse(r.entities().stream().anyMatch(e -> e.name().equals("Westen")), "Westen is on the ignore list");
    }

    @Test
    void listsCapitalisedWordsItCannotPlaceAsUncertain() {
        Article a = article("a", "nl", "Het plan kreeg de steun van Wablieft en Kortom.");
        EntityResult r = EntityAnalysis.analyze(List.of(a), EntityCatalog.empty(), GAZETTEERS);
        assertTrue(r.entities().stream().noneMatch(e -> e.name().equals("Wablieft")));
        assertTrue(r.uncertain().stream().anyMatch(u -> u.startsWith("Wablieft")), r.uncertain()::toString);
    }
    /**
     * English words that only end like Dutch nationality words (Christmas, Defense, Celanese) keep their
     * entities; an English adjective of nationality (Canadian) and a Dutch one (Zwitserse) still get none.
     */
    @Test
    void keepsEnglishNamesThatOnlyEndLikeDutchNationalityWords() {
        Article en = article("a", "en", "Toy sales before Christmas rose sharply at the mall.",
                "The Defense Department bought a share of Celanese on Monday.", "Canadian exports fell.");
        Article nl = article("b", "nl", "De Zwitserse bank sloot een filiaal in Bern.");
        java.util.Set<String> names = EntityAnalysis.analyze(List.of(en, nl), EntityCatalog.empty(), GAZETTEERS).entities().stream()
                .map(Entity::name).collect(java.util.stream.Collectors.toSet());
        assertTrue(names.contains("Christmas"), names::toString);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("Defense")), names::toString);
        assertTrue(names.contains("Celanese"), names::toString);
        assertTrue(!names.contains("Canadian") && !names.contains("Zwitserse"), names::toString);
    }
}
