package org.dossier.analyze.passages.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dossier.analyze.passages.Fixtures;
import org.dossier.analyze.passages.PassageFinder;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.analyze.passages.SharingSummaries;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.PartialDate;
import org.dossier.model.Passage;
import org.dossier.model.SharingSummary;
import org.junit.jupiter.api.Test;

/**
 * A sharing summary counted again only where edits reached equals a whole count, build after build of
 * edits that make, change and remove shared passages, add and remove articles, move them in the order and
 * give them other dates (which move origins) with and without moving them.
 */
class RememberedSharingTest {
    @Test
    void aSummaryCountedWhereEditsReachedIsAWholeCount() {
        Random random = new Random(13);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < 15; i++) sources.add(RememberedPassagesTest.paragraph(random, 12 + random.nextInt(30)));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) articles.add(dated(RememberedPassagesTest.article("gen-" + i, random, sources), random));
        PassageFinder finder = new PassageFinder(PassageSettings.defaults());
        RememberedPassages memory = new RememberedPassages(PassageSettings.defaults());
        int originsMoved = 0;
        SharingSummary last = null;
        for (int step = 0; step < 80; step++) {
            List<Passage> fresh = finder.find(articles);
            SharingSummary whole = SharingSummaries.of(articles, fresh);
            assertEquals(whole, memory.sharing(articles, memory.find(articles)), "step " + step);
            memory.endBuild();
            if (last != null && !last.origins().equals(whole.origins())) originsMoved++;
            last = whole;
            if (step % 3 == 2) {
                // Another date, the article staying where it stands.
                int at = random.nextInt(articles.size());
                articles.set(at, dated(articles.get(at), random));
            } else {
                RememberedPassagesTest.change(articles, random, sources, step);
            }
        }
        assertTrue(originsMoved >= 5, "new dates should move origins, but moved " + originsMoved + " times");
        assertTrue(!last.pairs().isEmpty());
    }

    private static Article dated(Article article, Random random) {
        Optional<PartialDate> date = random.nextInt(5) == 0 ? Optional.empty()
                : Optional.of(PartialDate.of(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(60))));
        return Fixtures.article(article.id(), date, article.blocks().stream().map(Block::text).toArray(String[]::new));
    }
}
