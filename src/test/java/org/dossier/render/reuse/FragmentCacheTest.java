package org.dossier.render.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.render.RenderException;
import org.dossier.render.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code {% cache fragment(item) %}} lays a block out once per view object and page, across renders. */
class FragmentCacheTest {
    /** A view that counts how often a template reads it. */
    public static final class Item {
        private final String name;
        private final AtomicInteger reads;

        Item(String name, AtomicInteger reads) {
            this.name = name;
            this.reads = reads;
        }

        public String getName() {
            reads.incrementAndGet();
            return name;
        }
    }

    @TempDir
    Path dir;

    private Templates templates() throws IOException {
        Files.writeString(dir.resolve("list.peb"),
                "{% for item in items %}{% cache fragment(item) %}<li>{{ item.name }}</li>{% endcache %}{% endfor %}");
        return new Templates(dir);
    }

    private static String render(Templates templates, String path, List<Item> items) throws RenderException {
        String html = templates.render("list", Map.of("path", path, "items", items));
        templates.endRender();
        return html;
    }

    @Test
    void laysOutABlockAgainOnlyForANewViewOrAnotherPage() throws Exception {
        Templates templates = templates();
        AtomicInteger reads = new AtomicInteger();
        Item a = new Item("A", reads);
        Item b = new Item("B", reads);

        assertEquals("<li>A</li><li>B</li>", render(templates, "one.html", List.of(a, b)));
        assertEquals(2, reads.get());
        assertEquals("<li>B</li><li>A</li>", render(templates, "one.html", List.of(b, a)), "the same views, in another order");
        assertEquals(2, reads.get(), "both blocks were taken as laid out");

        Item changed = new Item("A2", reads);
        assertEquals("<li>A2</li><li>B</li>", render(templates, "one.html", List.of(changed, b)));
        assertEquals(3, reads.get(), "only the new view was laid out");

        assertEquals("<li>B</li>", render(templates, "two.html", List.of(b)));
        assertEquals(4, reads.get(), "another page lays out its own block, as its variables may differ");
    }

    @Test
    void forgetsBlocksTheLastRenderDidNotUse() throws Exception {
        Templates templates = templates();
        AtomicInteger reads = new AtomicInteger();
        Item a = new Item("A", reads);
        Item b = new Item("B", reads);

        render(templates, "one.html", List.of(a, b));
        render(templates, "one.html", List.of(b));
        render(templates, "one.html", List.of(a, b));
        assertEquals(3, reads.get(), "A was let go when a render did not show it, and laid out again");
    }

    @Test
    void aBlockOnAPageWithoutItsPathIsAnErrorNotAnotherPagesOutput() throws Exception {
        Templates templates = templates();
        RenderException e = org.junit.jupiter.api.Assertions.assertThrows(RenderException.class,
                () -> templates.render("list", Map.of("items", List.of(new Item("A", new AtomicInteger())))));
        org.junit.jupiter.api.Assertions.assertTrue(e.diagnostic().toString().contains("fragment needs the page's 'path' variable"),
                e.diagnostic().toString());
    }
}
