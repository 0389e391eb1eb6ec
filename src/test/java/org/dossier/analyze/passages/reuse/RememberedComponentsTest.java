package org.dossier.analyze.passages.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dossier.analyze.passages.Fixtures;
import org.dossier.analyze.passages.PassageFinder;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.analyze.passages.PassageSteps;
import org.dossier.analyze.passages.VocabularySteps;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.junit.jupiter.api.Test;

/**
 * Components linked again only where an edit reaches give, with those taken over, what linking every class
 * gives: build after build of edits that make, change and remove shared passages, add and remove articles
 * and move them in the caller's order; and the passages of untouched components are the very objects of
 * the build before.
 */
class RememberedComponentsTest {
    /** A boilerplate limit of a tenth of the collection, at least three articles, so that it moves as articles come and go. */
    private static final PassageSettings LOW_LIMIT = new PassageSettings(6, 3, 6, 0.75, 8, 2, 3, 0.1, 10);

    @Test
    void componentsLinkedAgainWhereEditsReachAreThoseOfAWholeFind() {
        assertLikeWholeFinds(PassageSettings.defaults(), 7);
    }

    @Test
    void componentsStayWholeAsTheBoilerplateLimitMoves() {
        assertLikeWholeFinds(LOW_LIMIT, 9);
    }

    private static void assertLikeWholeFinds(PassageSettings settings, long seed) {
        Random random = new Random(seed);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < 15; i++) sources.add(RememberedPassagesTest.paragraph(random, 12 + random.nextInt(30)));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 50; i++) articles.add(RememberedPassagesTest.article("gen-" + i, random, sources));
        RememberedVocabulary vocabulary = new RememberedVocabulary(settings);
        PassageFinder remembering = new PassageFinder(settings, new PassageSteps() {
            @Override
            public VocabularySteps vocabulary() {
                return vocabulary;
            }
        });
        PassageFinder fresh = new PassageFinder(settings);
        int partly = 0;
        for (int step = 0; step < 60; step++) {
            List<Passage> found = remembering.find(articles);
            assertEquals(fresh.find(articles), found, "step " + step);
            vocabulary.endBuild();
            RememberedComponents components = vocabulary.components();
            if (components.relinked() < components.classCount() / 2) partly++;
            RememberedPassagesTest.change(articles, random, sources, step);
        }
        assertTrue(partly >= 20, "most builds should link again only a few classes, but " + partly + " did");
    }

    @Test
    void anEditElsewhereLeavesTheOtherPassagesTheSameObjects() {
        Random random = new Random(5);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < 10; i++) sources.add(RememberedPassagesTest.paragraph(random, 14 + random.nextInt(20)));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 30; i++) articles.add(RememberedPassagesTest.article("gen-" + i, random, sources));
        RememberedPassages memory = new RememberedPassages(PassageSettings.defaults());
        List<Passage> before = memory.find(articles);
        memory.endBuild();
        // A new article that shares one paragraph with the collection: only that paragraph's passage changes.
        articles.add(Fixtures.article("newcomer", "A paragraph of its own that no other article carries, about a dog that sings opera.", sources.get(9)));
        List<Passage> after = memory.find(articles);
        assertEquals(new PassageFinder(PassageSettings.defaults()).find(articles), after);
        Map<String, Passage> byId = new HashMap<>();
        for (Passage p : before) byId.put(p.id(), p);
        int same = 0;
        int changed = 0;
        for (Passage p : after) {
            Passage earlier = byId.get(p.id());
            if (earlier == null || !earlier.equals(p)) {
                changed++;
                continue;
            }
            assertSame(earlier, p, p.id());
            same++;
        }
        assertTrue(same > 5 && changed >= 1 && changed < same, same + " the same, " + changed + " changed");
    }

    @Test
    void aStockPhraseKeptInSomeOfItsArticlesStaysTheSameObjectAfterAnEditElsewhere() {
        String notice = "Quarterly dividend 15 cts against 12 cts before.";
        List<Article> articles = new ArrayList<>(List.of(
                Fixtures.article("first", notice, "Payable May 2"),
                Fixtures.article("second", notice, "Payable May 2"),
                Fixtures.article("third", "Another company raised its payout. " + notice + " Its shares rose."),
                Fixtures.article("fourth", "An unrelated story about the weather in the mountains this week.")));
        RememberedPassages memory = new RememberedPassages(PassageSettings.defaults());
        List<Passage> before = memory.find(articles);
        memory.endBuild();
        // The notice stands in three articles, but only the two copies keep it.
        assertEquals(1, before.size());
        assertEquals(List.of("first", "second"), before.get(0).occurrences().stream().map(s -> s.article()).toList());
        articles.set(3, Fixtures.article("fourth", "An unrelated story about the weather in the valleys this week."));
        List<Passage> after = memory.find(articles);
        assertEquals(new PassageFinder(PassageSettings.defaults()).find(articles), after);
        assertSame(before.get(0), after.get(0));
    }
}
