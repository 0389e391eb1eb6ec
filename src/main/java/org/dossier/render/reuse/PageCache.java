package org.dossier.render.reuse;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Network;
import org.dossier.model.SharingSummary;
import org.dossier.model.TimelineEntry;
import org.dossier.render.Annotation;
import org.dossier.render.BlockAnnotator;
import org.dossier.render.DossierIndex;
import org.dossier.render.DossierJson;
import org.dossier.render.PageSizes;
import org.dossier.render.RenderException;
import org.dossier.render.RenderMemory;
import org.dossier.render.SiteInfo;
import org.dossier.render.TimelinePages;
import org.dossier.render.SiteOutput;
import org.dossier.render.search.reuse.RememberedSearchIndex;

/**
 * What an earlier render in this process made, so that the next render redoes only what changed: pages,
 * marked-up blocks (only blocks whose text or marks changed are marked up), the timeline's drawing and its
 * TimelineJS export (only when the timeline changed), and each item of the JSON export.
 *
 * <p>Pages come in two kinds. A page of one article or entity is {@linkplain #trackedPage tracked}: its
 * view is built through a {@link RecordingIndex}, and it is taken from the cache, without building
 * the view, when the new index answers every read as before. A page that lists the whole dossier is taken
 * from the cache when its variables (view records, compared by value) are equal to last time. Either way
 * the template name must be the same, and the caller must {@linkplain #clear() clear} the cache when a
 * template file changes (the other parts do not depend on templates). Holds one page per path; thread-safe.
 *
 * <p>This is the remembering {@link RenderMemory}; the plain one is {@link RenderMemory#none()}, and the build
 * chooses between them.
 */
public final class PageCache implements RenderMemory {
    private record Entry(String template, Map<String, Object> context, byte[] bytes) {}

    /**
     * A page of one article or entity: its bytes, and every read of the dossier its view made; and the last
     * render that asked for it, noted in the entry rather than in a set of paths, as renders ask for thousands.
     */
    private static final class TrackedEntry {
        private final String template;
        private final PageReads reads;
        private final byte[] bytes;
        private volatile long askedIn;

        TrackedEntry(String template, PageReads reads, byte[] bytes, long askedIn) {
            this.template = template;
            this.reads = reads;
            this.bytes = bytes;
            this.askedIn = askedIn;
        }
    }

    /** Everything a block's marked-up HTML is made from. */
    private record MarkedBlock(String text, String html, List<Annotation> annotations) {}

    /** Everything the TimelineJS export is made from. */
    private record TimelineExport(List<TimelineEntry> entries, List<String> sourceTitles, String title) {}

    /** Everything the drawing of who shares with whom is made from. */
    private record SharingDrawing(List<Article> articles, SharingSummary sharing) {}

    /** What the network's export files and its page's view are made from: the network, and the entities that name its nodes. */
    private record NetworkAndNames(Network network, List<Entity> entities) {}

    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private final Map<String, TrackedEntry> trackedPages = new ConcurrentHashMap<>();
    /** The paths asked for since the last render ended; pages at other paths are no longer on the site. */
    private final Set<String> asked = ConcurrentHashMap.newKeySet();
    /** The number of the render under way, by which tracked pages note that it asked for them. */
    private volatile long render;
    /** The index of the last render, whose cards the next index takes for the same articles and entities. */
    private volatile DossierIndex lastIndex;
    private final Memo<MarkedBlock, String> blocks = Memo.remembering();
    /**
     * The drawing of each page of the timeline (the whole timeline, or one period of it), by the page's path
     * and the entries it draws; it changes only when they do.
     */
    private final Map<String, LastMade<List<TimelineEntry>, String>> drawings = new ConcurrentHashMap<>();
    /** The TimelineJS export as UTF-8 bytes, by everything it is made of. */
    private final LastMade<TimelineExport, byte[]> timelineJson = new LastMade<>();
    /** The drawing of who shares with whom, by the articles and the summary it draws. */
    private final LastMade<SharingDrawing, String> sharingDrawing = new LastMade<>();
    /** The network's export files, by the network and the entities that name its nodes. */
    private final LastMade<NetworkAndNames, Map<String, byte[]>> networkFiles = new LastMade<>();
    /** The network page's view, by the network and the entities that name its nodes. */
    private final LastMade<NetworkAndNames, Object> networkView = new LastMade<>();
    /** Each passage as the shared-text page lists it. */
    private final TrackedViews passageViews = new TrackedViews();
    /** Each entry as the timeline page shows it. */
    private final TrackedViews entryViews = new TrackedViews();
    /** Each article, passage, entity, quote and event as the JSON export writes it, by the record itself. */
    private final Memo<Object, byte[]> jsonItems = Memo.remembering();
    /**
     * The items of the last export in document order, with their texts. Most items of a rebuild are the
     * last build's very objects at the same place (the build hands over a dossier made of them where equal),
     * found here without hashing a whole article or entity, nor even looking it up. Used by one thread at a
     * time, as the export is written by one.
     */
    private Object[] lastJsonItems = new Object[0];
    private byte[][] lastJsonTexts = new byte[0][];
    /** The search index's builder, which keeps each article's terms. */
    private final RememberedSearchIndex search = new RememberedSearchIndex();

    private PageCache() {}

    /** A cache that remembers pages between renders. */
    public static PageCache remembering() {
        return new PageCache();
    }

    /** The index of {@code dossier} for a render that names no site (tests of what pages read). */
    DossierIndex index(Dossier dossier) {
        return index(dossier, SiteInfo.untitled(dossier), PageSizes.DEFAULT,
                TimelinePages.of(dossier.timeline(), PageSizes.DEFAULT.entries()));
    }

    /**
     * The index of {@code dossier} for pages that show {@code site} and cut their lists by {@code sizes}. It
     * takes the last render's cards for the very same articles and entities, so that checking what pages read
     * mostly compares references.
     */
    @Override
    public DossierIndex index(Dossier dossier, SiteInfo site, PageSizes sizes, TimelinePages timeline) {
        DossierIndex index = lastIndex == null || !lastIndex.sizes().equals(sizes)
                ? new DossierIndex(dossier, site, sizes, timeline) : new DossierIndex(dossier, site, lastIndex, timeline);
        lastIndex = index;
        return index;
    }

    /** Writes the files of the search index to {@code out}, reusing the terms of articles that did not change. */
    @Override
    public void searchIndex(Dossier dossier, EntityCatalog catalog, Function<String, String> timelinePage, SiteOutput out) {
        search.write(dossier, catalog, timelinePage, out::write);
    }

    /** Forgets every page and drawing; call it when a template or the site's words changed. */
    public void clear() {
        pages.clear();
        trackedPages.clear();
        drawings.clear();
        timelineJson.forget();
        sharingDrawing.forget();
        networkFiles.forget();
        networkView.forget();
    }

    /** Ends a render: forgets the pages, views, blocks, drawings and export items it did not ask for. */
    @Override
    public void endRender() {
        pages.keySet().retainAll(asked);
        long ended = render++;
        trackedPages.values().removeIf(entry -> entry.askedIn != ended);
        drawings.keySet().retainAll(asked);
        asked.clear();
        passageViews.endRender();
        entryViews.endRender();
        search.endBuild();
        blocks.endBuild();
        jsonItems.endBuild();
    }

    /** The views of the passages on the shared-text page, kept between renders. */
    @Override
    public ItemViews passageViews() {
        return passageViews;
    }

    /** The views of the entries on the timeline page, kept between renders. */
    @Override
    public ItemViews entryViews() {
        return entryViews;
    }

    /**
     * The network's export files, made by {@code export} (a pure function of its two inputs) when they changed:
     * a rebuild whose entities did not change gets the very network and entity objects of the last build.
     */
    /**
     * The network page's view, made again only when the network or an entity is not the very one (or an equal
     * one) of the last render: the build hands over the last network when the entities did not change.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <V> V networkView(Network network, List<Entity> entities, Supplier<V> make) {
        return (V) networkView.get(new NetworkAndNames(network, List.copyOf(entities)),
                (a, b) -> a.network() == b.network() && Memo.sameObjects(a.entities(), b.entities()),
                key -> make.get());
    }

    @Override
    public Map<String, byte[]> networkFiles(Network network, List<Entity> entities,
                                            BiFunction<Network, List<Entity>, Map<String, byte[]>> export) {
        return networkFiles.get(new NetworkAndNames(network, List.copyOf(entities)),
                (a, b) -> a.network() == b.network() && Memo.sameObjects(a.entities(), b.entities()),
                key -> export.apply(key.network(), key.entities()));
    }

    /** The drawing of who shares with whom, made by {@code draw} (a pure function of its two inputs) when they changed. */
    @Override
    public String sharingDrawing(List<Article> articles, SharingSummary sharing, BiFunction<List<Article>, SharingSummary, String> draw) {
        return sharingDrawing.get(new SharingDrawing(List.copyOf(articles), sharing),
                (a, b) -> a.sharing() == b.sharing() && Memo.sameObjects(a.articles(), b.articles()),
                key -> draw.apply(key.articles(), key.sharing()));
    }

    /**
     * The UTF-8 bytes of the TimelineJS text made by {@code export}, a pure function of the entries, the titles
     * of their sources' articles and the dossier's title, which are the key. Bytes, not the text: encoding
     * megabytes again on every render would cost more than keeping them.
     */
    @Override
    public byte[] timelineJson(List<TimelineEntry> entries, List<String> sourceTitles, String title, Supplier<String> export) {
        return timelineJson.get(new TimelineExport(List.copyOf(entries), List.copyOf(sourceTitles), title), (a, b) -> Memo.sameObjects(a.entries(), b.entries())
                && Memo.sameObjects(a.sourceTitles(), b.sourceTitles()) && a.title().equals(b.title()),
                key -> export.get().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@link DossierJson#pieces(Dossier)}, serialising only the items that changed. The items come in document
     * order, and each is looked for among the last export's items by identity where it is expected: at the
     * place after the last one found, or a few places either side of it (an article edited, added or taken
     * out replaces or shifts a few items of each list). Only when that fails twice running (a larger shift) are
     * all of the last export's items put in a map by identity, once; an item not found so is looked up by value,
     * and serialised when new. A rebuild that changed a few items so costs a glance at each of the others,
     * not a map of all of them.
     */
    @Override
    public List<byte[]> dossierJson(Dossier dossier) {
        Object[] before = lastJsonItems;
        byte[][] beforeTexts = lastJsonTexts;
        JsonItemTexts now = new JsonItemTexts(before.length);
        List<byte[]> pieces = DossierJson.pieces(dossier, (item, json) -> {
            int at = now.nearby(before, item);
            byte[] text;
            if (at >= 0) {
                text = beforeTexts[at];
                now.next = at + 1;
                now.misses = 0;
            } else {
                text = null;
                if (now.lastByIdentity == null && ++now.misses >= 2) {
                    now.lastByIdentity = new IdentityHashMap<>(before.length * 4 / 3 + 16);
                    for (int i = 0; i < before.length; i++) now.lastByIdentity.put(before[i], i);
                }
                Integer found = now.lastByIdentity == null ? null : now.lastByIdentity.get(item);
                if (found != null) {
                    text = beforeTexts[found];
                    now.next = found + 1;
                } else {
                    // Most likely an item edited in its place: the next one is expected after it.
                    now.next++;
                }
                if (text == null) text = jsonItems.get(item, json);
            }
            now.add(item, text);
            return text;
        });
        lastJsonItems = now.items.length == now.size ? now.items : java.util.Arrays.copyOf(now.items, now.size);
        lastJsonTexts = now.texts.length == now.size ? now.texts : java.util.Arrays.copyOf(now.texts, now.size);
        return pieces;
    }

    /** The items of one export and their texts, in document order, as they are written. */
    private static final class JsonItemTexts {
        /** How far either side of where the next item is expected it is looked for among the last export's. */
        private static final int REACH = 4;

        Object[] items;
        byte[][] texts;
        int size;
        /** The place among the last export's items where the next item is expected. */
        int next;
        /** How many items running were not found near where they were expected. */
        int misses;
        /** The last export's places by item object; made only when items moved further than {@link #REACH}. */
        Map<Object, Integer> lastByIdentity;

        JsonItemTexts(int capacity) {
            items = new Object[Math.max(16, capacity)];
            texts = new byte[items.length][];
        }

        /** The place of {@code item} (the very object) among {@code before}, near {@link #next}; -1 when not there. */
        int nearby(Object[] before, Object item) {
            for (int d = 0; d <= REACH; d++) {
                int ahead = next + d;
                if (ahead < before.length && before[ahead] == item) return ahead;
                int behind = next - d;
                if (d > 0 && behind >= 0 && behind < before.length && before[behind] == item) return behind;
            }
            return -1;
        }

        void add(Object item, byte[] text) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
                texts = java.util.Arrays.copyOf(texts, size * 2);
            }
            items[size] = item;
            texts[size] = text;
            size++;
        }
    }

    /** The drawing of {@code entries} on the page at {@code path}, made by {@code draw} (a pure function of them) when they changed. */
    @Override
    public String drawing(String path, List<TimelineEntry> entries, Function<List<TimelineEntry>, String> draw) {
        asked.add(path);
        return drawings.computeIfAbsent(path, p -> new LastMade<>()).get(List.copyOf(entries), Memo::sameObjects, draw);
    }

    /** {@link BlockAnnotator#annotate}, remembered by its whole input. */
    @Override
    public String annotate(String text, String html, List<Annotation> annotations) {
        if (annotations.isEmpty()) return html;
        return blocks.get(new MarkedBlock(text, html, List.copyOf(annotations)),
                b -> BlockAnnotator.annotate(b.text(), b.html(), b.annotations()));
    }

    /** The number of pages remembered. */
    public int size() {
        return pages.size() + trackedPages.size();
    }

    /**
     * The page at {@code path} made from {@code template} and {@code context}. The context is kept for the
     * next comparison, so the caller must not change it afterwards.
     */
    @Override
    public byte[] page(String path, String template, Map<String, Object> context, PageRenderer renderer) throws RenderException {
        Objects.requireNonNull(path, "path must not be null");
        asked.add(path);
        Entry entry = pages.get(path);
        if (entry != null && entry.template().equals(template) && entry.context().equals(context)) return entry.bytes();
        byte[] bytes = renderer.render();
        pages.put(path, new Entry(template, context, bytes));
        return bytes;
    }

    /**
     * The page at {@code path}, whose variables {@code context} builds from the dossier read through the
     * index it is given. When {@code index} answers every read the page made last time as it was answered
     * then, the page would come out the same, and its bytes are returned without building its view.
     */
    @Override
    public byte[] trackedPage(String path, String template, DossierIndex index, PageContext context, ContextRenderer renderer)
            throws RenderException {
        Objects.requireNonNull(path, "path must not be null");
        TrackedEntry entry = trackedPages.get(path);
        if (entry != null && entry.template.equals(template) && RecordingIndex.answersAsBefore(index, entry.reads)) {
            entry.askedIn = render;
            return entry.bytes;
        }
        PageReads reads = new PageReads();
        byte[] bytes = renderer.render(context.of(new RecordingIndex(index, reads)));
        trackedPages.put(path, new TrackedEntry(template, reads.trimmed(), bytes, render));
        return bytes;
    }


    /**
     * The one thing of its kind made last render, with what it was made from. A render that gives the very
     * same objects (most often: a rebuild's unchanged parts are the last build's objects) or equal ones gets it
     * without making it again, and without hashing all it is made from.
     */
    private static final class LastMade<K, V> {
        private K key;
        private V made;

        synchronized void forget() {
            key = null;
            made = null;
        }

        synchronized V get(K key, BiPredicate<K, K> sameObjects, Function<K, V> make) {
            if (this.key != null && (sameObjects.test(this.key, key) || this.key.equals(key))) {
                this.key = key;
                return made;
            }
            made = make.apply(key);
            this.key = key;
            return made;
        }
    }
}
