package org.dossier.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.analyze.SeedArticles;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Dossier;
import org.dossier.model.EntityCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The view data of entity pages, on the seed dossier. */
class EntityProfileTest {
    private static Dossier dossier;

    @BeforeAll
    static void analyse() {
        List<Article> articles = SeedArticles.load();
        EntityResult r = EntityAnalysis.analyze(articles, EntityCatalog.empty(), Gazetteers.loadDefault());
        dossier = Dossier.of(articles).withEntities(r.entities(), r.quotes());
    }

    private static EntityProfile profile(String id) {
        return EntityProfile.of(dossier, id).orElseThrow();
    }

    @Test
    void showsWhatPoetinSaid() {
        EntityProfile poetin = profile("vladimir-poetin");
        assertTrue(poetin.quotes().stream().anyMatch(q -> q.span().text().equals("een kolossale fout")), poetin.quotes()::toString);
        assertTrue(poetin.quotes().stream().allMatch(q -> q.speaker().orElseThrow().equals("vladimir-poetin")));
        assertTrue(poetin.roles().contains("Russisch president"));
    }

    @Test
    void countsThePeopleAPersonAppearsWith() {
        EntityProfile poetin = profile("vladimir-poetin");
        List<String> names = poetin.companions().stream().map(EntityProfile.Companion::name).toList();
        assertEquals(List.of("Joe Biden", "Volodimir Zelenski"), names);
        EntityProfile.Companion biden = poetin.companions().get(0);
        assertTrue(biden.sharedBlocks() >= poetin.companions().get(1).sharedBlocks());
        assertEquals(5, biden.sharedBlocks(), "blocks naming both Poetin and Biden");
    }

    @Test
    void putsEveryMentionInItsSentence() {
        EntityProfile biden = profile("joe-biden");
        assertEquals(biden.entity().mentions().size(), biden.mentions().size());
        for (EntityProfile.MentionInContext m : biden.mentions()) {
            Block block = dossier.article(m.mention().span().article()).orElseThrow().block(m.mention().span().block()).orElseThrow();
            assertTrue(block.text().contains(m.before() + m.mention().span().text() + m.after()));
        }
        EntityProfile.MentionInContext first = biden.mentions().get(0);
        assertEquals("President ", first.before());
        assertTrue(first.after().startsWith(" benadrukte eveneens"), first.after());
        assertTrue(first.after().length() <= 160 && !first.after().endsWith(" "), "a long sentence is cut at a word: " + first.after());
        EntityProfile.MentionInContext inShortSentence = biden.mentions().stream()
                .filter(m -> m.before().startsWith("Zowel ")).findFirst().orElseThrow();
        assertEquals(" als Zelenski gaven in het gesprek aan de diplomatieke pogingen om de situatie op te lossen te ondersteunen.", inShortSentence.after());
    }

    @Test
    void listsTheArticlesInDossierOrder() {
        EntityProfile zelenski = profile("volodimir-zelenski");
        assertEquals(List.of("000_612085df6fbf3f80", "003_70f3edb694600a6b"),
                zelenski.articles().stream().map(EntityProfile.Appearance::articleId).toList());
        assertEquals(zelenski.quotes().size(), zelenski.articles().stream().mapToInt(EntityProfile.Appearance::quotes).sum());
    }

    @Test
    void indexesEntitiesByTypeMostNamedFirst() {
        EntityIndex index = EntityIndex.of(dossier);
        List<EntityIndex.Entry> people = index.of(org.dossier.model.EntityType.PERSON);
        assertEquals(List.of("Joe Biden", "Vladimir Poetin", "Volodimir Zelenski"), people.stream().map(e -> e.entity().name()).toList());
        assertEquals(11, people.get(0).mentions());
        assertEquals(2, people.get(0).articles());
        assertEquals("Oekraïne", index.of(org.dossier.model.EntityType.PLACE).get(0).entity().name());
    }

    @Test
    void hasNoProfileForAnUnknownId() {
        assertTrue(EntityProfile.of(dossier, "nobody").isEmpty());
    }
}
