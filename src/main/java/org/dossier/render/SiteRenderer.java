package org.dossier.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.Diagnostic;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.SourceLocation;
import org.dossier.render.timeline.TimelineJsExport;

/**
 * Renders every page of the site and the data export into a {@link SiteOutput}: the home page, one page
 * per article, {@code data/dossier.json}, and the files of {@code templates/assets/} as they are.
 */
public final class SiteRenderer {
    public static final String ASSETS = "assets";
    /** How many of the most mentioned people, organisations and places the home page names. */
    static final int GLANCE = 8;

    private final Templates templates;
    private final PageCache pages;

    public SiteRenderer(Templates templates) {
        this(templates, PageCache.none());
    }

    /** A renderer that takes from {@code pages} the pages whose template and variables did not change. */
    public SiteRenderer(Templates templates, PageCache pages) {
        this.templates = templates;
        this.pages = pages;
    }

    /** Renders the whole site; {@code progress} hears the number of files written so far. Returns that number. */
    public int render(Dossier dossier, SiteOutput out, IntConsumer progress) throws RenderException {
        AtomicInteger written = new AtomicInteger();
        SiteOutput counting = (path, content) -> {
            out.write(path, content);
            progress.accept(written.incrementAndGet());
        };
        DossierIndex index = pages.index(dossier);
        SiteInfo site = index.site();
        EntityViews entities = new EntityViews(index);
        List<EntityViews.EntityGroup> groups = entities.groups();
        // The pages of one kind and the pages that list the whole dossier do not depend on each other, so
        // they are made side by side.
        List<RenderJob> jobs = new ArrayList<>();
        jobs.add(() -> {
            Map<String, Object> home = page(site, SiteLinks.HOME, site.title(), "en");
            home.put("articles", dossier.articles().stream().map(a -> index.card(a.id())).toList());
            home.put("glance", site.hasEntities() ? groups.stream()
                    .map(g -> new EntityViews.EntityGroup(g.type(), g.heading(), g.entities().subList(0, Math.min(GLANCE, g.entities().size()))))
                    .filter(g -> !g.type().equals("other"))
                    .toList() : List.of());
            home.put("passageCount", dossier.passages().size());
            home.put("entryCount", dossier.timeline().size());
            counting.write(SiteLinks.HOME, html("index", home));
        });
        List<String> articleIds = dossier.articles().stream().map(Article::id).toList();
        jobs.add(() -> renderInParallel(articleIds, SiteLinks::article, "article", index, counting, (id, lookups) -> {
            Article article = lookups.article(id);
            Map<String, Object> context = page(lookups.site(), SiteLinks.article(id), article.title(), article.language());
            context.put("article", new ArticleViews(lookups, pages).of(article));
            return context;
        }));
        if (site.hasShared()) {
            jobs.add(() -> {
                Map<String, Object> context = page(site, SiteLinks.SHARED, "Shared text", "en");
                SharedViews shared = new SharedViews(index);
                context.put("matrix", new SafeHtml(pages.sharingDrawing(dossier.articles(), dossier.sharing(), SharedViews::matrix)));
                context.put("pairs", shared.pairs());
                context.put("passages", shared.passages(pages.passageViews()));
                counting.write(SiteLinks.SHARED, html("shared", context));
            });
        }
        if (site.hasEntities()) {
            jobs.add(() -> {
                Map<String, Object> context = page(site, SiteLinks.ENTITIES, "People, organisations and places", "en");
                context.put("groups", groups);
                counting.write(SiteLinks.ENTITIES, html("entities", context));
            });
            List<String> entityIds = dossier.entities().stream().map(Entity::id).toList();
            jobs.add(() -> renderInParallel(entityIds, SiteLinks::entity, "entity", index, counting, (id, lookups) -> {
                EntityViews.EntityPage view = new EntityViews(lookups).page(id);
                Map<String, Object> entityContext = page(lookups.site(), SiteLinks.entity(id), view.card().name(), "en");
                entityContext.put("entity", view);
                return entityContext;
            }));
        }
        if (site.hasTimeline()) {
            jobs.add(() -> {
                Map<String, Object> context = page(site, SiteLinks.TIMELINE, "Timeline", "en");
                TimelineViews timeline = new TimelineViews(index);
                context.put("drawing", new SafeHtml(pages.drawing(dossier.timeline(), entries -> TimelineViews.drawing(entries, "#"))));
                context.put("entries", timeline.entries(pages.entryViews()));
                counting.write(SiteLinks.TIMELINE, html("timeline", context));
            });
            jobs.add(() -> {
                List<String> sourceTitles = dossier.timeline().stream().flatMap(entry -> entry.sources().stream())
                        .map(event -> index.card(event.sentence().article()).title()).toList();
                byte[] timelineJson = pages.timelineJson(dossier.timeline(), sourceTitles, site.title(),
                        () -> TimelineJsExport.toJson(dossier.timeline(), dossier.articles(),
                                new TimelineJsExport.Options(site.title(), id -> "../" + SiteLinks.article(id), "Planned", Locale.ENGLISH)));
                counting.write(SiteLinks.TIMELINE_JSON, timelineJson);
            });
        }
        jobs.add(() -> counting.write(SiteLinks.DOSSIER_JSON, pages.dossierJson(dossier)));
        jobs.add(() -> copyAssets(counting));
        runSideBySide(jobs);
        pages.endRender();
        templates.endRender();
        return written.get();
    }

    /** Makes one page, or the pages of one kind. */
    @FunctionalInterface
    private interface RenderJob {
        void run() throws RenderException;
    }

    /**
     * Runs the jobs in parallel; when some fail, the error of the first failing job in list order is
     * reported, so the message does not depend on thread timing.
     */
    private static void runSideBySide(List<RenderJob> jobs) throws RenderException {
        Optional<RenderException> failure = jobs.parallelStream()
                .map(job -> {
                    try {
                        job.run();
                        return Optional.<RenderException>empty();
                    } catch (RenderException e) {
                        return Optional.of(e);
                    }
                })
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
    private void renderInParallel(List<String> ids, Function<String, String> pathOf, String template, DossierIndex index,
                                  SiteOutput out, BiFunction<String, DossierIndex, Map<String, Object>> contextOf)
            throws RenderException {
        runSideBySide(ids.stream().<RenderJob>map(id -> () -> {
            String path = pathOf.apply(id);
            out.write(path, pages.trackedPage(path, template, index, lookups -> contextOf.apply(id, lookups),
                    context -> templates.render(template, context).getBytes(StandardCharsets.UTF_8)));
        }).toList());
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
        Path assets = templates.dir().resolve(ASSETS);
        if (!Files.isDirectory(assets)) return;
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = assets.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (relative.startsWith(".") || relative.contains("/.")) continue;
                out.write(ASSETS + "/" + relative, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new RenderException(Diagnostic.error(SourceLocation.of(assets.toString()),
                    "cannot copy the assets (" + e.getMessage() + "); check that the folder is readable"), e);
        }
    }
}
