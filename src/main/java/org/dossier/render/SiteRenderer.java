package org.dossier.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.dossier.model.Article;
import org.dossier.model.Diagnostic;
import org.dossier.model.Dossier;
import org.dossier.model.DossierSettings;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.SourceLocation;
import org.dossier.render.i18n.Messages;
import org.dossier.model.Network;
import org.dossier.render.network.GexfExport;
import org.dossier.render.network.NetworkCsv;
import org.dossier.render.svg.Layouts;
import org.dossier.render.timeline.TimelineJsExport;

/**
 * Renders every page of the site and the data export into a {@link SiteOutput}: the home page, one page
 * per article, {@code data/dossier.json}, and the files of {@code templates/assets/} (the built-in ones
 * where the user's folder lacks them) as they are; with a base URL also {@code feed.xml} and {@code sitemap.xml}.
 */
public final class SiteRenderer {
    public static final String ASSETS = "assets";
    /** The templates of the site's pages and the one they extend, which a build compiles ahead ({@link Templates#compile}). */
    public static final List<String> PAGE_TEMPLATES = List.of("base", "index", "article", "entity", "entities", "shared",
            "timeline", "outlets", "outlet", "data", "network", "discrepancies", "search");
    /** How many of the most mentioned people, organisations and places the home page names. */
    static final int GLANCE = 8;

    private final Templates templates;
    /** What the render may take from earlier renders; nothing, unless the build gives a remembering one. */
    private final RenderMemory pages;
    private final PageSizes sizes;

    public SiteRenderer(Templates templates) {
        this(templates, RenderMemory.none());
    }

    /** A renderer that takes from {@code pages} the pages whose template and variables did not change. */
    public SiteRenderer(Templates templates, RenderMemory pages) {
        this(templates, pages, PageSizes.DEFAULT);
    }

    /** A renderer that cuts long lists into pages of {@code sizes}. */
    public SiteRenderer(Templates templates, RenderMemory pages, PageSizes sizes) {
        this.templates = templates;
        this.pages = pages;
        this.sizes = sizes;
    }

    /** Renders the whole site without settings: a derived title, no description, no base URL. */
    public int render(Dossier dossier, SiteOutput out, IntConsumer progress) throws RenderException {
        return render(dossier, DossierSettings.none(), EntityCatalog.empty(), out, progress);
    }

    /** Renders the whole site as {@code settings} name and place it, with no editor's catalog. */
    public int render(Dossier dossier, DossierSettings settings, SiteOutput out, IntConsumer progress) throws RenderException {
        return render(dossier, settings, EntityCatalog.empty(), out, progress);
    }

    /** Renders the whole site without settings, with the editor's {@code catalog}. */
    public int render(Dossier dossier, EntityCatalog catalog, SiteOutput out, IntConsumer progress) throws RenderException {
        return render(dossier, DossierSettings.none(), catalog, out, progress);
    }

    /**
     * Renders the whole site as {@code settings} name and place it, in the templates' language; the editor's
     * {@code catalog} gives the search index the aliases that the text never uses. {@code progress} hears the
     * number of files written so far. Returns that number.
     */
    public int render(Dossier dossier, DossierSettings settings, EntityCatalog catalog, SiteOutput out, IntConsumer progress)
            throws RenderException {
        Messages messages = templates.messages();
        SiteInfo described = SiteInfo.of(dossier, settings, messages);
        AtomicInteger written = new AtomicInteger();
        // Every page written, for the sitemap: it lists exactly the pages of the site. Only a site with a
        // base URL has one, and a large site writes tens of thousands of pages.
        Set<String> htmlPages = ConcurrentHashMap.newKeySet();
        boolean listPages = described.hasFeed();
        SiteOutput counting = new SiteOutput() {
            @Override
            public void write(String path, byte[] content) {
                out.write(path, content);
                count(path);
            }

            @Override
            public void write(String path, List<byte[]> pieces) {
                out.write(path, pieces);
                count(path);
            }

            private void count(String path) {
                if (listPages && path.endsWith(".html")) htmlPages.add(path);
                progress.accept(written.incrementAndGet());
            }
        };
        // The files that do not read the index start while it is made: the search index is the longest job of
        // a rebuild, and the index is made on one core for a good part. The search index needs only the
        // timeline's pages, worked out first and handed to the index too.
        TimelinePages periods = TimelinePages.of(dossier.timeline(), sizes.entries());
        List<RenderJob> withoutIndex = List.of(
                () -> pages.searchIndex(dossier, catalog, periods::urlOf, counting),
                () -> counting.write(SiteLinks.DOSSIER_JSON, pages.dossierJson(dossier)),
                () -> pages.networkFiles(dossier.structure().network(), dossier.entities(), SiteRenderer::networkFiles)
                        .forEach(counting::write),
                () -> copyAssets(counting));
        AtomicReference<DossierIndex> indexed = new AtomicReference<>();
        onEveryCore(() -> {
            ForkJoinTask<Optional<RenderException>> started = ForkJoinTask.adapt(() -> failureOf(() -> runSideBySide(withoutIndex))).fork();
            Optional<RenderException> failure;
            try {
                failure = failureOf(() -> indexed.set(renderPages(dossier, described, periods, counting)));
            } catch (RuntimeException | Error e) {
                // The other files are still being written: the build gives up its draft only after they are.
                started.quietlyJoin();
                throw e;
            }
            // The pages' error first, as when every job was in one list with these at its end.
            Optional<RenderException> other = started.join();
            if (failure.isPresent()) throw failure.get();
            if (other.isPresent()) throw other.get();
        });
        if (described.hasFeed()) {
            DossierIndex index = indexed.get();
            counting.write(SiteLinks.FEED, AtomFeed.write(dossier.articles(), index::card, index.site()));
            counting.write(SiteLinks.SITEMAP, Sitemap.write(described.baseUrl(), htmlPages));
        }
        pages.endRender();
        templates.endRender();
        return written.get();
    }

    /** Renders the pages, which read the dossier through its index; returns the index. */
    private DossierIndex renderPages(Dossier dossier, SiteInfo described, TimelinePages periods, SiteOutput counting) throws RenderException {
        Messages messages = templates.messages();
        DossierIndex index = pages.index(dossier, described, sizes, periods);
        SiteInfo site = index.site();
        String lang = site.language();
        EntityViews entities = new EntityViews(index);
        List<EntityViews.EntityGroup> groups = entities.groups();
        // The pages of one kind and the pages that list the whole dossier do not depend on each other, so
        // they are made side by side.
        List<RenderJob> jobs = new ArrayList<>();
        List<ArticleCard> cards = dossier.articles().stream().map(a -> index.card(a.id())).toList();
        List<List<ArticleCard>> homePages = Paging.split(cards, sizes.articles());
        List<String> homeUrls = Paging.urls(SiteLinks.HOME, homePages.size());
        for (int i = 0; i < homePages.size(); i++) {
            int number = i + 1;
            jobs.add(() -> {
                String url = homeUrls.get(number - 1);
                Map<String, Object> home = page(site, url, number == 1 ? site.title() : numbered(messages, messages.text("nav.articles"), number), lang);
                home.put("pager", Pager.numbered(number, homeUrls));
                home.put("articles", homePages.get(number - 1));
                home.put("glance", site.hasEntities() && number == 1 ? groups.stream()
                        .map(g -> new EntityViews.EntityGroup(g.type(), g.entities().subList(0, Math.min(GLANCE, g.entities().size()))))
                        .filter(g -> !g.type().equals("other"))
                        .toList() : List.of());
                home.put("passageCount", dossier.passages().size());
                home.put("entryCount", dossier.timeline().size());
                counting.write(url, html("index", home));
            });
        }
        List<String> articleIds = dossier.articles().stream().map(Article::id).toList();
        jobs.add(() -> renderInParallel(articleIds, SiteLinks::article, "article", index, counting, (id, lookups) -> {
            Article article = lookups.article(id);
            Map<String, Object> context = page(lookups.site(), SiteLinks.article(id), article.title(), lang);
            context.put("article", new ArticleViews(lookups, pages, messages).of(article));
            return context;
        }));
        if (site.hasShared()) jobs.add(() -> renderShared(dossier, index, site, messages, counting));
        if (site.hasEntities()) {
            Layouts layouts = new Layouts();
            jobs.add(() -> renderEntityIndex(groups, site, messages, counting));
            List<EntityPageKey> entityPages = new ArrayList<>();
            for (Entity entity : dossier.entities()) {
                int count = entities.pageCount(entity.id());
                for (int n = 1; n <= count; n++) entityPages.add(new EntityPageKey(entity.id(), n));
            }
            jobs.add(() -> renderInParallel(entityPages, EntityPageKey::url, "entity", index, counting, (key, lookups) -> {
                EntityViews views = new EntityViews(lookups);
                EntityViews.EntityPage view = views.page(key.id(), key.number(), messages, layouts);
                String title = key.number() == 1 ? view.card().name() : numbered(messages, view.card().name(), key.number());
                Map<String, Object> entityContext = page(lookups.site(), key.url(), title, lang);
                entityContext.put("entity", view);
                entityContext.put("pager", Pager.numbered(key.number(), Paging.urls(SiteLinks.entity(key.id()), views.pageCount(key.id()))));
                return entityContext;
            }));
        }
        if (site.hasTimeline()) {
            jobs.add(() -> renderTimeline(dossier, index, site, messages, counting));
            jobs.add(() -> {
                List<String> sourceTitles = dossier.timeline().stream().flatMap(entry -> entry.sources().stream())
                        .map(event -> index.card(event.sentence().article()).title()).toList();
                byte[] timelineJson = pages.timelineJson(dossier.timeline(), sourceTitles, site.title(),
                        () -> TimelineJsExport.toJson(dossier.timeline(), dossier.articles(),
                                new TimelineJsExport.Options(site.title(), id -> "../" + SiteLinks.article(id), messages.text("timeline.planned"),
                                        (date, end) -> end.map(last -> messages.period(date, last)).orElseGet(() -> messages.date(date)))));
                counting.write(SiteLinks.TIMELINE_JSON, timelineJson);
            });
        }
        if (site.outletCount() > 0) jobs.add(() -> renderOutlets(index, site, messages, counting));
        jobs.add(() -> counting.write(SiteLinks.DATA, html("data", page(site, SiteLinks.DATA, messages.text("data.title"), lang))));
        jobs.add(() -> {
            Map<String, Object> context = page(site, SiteLinks.NETWORK, messages.text("network.title"), lang);
            context.put("network", pages.networkView(dossier.structure().network(), dossier.entities(), () -> NetworkViews.page(index, messages)));
            counting.write(SiteLinks.NETWORK, html("network", context));
        });
        jobs.add(() -> {
            Map<String, Object> context = page(site, SiteLinks.DISCREPANCIES, messages.text("discrepancies.title"), lang);
            DiscrepancyViews views = new DiscrepancyViews(index);
            context.put("scopes", views.scopes());
            context.put("quoteGroups", views.quoteGroups());
            context.put("discrepancyCount", dossier.structure().discrepancies().size());
            context.put("quoteGroupCount", dossier.structure().quoteGroups().size());
            counting.write(SiteLinks.DISCREPANCIES, html("discrepancies", context));
        });
        jobs.add(() -> {
            Map<String, Object> context = page(site, SiteLinks.SEARCH, messages.text("search.title"), lang);
            context.put("search", SearchPage.of(dossier));
            counting.write(SiteLinks.SEARCH, html("search", context));
        });
        runSideBySide(jobs);
        return index;
    }

    /** One page of one entity. */
    private record EntityPageKey(String id, int number) {
        String url() {
            return SiteLinks.numbered(SiteLinks.entity(id), number);
        }
    }

    /**
     * The shared text: the drawing on the first page, then the pairs and the passages, each cut into pages
     * side by side, so page N shows the N-th slice of both.
     */
    private void renderShared(Dossier dossier, DossierIndex index, SiteInfo site, Messages messages, SiteOutput out) throws RenderException {
        SharedViews shared = new SharedViews(index);
        List<List<SharedViews.PairView>> pairPages = Paging.split(shared.pairs(), sizes.passages());
        List<List<SharedViews.PassageView>> passagePages = Paging.split(shared.passages(pages.passageViews()),
                p -> p.occurrences().size(), sizes.passages());
        int count = Math.max(pairPages.size(), passagePages.size());
        List<String> urls = Paging.urls(SiteLinks.SHARED, count);
        SafeHtml matrix = new SafeHtml(pages.sharingDrawing(dossier.articles(), dossier.sharing(),
                (articles, sharing) -> SharedViews.matrix(articles, sharing, messages)));
        for (int i = 0; i < count; i++) {
            String url = urls.get(i);
            Map<String, Object> context = page(site, url, numbered(messages, messages.text("shared.title"), i + 1), site.language());
            context.put("pager", Pager.numbered(i + 1, urls));
            context.put("passageCount", dossier.passages().size());
            context.put("matrix", i == 0 ? matrix : "");
            context.put("pairs", i < pairPages.size() ? pairPages.get(i) : List.of());
            context.put("passages", i < passagePages.size() ? passagePages.get(i) : List.of());
            out.write(url, html("shared", context));
        }
    }

    /** The entity index, cut into pages; a type's group that runs over a page continues on the next. */
    private void renderEntityIndex(List<EntityViews.EntityGroup> groups, SiteInfo site, Messages messages, SiteOutput out) throws RenderException {
        record Listed(EntityViews.EntityGroup group, EntityViews.EntityCard card) {}
        List<Listed> all = new ArrayList<>();
        for (EntityViews.EntityGroup group : groups) for (EntityViews.EntityCard card : group.entities()) all.add(new Listed(group, card));
        List<List<Listed>> split = Paging.split(all, sizes.entities());
        List<String> urls = Paging.urls(SiteLinks.ENTITIES, split.size());
        for (int i = 0; i < split.size(); i++) {
            // The cards of one group stand together in the list, so a page's groups are its runs of cards of one
            // group, told apart by identity: a group's hash would read all its cards, for every card on the page.
            List<EntityViews.EntityGroup> onPage = new ArrayList<>();
            EntityViews.EntityGroup current = null;
            List<EntityViews.EntityCard> cards = null;
            for (Listed listed : split.get(i)) {
                if (listed.group() != current) {
                    if (current != null) onPage.add(new EntityViews.EntityGroup(current.type(), cards, current.total()));
                    current = listed.group();
                    cards = new ArrayList<>();
                }
                cards.add(listed.card());
            }
            if (current != null) onPage.add(new EntityViews.EntityGroup(current.type(), cards, current.total()));
            Map<String, Object> context = page(site, urls.get(i), numbered(messages, messages.text("entities.title"), i + 1), site.language());
            context.put("pager", Pager.numbered(i + 1, urls));
            context.put("groups", onPage);
            out.write(urls.get(i), html("entities", context));
        }
    }

    /**
     * The timeline: on one page while it is short, else by period (see {@link TimelinePages}), with the
     * periods on the first page and the drawing of its own entries on each.
     */
    private void renderTimeline(Dossier dossier, DossierIndex index, SiteInfo site, Messages messages, SiteOutput out) throws RenderException {
        TimelinePages periods = index.timelinePages();
        List<TimelineViews.EntryView> views = new TimelineViews(index).entries(pages.entryViews());
        Map<String, TimelineViews.EntryView> viewOf = new java.util.HashMap<>();
        for (TimelineViews.EntryView view : views) viewOf.put(view.id(), view);
        List<Pager> pagers = periods.pagers(messages);
        for (int i = 0; i < periods.periods().size(); i++) {
            TimelinePages.Period period = periods.periods().get(i);
            Map<String, Object> context = page(site, period.url(), i == 0 ? messages.text("timeline.title")
                    : messages.text("timeline.periodTitle", messages.text("timeline.title"), period.label(messages)), site.language());
            context.put("pager", pagers.get(i));
            // Each page draws its own entries: a drawing of every entry of a long timeline is megabytes.
            context.put("drawing", period.entries().isEmpty() ? ""
                    : new SafeHtml(pages.drawing(period.url(), period.entries(), entries -> TimelineViews.drawing(entries, "#", messages))));
            context.put("entries", period.entries().stream().map(e -> viewOf.get(e.id())).toList());
            out.write(period.url(), html("timeline", context));
        }
    }

    /** The index of outlets, and each outlet's pages: its period, whom it shares text with, its articles. */
    private void renderOutlets(DossierIndex index, SiteInfo site, Messages messages, SiteOutput out) throws RenderException {
        OutletViews views = new OutletViews(index);
        List<OutletViews.Outlet> outlets = views.outlets();
        Map<String, List<OutletViews.SharingWith>> sharing = views.sharing(outlets);
        Map<String, Object> context = page(site, SiteLinks.OUTLETS, messages.text("outlets.title"), site.language());
        context.put("outlets", outlets.stream().map(OutletViews.Outlet::card).toList());
        out.write(SiteLinks.OUTLETS, html("outlets", context));
        for (OutletViews.Outlet outlet : outlets) {
            List<List<String>> split = Paging.split(outlet.articleIds(), sizes.articles());
            List<String> urls = Paging.urls(outlet.card().url(), split.size());
            for (int i = 0; i < split.size(); i++) {
                Map<String, Object> page = page(site, urls.get(i), numbered(messages, outlet.card().name(), i + 1), site.language());
                page.put("pager", Pager.numbered(i + 1, urls));
                page.put("outlet", outlet.card());
                page.put("sharesWith", i == 0 ? sharing.get(outlet.card().id()) : List.of());
                page.put("articles", split.get(i).stream().map(index::card).toList());
                out.write(urls.get(i), html("outlet", page));
            }
        }
    }

    /** Makes one page, or the pages of one kind. */
    @FunctionalInterface
    private interface RenderJob {
        void run() throws RenderException;
    }

    /**
     * Runs {@code work} on a pool of one thread per core, where its parallel streams (the jobs, and the pages
     * within them) run too. Run from the calling thread, they would share the common pool, which has a thread
     * fewer than the cores, and the caller, waiting for the jobs, does not take part in the pages inside them:
     * the last half of a large render ran on one core.
     */
    private static void onEveryCore(RenderJob work) throws RenderException {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            Optional<RenderException> failure = pool.invoke(ForkJoinTask.adapt(() -> {
                try {
                    work.run();
                    return Optional.<RenderException>empty();
                } catch (RenderException e) {
                    return Optional.of(e);
                }
            }));
            if (failure.isPresent()) throw failure.get();
        } finally {
            pool.shutdown();
        }
    }

    /** The error {@code job} stops on, if any. */
    private static Optional<RenderException> failureOf(RenderJob job) {
        try {
            job.run();
            return Optional.empty();
        } catch (RenderException e) {
            return Optional.of(e);
        }
    }

    /**
     * Runs the jobs in parallel; when some fail, the error of the first failing job in list order is
     * reported, so the message does not depend on thread timing.
     */
    private static void runSideBySide(List<RenderJob> jobs) throws RenderException {
        Optional<RenderException> failure = jobs.parallelStream()
                .map(SiteRenderer::failureOf)
                .toList().stream()
                .flatMap(Optional::stream)
                .findFirst();
        if (failure.isPresent()) throw failure.get();
    }

    /**
     * Pages of one kind (articles, entities) depend only on the finished dossier, not on each other, so
     * they are rendered in parallel; when templates fail, the error of the first failing page in list
     * order is reported, so the message does not depend on thread timing. Each page reads the dossier
     * through the index {@code contextOf} is given, which lets the page cache skip pages whose reads
     * are answered as last time.
     */
    private <K> void renderInParallel(List<K> ids, Function<K, String> pathOf, String template, DossierIndex index,
                                      SiteOutput out, BiFunction<K, DossierIndex, Map<String, Object>> contextOf)
            throws RenderException {
        runSideBySide(ids.stream().<RenderJob>map(id -> () -> {
            String path = pathOf.apply(id);
            out.write(path, pages.trackedPage(path, template, index, lookups -> contextOf.apply(id, lookups),
                    context -> templates.render(template, context).getBytes(StandardCharsets.UTF_8)));
        }).toList());
    }

    /** The title of page {@code number} of a list called {@code title}; the first page has the list's own. */
    private static String numbered(Messages messages, String title, int number) {
        return number == 1 ? title : messages.text("page.numbered", title, number);
    }

    /** The network's exports by path: GEXF, and the entities and links as CSV. */
    private static Map<String, byte[]> networkFiles(Network network, List<Entity> entities) {
        Map<String, String> names = new HashMap<>();
        for (Entity entity : entities) names.put(entity.id(), entity.name());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(SiteLinks.NETWORK_GEXF, GexfExport.write(network, names).getBytes(StandardCharsets.UTF_8));
        files.put(SiteLinks.ENTITIES_CSV, NetworkCsv.entities(network, names, SiteLinks::entity).getBytes(StandardCharsets.UTF_8));
        files.put(SiteLinks.LINKS_CSV, NetworkCsv.links(network, names).getBytes(StandardCharsets.UTF_8));
        return java.util.Collections.unmodifiableMap(files);
    }

    private static Map<String, Object> page(SiteInfo site, String path, String title, String language) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("site", site);
        context.put("root", SiteLinks.root(path));
        context.put("path", path);
        context.put("title", title);
        context.put("lang", language);
        return context;
    }

    private byte[] html(String template, Map<String, Object> context) throws RenderException {
        return pages.page((String) context.get("path"), template, context,
                () -> templates.render(template, context).getBytes(StandardCharsets.UTF_8));
    }

    private void copyAssets(SiteOutput out) throws RenderException {
        try {
            for (Map.Entry<String, byte[]> asset : templates.assets().entrySet()) {
                out.write(ASSETS + "/" + asset.getKey(), asset.getValue());
            }
        } catch (IOException e) {
            throw new RenderException(Diagnostic.error(SourceLocation.of(templates.dir().resolve(ASSETS).toString()),
                    "cannot copy the assets (" + e.getMessage() + "); check that the folder is readable"), e);
        }
    }
}
