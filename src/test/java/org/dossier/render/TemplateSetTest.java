package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.dossier.ingest.Ingester;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.SharingSummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's templates folder holds only what they change; the rest comes from the built-in set. */
class TemplateSetTest {
    private static final String MY_BASE = """
            <!DOCTYPE html>
            <html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ title }}</title></head>
            <body><p id="my-layout">My own layout for {{ site.title }}</p>
            {% block content %}{% endblock %}
            </body></html>
            """;

    @TempDir
    Path dir;

    private static Dossier seeds() {
        List<Article> articles = new Ingester().ingest(Path.of("seeds"), n -> {}).articles();
        return new Dossier(articles, List.of(), SharingSummary.empty(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private Map<String, byte[]> render(Path templates) throws RenderException {
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        new SiteRenderer(new Templates(templates)).render(seeds(), files::put, n -> {});
        return files;
    }

    private static Document page(Map<String, byte[]> files, String path) {
        byte[] bytes = files.get(path);
        assertNotNull(bytes, path + " was not written; written: " + files.keySet());
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderWithOneTemplateAndOneAssetUsesTheBuiltInSetForTheRest() throws Exception {
        Files.writeString(dir.resolve("base.peb"), MY_BASE);
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/style.css"), "body { color: teal; }\n");
        Files.writeString(dir.resolve("assets/extra.css"), "p { margin: 0; }\n");
        Files.writeString(dir.resolve("assets/.style.css.swp"), "an editor's leftover");

        Map<String, byte[]> files = render(dir);
        // Every page extends the user's base, while its own content comes from the built-in template.
        Document home = page(files, "index.html");
        assertEquals(1, home.select("#my-layout").size());
        assertTrue(home.select("ol.articles li").size() == 2, home::html);
        Document article = page(files, "articles/000_612085df6fbf3f80.html");
        assertEquals(1, article.select("#my-layout").size());
        assertTrue(article.select("header.site-header").isEmpty(), "the built-in layout is replaced, not added");

        assertEquals("body { color: teal; }\n", new String(files.get("assets/style.css"), StandardCharsets.UTF_8));
        assertEquals("p { margin: 0; }\n", new String(files.get("assets/extra.css"), StandardCharsets.UTF_8));
        assertTrue(files.keySet().stream().noneMatch(p -> p.contains(".swp")), files.keySet()::toString);
    }

    @Test
    void aFolderThatDoesNotExistMeansTheBuiltInSetAsItIs() throws Exception {
        Map<String, byte[]> builtIn = render(dir.resolve("none"));
        Map<String, byte[]> repository = render(Path.of("templates"));
        assertEquals(repository.keySet(), builtIn.keySet());
        for (String path : repository.keySet()) assertArrayEquals(repository.get(path), builtIn.get(path), path);
        for (String asset : List.of("style.css")) {
            assertArrayEquals(Files.readAllBytes(Path.of("templates/assets", asset)), TemplateSet.builtIn("assets/" + asset).orElseThrow());
        }
        assertTrue(TemplateSet.builtInNames().containsAll(List.of("base.peb", "index.peb", "article.peb", "assets/style.css")),
                TemplateSet.builtInNames()::toString);
    }

    @Test
    void anErrorInTheUsersTemplateNamesTheirFileAndLine() throws IOException {
        Files.writeString(dir.resolve("index.peb"), "{% extends \"base\" %}\n{% block content %}\n{{ nothing.here }}\n{% endblock %}\n");
        RenderException e = assertThrows(RenderException.class, () -> render(dir));
        String message = e.diagnostic().toString();
        assertTrue(message.startsWith(dir.resolve("index.peb") + ":3"), message);
    }

    @Test
    void aTemplateThatIsNowhereIsNamedInTheUsersFolder() {
        Templates templates = new Templates(dir);
        RenderException e = assertThrows(RenderException.class, () -> templates.render("no-such-page", Map.of()));
        assertTrue(e.diagnostic().toString().startsWith(dir.resolve("no-such-page.peb") + ": template not found"),
                e.diagnostic()::toString);
    }
}
