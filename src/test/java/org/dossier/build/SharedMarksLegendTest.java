package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note at the top of an article with shared text shows the very marks its text uses (word-for-word
 * copies and near copies are marked in different colours), and counts its passages with the right plural.
 */
class SharedMarksLegendTest {
    @TempDir
    Path dir;

    @Test
    void theLegendShowsTheKindsOfMarkTheTextUses() {
        Path site = dir.resolve("site");
        FixtureSite.build(FixtureSite.seeds(dir), site);
        int checked = 0;
        for (var page : FixtureSite.pages(site).entrySet()) {
            if (!page.getKey().startsWith("articles/")) continue;
            Document doc = page.getValue();
            Set<String> inText = kinds(doc.select(".article-text mark.shared"));
            Element legend = doc.selectFirst("article > header p.meta:has(mark.shared)");
            if (inText.isEmpty()) {
                assertEquals(null, legend, page.getKey() + " marks nothing, so explains no marks");
                continue;
            }
            assertEquals(inText, kinds(legend.select("mark.shared")), page.getKey());
            int passages = Integer.parseInt(legend.text().replaceAll("^(\\d+).*", "$1"));
            assertTrue(legend.text().startsWith(passages == 1 ? "1 passage van dit artikel staat " : passages + " passages van dit artikel staan "),
                    page.getKey() + ": " + legend.text());
            checked++;
        }
        assertTrue(checked >= 2, "articles with shared text were checked: " + checked);
    }

    private static Set<String> kinds(Iterable<Element> marks) {
        Set<String> kinds = new TreeSet<>();
        for (Element mark : marks) {
            for (String c : mark.classNames()) if (c.startsWith("shared-")) kinds.add(c);
        }
        return kinds;
    }
}
