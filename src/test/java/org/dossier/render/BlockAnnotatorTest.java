package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class BlockAnnotatorTest {
    private static Element body(String html) {
        return Jsoup.parseBodyFragment(html).body();
    }

    @Test
    void wrapsExactlyTheGivenStretchOfPlainText() {
        String text = "Rusland heeft tienduizenden troepen gestationeerd.";
        String html = BlockAnnotator.annotate(text, text, List.of(new Annotation(14, 27, "mark", Map.of("id", "m1"))));
        Element mark = body(html).selectFirst("mark#m1");
        assertNotNull(mark);
        assertEquals("tienduizenden", mark.text());
        assertEquals(text, body(html).text());
    }

    @Test
    void nestsNarrowAnnotationsInsideWiderOnes() {
        String text = "Donderdagavond had Biden al een telefoongesprek.";
        String html = BlockAnnotator.annotate(text, text, List.of(
                new Annotation(19, 24, "a", Map.of("href", "../entities/biden.html")),
                new Annotation(0, text.length(), "mark", Map.of("class", "shared"))));
        Element mark = body(html).selectFirst("mark.shared");
        assertNotNull(mark);
        assertEquals("Biden", mark.selectFirst("a").text());
    }

    @Test
    void splitsAStretchThatCrossesInlineMarkupIntoWellNestedPieces() {
        String text = "one two three four";
        String html = BlockAnnotator.annotate(text, "one <em>two three</em> four",
                List.of(new Annotation(4, 18, "mark", Map.of("id", "x"))));
        Elements marks = body(html).select("mark");
        assertEquals(2, marks.size());
        assertEquals("two three", marks.get(0).text());
        assertEquals("four", marks.get(1).text().strip());
        assertEquals(1, body(html).select("[id=x]").size(), "an id stays on one element");
        assertEquals(text, body(html).text());
    }

    @Test
    void mapsOffsetsAcrossWhiteSpaceThatMarkupAddsOrCollapses() {
        String text = "first item\nsecond item";
        String html = BlockAnnotator.annotate(text, "<ul><li>first  item</li>\n<li>second item</li></ul>",
                List.of(new Annotation(11, 17, "mark", Map.of())));
        assertEquals("second", body(html).selectFirst("mark").text());
    }

    @Test
    void neverPutsALinkInsideALink() {
        String text = "see the Kremlin site";
        String html = BlockAnnotator.annotate(text, "see <a href=\"https://kremlin.ru\">the Kremlin site</a>",
                List.of(new Annotation(8, 15, "a", Map.of("href", "k.html"))));
        assertTrue(body(html).select("a a").isEmpty());
        assertEquals(1, body(html).select("a").size());
    }

    @Test
    void escapedPlainTextIsReadAsTheParserReadsIt() {
        for (String html : List.of("Ada &amp; Bert", "&quot;Nee,&quot; zei ze, &apos;nooit&apos; &lt;b&gt;", "a&nbsp;b &amp;amp; c",
                "&amp;lt;", "rock &amp roll", "&copy; 2021", "&#39;x&#39;", "<em>nee</em>", "a\u0000b", "tab\there", "  spaces  ",
                "Zoë “citaat” — é", "&", "x &amp")) {
            Document expected = Jsoup.parseBodyFragment(html);
            Document read = BlockAnnotator.parsed(html);
            assertEquals(expected.body().outerHtml(), read.body().outerHtml(), html);
            assertEquals(expected.body().childNodeSize(), read.body().childNodeSize(), html);
            assertEquals(expected.body().wholeText(), read.body().wholeText(), html);
        }
    }

    @Test
    void plainTextIsWrappedAsTheParserWouldReadIt() {
        // Escaped plain text, read without the parser: wrapped and written out escaped as a parsed block is.
        List<Annotation> annotations = List.of(new Annotation(0, 3, "a", Map.of("href", "ada.html", "title", "Ada \"A\" > B")),
                new Annotation(9, 14, "mark", Map.of("class", "shared")), new Annotation(9, 22, "span", Map.of("class", "quote")));
        String text = "Ada zei: \"nee\" > ja\u00A0x.";
        String plain = BlockAnnotator.annotate(text, "Ada zei: &quot;nee&quot; &gt; ja&nbsp;x.", annotations);
        assertEquals("<a href=\"ada.html\" title=\"Ada &quot;A&quot; &gt; B\">Ada</a> zei: <span class=\"quote\"><mark class=\"shared\">\"nee\"</mark>"
                + " &gt; ja&nbsp;x.</span>", plain);
    }
}
