package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.ingest.Ingester;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Mention;
import org.junit.jupiter.api.Test;

class StablePartsTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.loadDefault();
    private final List<Article> articles = new Ingester().ingest(Path.of("seeds"), n -> {}).articles();

    /** A fresh analysis: every part a new object. */
    private Dossier analysed(List<Article> articles) {
        return Analysis.analyse(articles, EntityCatalog.empty(), GAZETTEERS).dossier();
    }

    @Test
    void anUnchangedDossierIsMadeOfTheLastOnesObjects() {
        StableParts parts = new StableParts();
        Dossier first = parts.reuseEqual(analysed(articles));
        Dossier again = analysed(articles);
        assertNotSame(first.entities().get(0), again.entities().get(0), "a fresh analysis makes new objects");

        Dossier stable = parts.reuseEqual(again);

        assertEquals(again, stable);
        assertTrue(first.entities().size() > 5 && !first.passages().isEmpty() && !first.timeline().isEmpty());
        for (int i = 0; i < first.entities().size(); i++) assertSame(first.entities().get(i), stable.entities().get(i));
        for (int i = 0; i < first.passages().size(); i++) assertSame(first.passages().get(i), stable.passages().get(i));
        for (int i = 0; i < first.timeline().size(); i++) assertSame(first.timeline().get(i), stable.timeline().get(i));
        assertSame(first.sharing(), stable.sharing());
    }

    @Test
    void changedPartsAreTheNewOnesAndAChangedEntityKeepsTheMentionsItStillHas() {
        StableParts parts = new StableParts();
        Dossier first = parts.reuseEqual(analysed(articles));
        Entity named = first.entities().stream().filter(e -> e.mentions().size() > 1).findFirst().orElseThrow();
        Dossier again = analysed(articles);
        List<Entity> entities = new ArrayList<>(again.entities());
        int at = entities.indexOf(named);
        Entity fresh = entities.get(at);
        Entity lessNamed = new Entity(fresh.id(), fresh.name(), fresh.type(), fresh.aliases(), fresh.description(),
                fresh.link(), fresh.mentions().subList(1, fresh.mentions().size()), fresh.roles());
        entities.set(at, lessNamed);
        List<Article> retitled = new ArrayList<>(again.articles());
        Article a = retitled.get(0);
        retitled.set(0, new Article(a.id(), a.source(), "Een nieuwe titel", a.date(), a.dateOrigin(), a.language(),
                a.outlet(), a.author(), a.originalUrl(), a.sections()));
        Dossier edited = new Dossier(retitled, again.passages(), again.sharing(), again.diffs(), entities,
                again.quotes(), again.events(), again.timeline());

        Dossier stable = parts.reuseEqual(edited);

        assertEquals(edited, stable);
        Entity changed = stable.entities().get(at);
        assertNotSame(named, changed);
        List<Mention> kept = changed.mentions();
        for (int i = 0; i < kept.size(); i++) assertSame(named.mentions().get(i + 1), kept.get(i));
    }

    /** As a rebuild hands them on: most parts the last build's very objects already, the others fresh but equal. */
    @Test
    void partsHandedOnAndFreshEqualOnesAreAllTheLastOnesObjects() {
        StableParts parts = new StableParts();
        Dossier first = parts.reuseEqual(analysed(articles));
        Dossier again = analysed(articles);
        Dossier mixed = new Dossier(alternate(first.articles(), again.articles()), alternate(first.passages(), again.passages()),
                again.sharing(), alternate(first.diffs(), again.diffs()), alternate(first.entities(), again.entities()),
                alternate(first.quotes(), again.quotes()), alternate(first.events(), again.events()),
                alternate(first.timeline(), again.timeline()));
        assertTrue(!first.quotes().isEmpty() && first.timeline().size() > 1 && first.passages().size() > 1, "the seeds hold every kind of part");

        Dossier stable = parts.reuseEqual(mixed);

        assertEquals(mixed, stable);
        for (List<?>[] lists : List.<List<?>[]>of(new List<?>[] {first.articles(), stable.articles()}, new List<?>[] {first.passages(), stable.passages()},
                new List<?>[] {first.diffs(), stable.diffs()}, new List<?>[] {first.quotes(), stable.quotes()},
                new List<?>[] {first.events(), stable.events()}, new List<?>[] {first.timeline(), stable.timeline()})) {
            for (int i = 0; i < lists[0].size(); i++) assertSame(lists[0].get(i), lists[1].get(i));
        }
    }

    /** The even items of {@code kept}, the odd ones of {@code fresh}: lists of equal items. */
    private static <T> List<T> alternate(List<T> kept, List<T> fresh) {
        List<T> mixed = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) mixed.add(i % 2 == 0 ? kept.get(i) : fresh.get(i));
        return mixed;
    }
}
