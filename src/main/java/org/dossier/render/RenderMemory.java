package org.dossier.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Network;
import org.dossier.model.SharingSummary;
import org.dossier.model.TimelineEntry;
import org.dossier.render.search.SearchIndex;

/**
 * Everything the renderer may take from an earlier render instead of making it again: the one seam between
 * the view code of this package and the reuse layer in {@code org.dossier.render.reuse}. Each method names
 * the plain work as a function and returns what it makes; {@link #none()} simply runs it, which is what a
 * one-off build does. A remembering implementation ({@code org.dossier.render.reuse.PageCache}) gives back
 * the same bytes from what the last render made when what they are made of did not change. The view code
 * never knows which one it has: the build chooses (see {@code org.dossier.build.BuildMemory}).
 */
public interface RenderMemory {
    /** Builds the variables of a page that reads the dossier only through {@code index}. */
    @FunctionalInterface
    interface PageContext {
        Map<String, Object> of(DossierIndex index);
    }

    /** Renders a page from its variables. */
    @FunctionalInterface
    interface ContextRenderer {
        byte[] render(Map<String, Object> context) throws RenderException;
    }

    /** Renders one page when memory cannot give it. */
    @FunctionalInterface
    interface PageRenderer {
        byte[] render() throws RenderException;
    }

    /**
     * The views of one kind of item on a page that lists the whole dossier (a passage on the shared-text page,
     * an entry on the timeline). One instance serves one kind of view.
     */
    interface ItemViews {
        /** The view of {@code item} that {@code make} builds, reading the dossier only through the index it is given. */
        <V> V view(Object item, DossierIndex index, Function<DossierIndex, V> make);
    }

    /** A memory that remembers nothing: every call does the work, as a one-off build should. */
    static RenderMemory none() {
        return Plain.INSTANCE;
    }

    /**
     * The index of {@code dossier} for pages that show {@code site} and cut their lists by {@code sizes};
     * {@code timeline} is the timeline's pages, {@link TimelinePages#of} of the dossier's timeline and
     * {@code sizes}, which the renderer works out first (the search index needs them, not the index).
     */
    DossierIndex index(Dossier dossier, SiteInfo site, PageSizes sizes, TimelinePages timeline);

    /** Writes the files of the search index to {@code out}. */
    void searchIndex(Dossier dossier, EntityCatalog catalog, Function<String, String> timelinePage, SiteOutput out);

    /** The views of the passages on the shared-text page. */
    ItemViews passageViews();

    /** The views of the entries on the timeline page. */
    ItemViews entryViews();

    /**
     * The network's export files by path, made by {@code export}: a pure function of the network and the
     * entities, which give its nodes their names.
     */
    Map<String, byte[]> networkFiles(Network network, List<Entity> entities, BiFunction<Network, List<Entity>, Map<String, byte[]>> export);

    /**
     * The network page's view that {@code make} builds, when it reads nothing but {@code network}, the
     * {@code entities} (their names, for the labels) and the site's words.
     */
    <V> V networkView(Network network, List<Entity> entities, Supplier<V> make);

    /** The drawing of who shares with whom, made by {@code draw} (a pure function of its two inputs). */
    String sharingDrawing(List<Article> articles, SharingSummary sharing, BiFunction<List<Article>, SharingSummary, String> draw);

    /**
     * The UTF-8 bytes of the TimelineJS text made by {@code export}, a pure function of the entries, the titles
     * of their sources' articles and the dossier's title.
     */
    byte[] timelineJson(List<TimelineEntry> entries, List<String> sourceTitles, String title, Supplier<String> export);

    /** {@link DossierJson#write(Dossier)}, in pieces ({@link DossierJson#pieces(Dossier)}). */
    List<byte[]> dossierJson(Dossier dossier);

    /** The drawing of {@code entries} on the page at {@code path}, made by {@code draw} (a pure function of them). */
    String drawing(String path, List<TimelineEntry> entries, Function<List<TimelineEntry>, String> draw);

    /** {@link BlockAnnotator#annotate}. */
    String annotate(String text, String html, List<Annotation> annotations);

    /**
     * The page at {@code path} made from {@code template} and {@code context}. The context may be kept for a
     * later comparison, so the caller must not change it afterwards.
     */
    byte[] page(String path, String template, Map<String, Object> context, PageRenderer renderer) throws RenderException;

    /** The page at {@code path}, whose variables {@code context} builds from the dossier read through the index it is given. */
    byte[] trackedPage(String path, String template, DossierIndex index, PageContext context, ContextRenderer renderer)
            throws RenderException;

    /** Ends a render. */
    void endRender();

    /** The plain render: every method does its work. */
    final class Plain implements RenderMemory {
        private static final Plain INSTANCE = new Plain();
        private static final ItemViews MADE_EACH_TIME = new ItemViews() {
            @Override
            public <V> V view(Object item, DossierIndex index, Function<DossierIndex, V> make) {
                return make.apply(index);
            }
        };

        private Plain() {}

        @Override
        public DossierIndex index(Dossier dossier, SiteInfo site, PageSizes sizes, TimelinePages timeline) {
            return new DossierIndex(dossier, site, sizes, timeline);
        }

        @Override
        public void searchIndex(Dossier dossier, EntityCatalog catalog, Function<String, String> timelinePage, SiteOutput out) {
            SearchIndex.none().write(dossier, catalog, timelinePage, out::write);
        }

        @Override
        public ItemViews passageViews() {
            return MADE_EACH_TIME;
        }

        @Override
        public ItemViews entryViews() {
            return MADE_EACH_TIME;
        }

        @Override
        public Map<String, byte[]> networkFiles(Network network, List<Entity> entities,
                                                BiFunction<Network, List<Entity>, Map<String, byte[]>> export) {
            return export.apply(network, entities);
        }

        @Override
        public <V> V networkView(Network network, List<Entity> entities, Supplier<V> make) {
            return make.get();
        }

        @Override
        public String sharingDrawing(List<Article> articles, SharingSummary sharing, BiFunction<List<Article>, SharingSummary, String> draw) {
            return draw.apply(articles, sharing);
        }

        @Override
        public byte[] timelineJson(List<TimelineEntry> entries, List<String> sourceTitles, String title, Supplier<String> export) {
            return export.get().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public List<byte[]> dossierJson(Dossier dossier) {
            return DossierJson.pieces(dossier);
        }

        @Override
        public String drawing(String path, List<TimelineEntry> entries, Function<List<TimelineEntry>, String> draw) {
            return draw.apply(entries);
        }

        @Override
        public String annotate(String text, String html, List<Annotation> annotations) {
            return annotations.isEmpty() ? html : BlockAnnotator.annotate(text, html, annotations);
        }

        @Override
        public byte[] page(String path, String template, Map<String, Object> context, PageRenderer renderer) throws RenderException {
            return renderer.render();
        }

        @Override
        public byte[] trackedPage(String path, String template, DossierIndex index, PageContext context, ContextRenderer renderer)
                throws RenderException {
            return renderer.render(context.of(index));
        }

        @Override
        public void endRender() {}
    }
}
