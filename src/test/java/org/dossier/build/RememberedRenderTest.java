package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.ingest.Ingester;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Discrepancy;
import org.dossier.model.Network;
import org.dossier.model.Passage;
import org.dossier.model.Quote;
import org.dossier.model.QuoteGroup;
import org.dossier.model.Structure;
import org.dossier.model.SharingSummary;
import org.dossier.render.RenderMemory;
import org.dossier.render.reuse.PageCache;
import org.dossier.render.PageSizes;
import org.dossier.render.RenderException;
import org.dossier.render.SiteRenderer;
import org.dossier.render.Templates;
import org.junit.jupiter.api.Test;

/**
 * A render that remembers pages gives, after each kind of change to the dossier, the very site a fresh
 * render gives. Each change reaches the pages of the articles and entities through one kind of read
 * only (passages, mentions, an article's card or place, quotes, timeline entries, aliases, diffs, origins, the
 * network, discrepancies), so a page that failed to note
 * that read would keep stale bytes and fail here.
 */
class RememberedRenderTest {
    private static final Gazetteers GAZETTEERS = Gazetteers.loadDefault();
    private final Templates templates = new Templates(Path.of("templates"));
    private final Dossier base = Analysis.analyse(new Ingester().ingest(Path.of("seeds"), n -> {}).articles(),
            EntityCatalog.empty(), GAZETTEERS).dossier();

    private Map<String, String> render(SiteRenderer renderer, Dossier dossier) throws RenderException {
        Map<String, String> files = new ConcurrentSkipListMap<>(); // written by the renderer's threads at once
        renderer.render(dossier, (path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)), n -> {});
        return files;
    }

    private static Dossier with(Dossier d, List<Article> articles, List<Passage> passages, List<Entity> entities) {
        return new Dossier(articles, passages, d.sharing(), d.diffs(), entities, d.quotes(), d.events(), d.timeline(), d.structure());
    }

    private static <T> List<T> changedFirst(List<T> items, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(items);
        copy.set(0, change.apply(copy.get(0)));
        return copy;
    }

    @Test
    void rememberedPagesFollowEveryKindOfChange() throws RenderException {
        checkEveryKindOfChange(PageSizes.DEFAULT);
    }

    /**
     * With pages of one item, every list is cut into pages and the timeline into periods, so a change moves
     * items between pages, and an entity page's links into the timeline must follow its entries' pages.
     */
    @Test
    void rememberedListPagesFollowEveryKindOfChange() throws RenderException {
        checkEveryKindOfChange(new PageSizes(1, 1, 1, 1, 1));
    }

    private void checkEveryKindOfChange(PageSizes sizes) throws RenderException {
        assertTrue(base.passages().size() > 1 && base.entities().size() > 1 && !base.quotes().isEmpty() && base.timeline().size() > 1,
                "the seed story has passages, entities, quotes and a timeline to change");
        Entity named = base.entities().stream().filter(e -> e.mentions().size() > 1).findFirst().orElseThrow();
        Map<String, Dossier> changes = new java.util.LinkedHashMap<>();
        changes.put("a passage dropped", with(base, base.articles(), base.passages().subList(1, base.passages().size()), base.entities()));
        changes.put("a mention dropped", with(base, base.articles(), base.passages(), base.entities().stream()
                .map(e -> e != named ? e : new Entity(e.id(), e.name(), e.type(), e.aliases(), e.description(), e.link(),
                        e.mentions().subList(1, e.mentions().size()), e.roles()))
                .toList()));
        changes.put("an article retitled", with(base, changedFirst(base.articles(), a -> new Article(a.id(), a.source(),
                "Een andere titel", a.date(), a.dateOrigin(), a.language(), a.outlet(), a.author(), a.originalUrl(), a.sections())),
                base.passages(), base.entities()));
        changes.put("a quote dropped", new Dossier(base.articles(), base.passages(), base.sharing(), base.diffs(), base.entities(),
                base.quotes().subList(1, base.quotes().size()), base.events(), base.timeline()));
        changes.put("an entry dropped", new Dossier(base.articles(), base.passages(), base.sharing(), base.diffs(), base.entities(),
                base.quotes(), base.events(), base.timeline().subList(1, base.timeline().size())));
        changes.put("an entity renamed", with(base, base.articles(), base.passages(), base.entities().stream()
                .map(e -> e != named ? e : new Entity(e.id(), "Iemand Anders", e.type(), e.aliases(), e.description(), e.link(),
                        e.mentions(), e.roles()))
                .toList()));

        changes.put("an alias added", with(base, base.articles(), base.passages(), base.entities().stream()
                .map(e -> e != named ? e : new Entity(e.id(), e.name(), e.type(), List.of("Nog een naam"), e.description(), e.link(),
                        e.mentions(), e.roles()))
                .toList()));
        if (!base.diffs().isEmpty()) {
            changes.put("a diff dropped", new Dossier(base.articles(), base.passages(), base.sharing(), base.diffs().subList(1, base.diffs().size()),
                    base.entities(), base.quotes(), base.events(), base.timeline()));
        }
        Entity person = base.entities().stream().filter(e -> e.type() == org.dossier.model.EntityType.PERSON).findFirst().orElseThrow();
        changes.put("a person made a place", with(base, base.articles(), base.passages(), base.entities().stream()
                .map(e -> e != person ? e : new Entity(e.id(), e.name(), org.dossier.model.EntityType.PLACE, e.aliases(), e.description(),
                        e.link(), e.mentions(), e.roles()))
                .toList()));
        List<Article> swapped = new ArrayList<>(base.articles());
        java.util.Collections.swap(swapped, 0, 1);
        changes.put("two articles swapped", with(base, swapped, base.passages(), base.entities()));
        changes.put("an origin forgotten", new Dossier(base.articles(), base.passages(),
                new SharingSummary(base.sharing().articles(), base.sharing().pairs(), base.sharing().origins().stream()
                        .map(o -> new SharingSummary.PassageOrigin(o.passage(), java.util.Optional.empty())).toList()),
                base.diffs(), base.entities(), base.quotes(), base.events(), base.timeline()));
        Structure structure = base.structure();
        assertTrue(structure.network().edges().size() > 1 && !structure.quoteGroups().isEmpty(),
                "the seed story has a network and a repeated quote to change");
        changes.put("a network edge dropped", base.withStructure(new Structure(new Network(structure.network().nodes(),
                structure.network().edges().subList(1, structure.network().edges().size())), structure.discrepancies(), structure.quoteGroups())));
        QuoteGroup group = structure.quoteGroups().get(0);
        Quote first = group.first();
        Quote other = group.appearances().stream().filter(q -> !q.span().article().equals(first.span().article())).findFirst().orElseThrow();
        Discrepancy told = new Discrepancy("differs-test", Discrepancy.Scope.QUOTE, group.id(), Discrepancy.Fact.SPEAKER,
                new Discrepancy.Reading("Iemand", first.span(), java.util.Optional.empty()),
                new Discrepancy.Reading("Iemand Anders", other.span(), java.util.Optional.empty()));
        changes.put("a discrepancy added", base.withStructure(new Structure(structure.network(),
                List.of(told), structure.quoteGroups())));
        changes.put("a repeated quote forgotten", base.withStructure(new Structure(structure.network(), structure.discrepancies(),
                structure.quoteGroups().subList(1, structure.quoteGroups().size()))));

        SiteRenderer remembering = new SiteRenderer(templates, PageCache.remembering(), sizes);
        Map<String, String> before = render(remembering, base);
        for (Map.Entry<String, Dossier> change : changes.entrySet()) {
            Map<String, String> remembered = render(remembering, change.getValue());
            Map<String, String> fresh = render(new SiteRenderer(templates, RenderMemory.none(), sizes), change.getValue());
            assertNotEquals(before, fresh, change.getKey() + " changes the site");
            assertEquals(fresh, remembered, "after " + change.getKey());
            before = render(remembering, base);
            assertEquals(render(new SiteRenderer(templates, RenderMemory.none(), sizes), base), before, "after undoing " + change.getKey());
        }
    }
}
