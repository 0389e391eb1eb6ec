package org.dossier.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TimelineJsExportTest {
    private static final String JSON = TimelineJsExport.toJson(TimelineFixture.entries(), List.of(TimelineFixture.ARTICLE),
            TimelineJsExport.Options.dutch("Oekraïne, januari 2022"));

    private static JsonNode parsed() throws Exception {
        return new ObjectMapper().readTree(JSON);
    }

    @Test
    void writesOneTimelineJsEventPerEntryWithDatesAtTheirPrecision() throws Exception {
        JsonNode events = parsed().get("events");
        assertEquals(4, events.size());
        JsonNode june = events.get(0).get("start_date");
        assertEquals(2021, june.get("year").asInt());
        assertEquals(6, june.get("month").asInt());
        assertFalse(june.has("day"));
        JsonNode talks = events.get(3);
        assertEquals(9, talks.get("start_date").get("day").asInt());
        assertEquals(10, talks.get("end_date").get("day").asInt());
        assertFalse(events.get(1).has("end_date"));
        assertEquals("9–10 januari 2022", talks.get("display_date").asText());
        assertEquals("juni 2021", events.get(0).get("display_date").asText());
        assertEquals("Oekraïne, januari 2022", parsed().get("title").get("text").get("headline").asText());
    }

    @Test
    void headlineIsTheSentenceAndTextQuotesAndLinksEverySource() throws Exception {
        JsonNode call = parsed().get("events").get(1);
        assertEquals("tl-call", call.get("unique_id").asText());
        assertEquals("Donderdagavond had Biden al een telefoongesprek met Poetin.", call.get("text").get("headline").asText());
        var html = Jsoup.parseBodyFragment(call.get("text").get("text").asText());
        assertEquals("Donderdagavond had Biden al een telefoongesprek met Poetin.", html.selectFirst("blockquote").text());
        assertEquals("../articles/nos-1/#p1", html.selectFirst("a").attr("href"));
        assertEquals("Biden & Poetin <praten>", html.selectFirst("a").text());
    }

    @Test
    void escapesArticleTextAsHtmlInsideValidJson() throws Exception {
        String text = parsed().get("events").get(2).get("text").get("text").asText();
        assertFalse(text.contains("<b>"), text);
        assertTrue(text.contains("&lt;b&gt;niets&lt;/b&gt; &amp; &#39;alles&#39;"), text);
        assertEquals(TimelineFixture.TRICKY, Jsoup.parseBodyFragment(text).selectFirst("blockquote").text());
        assertEquals(TimelineFixture.TRICKY, parsed().get("events").get(2).get("text").get("headline").asText());
    }

    @Test
    void marksPlannedEntriesAndIsDeterministic() throws Exception {
        JsonNode talks = parsed().get("events").get(3);
        assertEquals("Gepland", talks.get("group").asText());
        assertTrue(talks.get("text").get("text").asText().startsWith("<p><strong>Gepland</strong></p>"));
        assertFalse(parsed().get("events").get(1).has("group"));
        assertEquals(JSON, TimelineJsExport.toJson(TimelineFixture.entries(), List.of(TimelineFixture.ARTICLE),
                TimelineJsExport.Options.dutch("Oekraïne, januari 2022")));
        assertFalse(JSON.contains("\r"));
    }
}
