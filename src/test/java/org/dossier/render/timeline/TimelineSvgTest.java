package org.dossier.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class TimelineSvgTest {
    private static final String SVG = TimelineSvg.render(TimelineFixture.entries(), TimelineSvg.Options.dutch("Tijdlijn Oekraïne"));

    private static Document parsed() {
        return Jsoup.parse(SVG, "", Parser.xmlParser());
    }

    @Test
    void isWellFormedXml() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(SVG.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
    }

    @Test
    void isAnAccessibleImageWithoutScript() {
        Element svg = parsed().selectFirst("svg");
        assertEquals("group", svg.attr("role"), "an image of links is a group: an img has no parts to focus");
        assertEquals("Tijdlijn Oekraïne", svg.selectFirst("> title").text());
        assertEquals("timeline-svg-title timeline-svg-desc", svg.attr("aria-labelledby"));
        assertTrue(svg.selectFirst("> desc").text().startsWith("4 entries from juni 2021 to 10 januari 2022"));
        assertTrue(parsed().select("script, foreignObject").isEmpty());
        assertTrue(parsed().getAllElements().stream().allMatch(e -> e.attributes().asList().stream()
                .noneMatch(a -> a.getKey().toLowerCase().startsWith("on"))));
    }

    @Test
    void drawsEveryEntryWithItsTitleAndLink() {
        List<Element> entries = parsed().select("g.entry");
        assertEquals(4, entries.size());
        assertEquals("30 december 2021: Donderdagavond had Biden al een telefoongesprek met Poetin.", entries.get(1).selectFirst("title").text());
        assertEquals("#tl-call", entries.get(1).parent().attr("href"));
        assertEquals(1, parsed().select("g.entry.planned").size());
        assertEquals("none", parsed().selectFirst("g.entry.planned rect").attr("fill"));
        assertEquals(2, parsed().select("g.entry circle").size());
        assertEquals(2, parsed().select("g.entry rect").size());
    }

    @Test
    void placesEntriesInTimeOrderAlongTheAxis() {
        List<Element> marks = parsed().select("g.entry > circle, g.entry > rect");
        double june = Double.parseDouble(marks.get(0).attr("x"));
        double call = Double.parseDouble(marks.get(1).attr("cx"));
        double quote = Double.parseDouble(marks.get(2).attr("cx"));
        double talks = Double.parseDouble(marks.get(3).attr("x"));
        assertTrue(june < call && call < quote && quote < talks, june + " " + call + " " + quote + " " + talks);
        assertTrue(parsed().select("g.axis text").eachText().containsAll(List.of("jun. 2021", "dec.", "jan. 2022")),
                parsed().select("g.axis text").eachText().toString());
    }

    @Test
    void escapesTextAndIsDeterministic() {
        Element quote = parsed().select("g.entry").get(2).selectFirst("title");
        assertEquals("31 december 2021: " + TimelineFixture.TRICKY, quote.text());
        assertTrue(SVG.contains("&lt;b&gt;niets&lt;/b&gt; &amp; &#39;alles&#39;"), "markup in text is escaped, not parsed");
        assertEquals(SVG, TimelineSvg.render(TimelineFixture.entries(), TimelineSvg.Options.dutch("Tijdlijn Oekraïne")));
    }

    @Test
    void drawsAnEmptyTimelineAsAnEmptyImage() {
        Document empty = Jsoup.parse(TimelineSvg.render(List.of(), TimelineSvg.Options.dutch("Leeg")), "", Parser.xmlParser());
        assertEquals("img", empty.selectFirst("svg").attr("role"));
        assertTrue(empty.select("g.entry").isEmpty());
    }
}
