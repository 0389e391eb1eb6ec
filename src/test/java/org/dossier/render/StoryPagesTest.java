package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.dossier.ingest.Ingester;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Passage;
import org.dossier.model.Quote;
import org.dossier.model.SharingSummary;
import org.dossier.model.Span;
import org.dossier.model.TimelineEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders the seed articles with hand-made analysis results (one passage, one person with a quote and
 * an event) through the real templates, and checks the story-wide pages and the marks in articles.
 */
class StoryPagesTest {
    private static final String A = "000_612085df6fbf3f80";
    private static final String B = "003_70f3edb694600a6b";
    private static final Map<String, byte[]> files = new ConcurrentSkipListMap<>(); // written by the renderer's threads at once

    @BeforeAll
    static void render() throws Exception {
        List<Article> articles = new Ingester().ingest(Path.of("seeds"), n -> {}).articles();
        Article a = articles.stream().filter(x -> x.id().equals(A)).findFirst().orElseThrow();
        Article b = articles.stream().filter(x -> x.id().equals(B)).findFirst().orElseThrow();
        String shared = "Rusland heeft tienduizenden troepen gestationeerd aan de grens met Oekraïne";
        Passage passage = new Passage("rusland-troepen", Passage.Kind.EXACT, 1.0, List.of(find(a, shared), find(b, shared)));
        List<Mention> mentions = new ArrayList<>();
        for (Article article : articles) {
            for (Block block : article.blocks()) {
                int at = block.text().indexOf("Poetin");
                if (at >= 0) mentions.add(new Mention("vladimir-poetin", Span.of(article.id(), block, at, at + 6)));
            }
        }
        Entity poetin = new Entity("vladimir-poetin", "Vladimir Poetin", EntityType.PERSON, List.of("Poetin"),
                Optional.of("President of Russia"), Optional.empty(), mentions);
        Quote quote = new Quote(Optional.of("vladimir-poetin"), find(a, "een kolossale fout"));
        Event event = new Event("e1", new PartialDate(2022, 1, 12), Optional.empty(), "op 12 januari",
                find(a, "Later volgen de NAVO-Rusland Raad op 12 januari"), List.of("vladimir-poetin"), true);
        TimelineEntry entry = new TimelineEntry("t1", event.date(), Optional.empty(), true, List.of(event), event.entities());
        Dossier dossier = new Dossier(articles, List.of(passage), SharingSummary.empty(), List.of(), List.of(poetin),
                List.of(quote), List.of(event), List.of(entry));
        new SiteRenderer(new Templates(Path.of("templates"))).render(dossier, files::put, n -> {});
    }

    private static Span find(Article article, String text) {
        for (Block block : article.blocks()) {
            int at = block.text().indexOf(text);
            if (at >= 0) return Span.of(article.id(), block, at, at + text.length());
        }
        throw new AssertionError(text + " not in " + article.id());
    }

    private static Document page(String path) {
        byte[] bytes = files.get(path);
        assertNotNull(bytes, path + " was not rendered");
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "");
    }

    @Test
    void marksASharedPassageAndLinksItToItsOtherOccurrence() {
        Document a = page(SiteLinks.article(A));
        Element mark = a.getElementById("shared-rusland-troepen");
        assertNotNull(mark);
        assertEquals("mark", mark.tagName());
        assertTrue(mark.text().startsWith("Rusland heeft tienduizenden"));
        Element link = a.selectFirst("aside.shares a[href^=../articles/" + B + ".html#shared-rusland-troepen]");
        assertNotNull(link, "the note under the block links to the other article's mark");
        assertNotNull(page(SiteLinks.article(B)).getElementById("shared-rusland-troepen"), "and the other page has that anchor");
    }

    @Test
    void linksMentionsToTheEntityPage() {
        Document b = page(SiteLinks.article(B));
        List<Element> links = b.select("a.entity-person[href=../entities/vladimir-poetin.html]");
        assertFalse(links.isEmpty());
        links.forEach(l -> assertEquals("Poetin", l.text()));
    }

    @Test
    void entityPageShowsQuotesMentionsEventsAndArticles() {
        Document page = page(SiteLinks.entity("vladimir-poetin"));
        assertEquals("Vladimir Poetin", page.selectFirst("h1").text());
        assertEquals("een kolossale fout", page.selectFirst("#quotes mark").text());
        assertEquals(2, page.select("#articles li").size());
        assertEquals("2022-01-12", page.selectFirst("#timeline time").attr("datetime"));
        assertTrue(page.select("#mentions li").size() >= 3);
        for (Element link : page.select("#mentions a")) {
            String href = link.attr("href");
            String target = href.substring(href.indexOf('#') + 1);
            String file = href.substring(3, href.indexOf('#'));
            assertNotNull(page(file).getElementById(target), "mention link " + href + " leads to its block");
        }
    }

    @Test
    void storyPagesExistOnlyForWhatWasFoundAndAreInTheNavigation() {
        Document home = page(SiteLinks.HOME);
        assertNotNull(home.selectFirst("nav a[href=shared.html]"));
        assertNotNull(home.selectFirst("nav a[href=entities.html]"));
        assertNotNull(home.selectFirst("nav a[href=timeline.html]"));
        assertEquals("Vladimir Poetin", home.selectFirst("dl.glance a[href=entities/vladimir-poetin.html]").text(),
                "the home page names the story's people");
        assertEquals("Vladimir Poetin", page(SiteLinks.ENTITIES).selectFirst("#person li a").text());
        assertEquals(2, page(SiteLinks.SHARED).select(".passage ul li").size());
        Element event = page(SiteLinks.TIMELINE).getElementById("t1");
        assertNotNull(event.selectFirst(".planned"));
        assertEquals("op 12 januari", event.selectFirst("mark").text(), "the expression is marked in its sentence");
    }
}
