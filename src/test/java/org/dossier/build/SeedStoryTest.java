package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.model.PartialDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole story end to end: the real build over {@code seeds/} (with its {@code entities.yml}), read back
 * from {@code data/dossier.json}, {@code data/timeline.json} and the pages, against what issues #3 (shared
 * passages), #4 (entities and quotes) and #5 (timeline) say the seeds must show.
 */
class SeedStoryTest {
    private static final String A000 = FixtureSite.FIRST_SEED;
    private static final String A003 = FixtureSite.SECOND_SEED;

    @TempDir
    static Path tempDir;
    static Path site;
    static JsonNode dossier;

    @BeforeAll
    static void build() {
        site = tempDir.resolve("site");
        BuildReport report = new DossierBuild(new BuildConfig(Path.of("seeds"), Path.of("templates"), site), BuildListener.SILENT).run();
        assertTrue(report.succeeded(), () -> "the seeds do not build: " + report.diagnostics());
        dossier = FixtureSite.dossierJson(site);
    }

    // ---- issue 3: shared passages -------------------------------------------------------------------------

    @Test
    void theSixSharedPassagesLinkBothSeedsWithExactSpans() {
        List<String> openings = List.of(
                "De Amerikaanse president “sprak zijn steun uit",
                "President Biden benadrukte",
                "Het gaat om een bijeenkomst in het kader van de strategische veiligheidsdialoog",
                "Donderdagavond had Biden al een telefoongesprek van 50 minuten",
                "“De discussie was openhartig en concreet”",
                "Rusland heeft tienduizenden troepen gestationeerd");
        Set<String> ids = new HashSet<>();
        for (String opening : openings) {
            JsonNode passage = passageOpening(opening);
            ids.add(passage.get("id").asText());
            Set<String> articles = new TreeSet<>();
            for (JsonNode occurrence : passage.get("occurrences")) {
                articles.add(occurrence.get("article").asText());
                assertTrue(occurrence.get("text").asText().startsWith(opening), occurrence.toString());
            }
            assertEquals(Set.of(A000, A003), articles, "'" + opening + "' stands in both seeds");
        }
        assertEquals(openings.size(), ids.size(), "six different passages");
        assertTrue(dossier.get("passages").size() >= openings.size());
    }

    @Test
    void everyOccurrenceIsTheTextOfItsBlockBetweenItsOffsets() {
        for (JsonNode passage : dossier.get("passages")) {
            Set<String> articles = new HashSet<>();
            for (JsonNode occurrence : passage.get("occurrences")) {
                String blockText = block(occurrence).get("text").asText();
                int start = occurrence.get("start").asInt();
                int end = occurrence.get("end").asInt();
                assertEquals(blockText.substring(start, end), occurrence.get("text").asText(), occurrence.toString());
                articles.add(occurrence.get("article").asText());
            }
            assertTrue(articles.size() >= 2, "a passage spans at least two articles: " + passage);
        }
    }

    @Test
    void theIdenticalParagraphIsExactAndTheEditedSentenceIsNear() {
        JsonNode identical = passageOpening("De Amerikaanse president “sprak zijn steun uit");
        assertEquals("exact", identical.get("kind").asText());
        assertEquals(1.0, identical.get("similarity").asDouble());
        for (JsonNode occurrence : identical.get("occurrences")) {
            assertEquals(0, occurrence.get("start").asInt());
            assertEquals(block(occurrence).get("text").asText().length(), occurrence.get("end").asInt(), "the whole paragraph");
        }
        JsonNode edited = passageOpening("President Biden benadrukte");
        assertEquals("near", edited.get("kind").asText(), "eveneens / tot slot");
        double similarity = edited.get("similarity").asDouble();
        assertTrue(similarity > 0 && similarity < 1, "similarity " + similarity);
        JsonNode inside = passageOpening("Rusland heeft tienduizenden troepen gestationeerd");
        JsonNode in003 = occurrenceIn(inside, A003);
        assertTrue(block(in003).get("text").asText().startsWith("Zowel Biden als Zelenski"), "000's last paragraph inside 003's");
        assertTrue(in003.get("start").asInt() > 0);
    }

    @Test
    void noPassageTouchesTheCaptionTheHeadingOrTheEmbed() {
        Set<String> kinds = new HashSet<>();
        FixtureSite.article(dossier, A003).get("blocks").forEach(b -> kinds.add(b.get("kind").asText()));
        assertTrue(kinds.containsAll(Set.of("caption", "heading", "embed")), "003 has all three: " + kinds);
        for (JsonNode passage : dossier.get("passages")) {
            for (JsonNode occurrence : passage.get("occurrences")) {
                String kind = block(occurrence).get("kind").asText();
                assertFalse(Set.of("caption", "heading", "embed").contains(kind), occurrence + " lies in a " + kind);
            }
        }
    }

    @Test
    void articlePagesMarkEachOccurrenceAndLinkToTheOtherBothWays() {
        for (JsonNode passage : dossier.get("passages")) {
            List<JsonNode> occurrences = new ArrayList<>();
            passage.get("occurrences").forEach(occurrences::add);
            for (JsonNode here : occurrences) {
                for (JsonNode there : occurrences) {
                    if (here.get("article").asText().equals(there.get("article").asText())) continue;
                    String targetPage = articleUrl(there.get("article").asText());
                    String anchor = linkedAnchor(articleUrl(here.get("article").asText()), targetPage, there.get("block").asText(),
                            there.get("text").asText());
                    assertFalse(anchor.isEmpty(), here.get("article").asText() + " links to " + there);
                }
            }
        }
    }

    // ---- issue 4: entities and quotes ---------------------------------------------------------------------

    @Test
    void exactlyThreePeopleWithEveryFormMerged() {
        Map<String, JsonNode> people = new TreeMap<>();
        for (JsonNode entity : dossier.get("entities")) {
            if (entity.get("type").asText().equals("person")) people.put(entity.get("name").asText(), entity);
        }
        assertEquals(Set.of("Joe Biden", "Volodimir Zelenski", "Vladimir Poetin"), people.keySet());
        assertTrue(surfaceForms(people.get("Joe Biden")).containsAll(Set.of("Joe Biden", "Biden")));
        assertTrue(surfaceForms(people.get("Volodimir Zelenski")).containsAll(Set.of("Volodimir Zelenski", "Zelenski", "Володимир Зеленський")),
                () -> surfaceForms(people.get("Volodimir Zelenski")).toString());
        assertTrue(surfaceForms(people.get("Vladimir Poetin")).containsAll(Set.of("Vladimir Poetin", "Vladmir Poetin", "Poetin")),
                () -> surfaceForms(people.get("Vladimir Poetin")).toString());
    }

    @Test
    void thePlacesAndOrganisationsOfTheStoryArePresent() {
        for (String place : List.of("Oekraïne", "Rusland", "Verenigde Staten", "Europa", "Frankrijk", "Duitsland", "Genève", "Moskou",
                "Kiev", "Donbass")) {
            assertEquals("place", entityNamed(place).get("type").asText(), place);
        }
        assertTrue(surfaceForms(entityNamed("Verenigde Staten")).contains("VS"));
        for (String organisation : List.of("NAVO", "Kremlin", "Witte Huis", "OVSE")) {
            assertEquals("organization", entityNamed(organisation).get("type").asText(), organisation);
        }
        assertTrue(surfaceForms(entityNamed("OVSE")).contains("Organisatie voor Veiligheid en Samenwerking in Europa"));
    }

    @Test
    void noEntityForCapitalisedCommonWords() {
        for (JsonNode entity : dossier.get("entities")) {
            for (String form : surfaceForms(entity)) {
                String first = form.split("\\s+")[0];
                assertFalse(Set.of("Donderdagavond", "Beeld", "Strategische").contains(first), entity.get("id") + " holds " + form);
            }
        }
    }

    @Test
    void quotesGoToTheirSpeakers() {
        assertSaidBy("een kolossale fout", "Vladimir Poetin");
        assertSaidBy("Wij appreciëren de onvergankelijke steun", "Volodimir Zelenski");
        assertSaidBy("We waarderen de niet aflatende steun", "Volodimir Zelenski");
        assertSaidBy("bijzondere aard", "Volodimir Zelenski");
        for (JsonNode quote : dossier.get("quotes")) {
            String blockText = block(quote).get("text").asText();
            assertTrue(blockText.contains(quote.get("text").asText()), quote.toString());
        }
    }

    @Test
    void mentionsLinkToEntityPagesThatExist() {
        int links = 0;
        for (JsonNode entity : dossier.get("entities")) {
            String url = entity.get("url").asText();
            assertTrue(Files.isRegularFile(site.resolve(url)), url);
            for (JsonNode mention : entity.get("mentions")) {
                String page = articleUrl(mention.get("article").asText());
                Element block = blockElement(page, mention.get("block").asText());
                boolean linked = false;
                for (Element a : block.select("a[href]")) {
                    if (resolve(page, a.attr("href")).equals(url) && FixtureSite.normalised(a.text()).equals(mention.get("text").asText())) {
                        linked = true;
                    }
                }
                assertTrue(linked, "mention " + mention + " links to " + url);
                links++;
            }
        }
        assertTrue(links > 0);
        for (String page : List.of(articleUrl(A000), articleUrl(A003))) {
            for (Element a : page(page).select("a[href]")) {
                String target = resolve(page, a.attr("href"));
                if (target.startsWith("entities/")) assertTrue(Files.isRegularFile(site.resolve(target)), page + " links to " + target);
            }
        }
    }

    @Test
    void poetinsPageShowsHisQuoteLinkedToItsPlace() {
        JsonNode poetin = entityNamed("Vladimir Poetin");
        JsonNode quote = quoteStarting("een kolossale fout");
        String page = poetin.get("url").asText();
        List<Element> links = page(page).select("a[href]").stream().filter(a -> a.text().contains("een kolossale fout")).toList();
        assertFalse(links.isEmpty(), "Poetin's page shows \"een kolossale fout\"");
        String target = articleUrl(quote.get("article").asText()) + "#" + quote.get("block").asText();
        assertTrue(links.stream().anyMatch(a -> resolve(page, a.attr("href")).equals(target)), "links to " + target);
    }

    // ---- issue 5: timeline --------------------------------------------------------------------------------

    @Test
    void article003IsDatedFromItsContentAnd000KeepsItsMonth() {
        JsonNode a003 = FixtureSite.article(dossier, A003);
        assertEquals("2022-01-02", a003.get("date").asText());
        assertEquals("content", a003.get("dateOrigin").asText());
        JsonNode a000 = FixtureSite.article(dossier, A000);
        assertEquals("2022-01", a000.get("date").asText());
        assertEquals("stated", a000.get("dateOrigin").asText());
    }

    @Test
    void theEventsOfTheStoryStandAtTheirDates() {
        JsonNode call = eventAt("2021-12-30", "Donderdagavond had Biden al een telefoongesprek");
        assertEquals("Donderdagavond", call.get("expression").asText());
        Set<String> callEntities = new HashSet<>();
        call.get("entities").forEach(e -> callEntities.add(e.asText()));
        assertTrue(callEntities.containsAll(Set.of(entityNamed("Joe Biden").get("id").asText(),
                entityNamed("Vladimir Poetin").get("id").asText())), callEntities::toString);
        assertTrue(eventAt("2022-01-09..2022-01-10", "De Verenigde Staten en Rusland houden op 9 en 10 januari").get("text").asText()
                .contains("Genève"));
        eventAt("2022-01-10", "Op 10 januari staat een gesprek gepland");
        eventAt("2022-01-12", "Later volgen de NAVO-Rusland Raad op 12 januari");
        assertTrue(eventAt("2022-01-13", "Later volgen de NAVO-Rusland Raad").get("text").asText().contains("op 13 januari"));
        assertEquals("afgelopen juni", eventAt("2021-06", "Het gaat om een bijeenkomst").get("expression").asText());
    }

    @Test
    void nothingIsDatedOutside2021ToJanuary2022() {
        assertTrue(dossier.get("events").size() > 0);
        for (JsonNode event : dossier.get("events")) {
            PartialDate date = PartialDate.parseIso(event.get("date").asText()).orElseThrow();
            PartialDate end = event.get("end").isNull() ? date : PartialDate.parseIso(event.get("end").asText()).orElseThrow();
            assertFalse(date.firstDay().isBefore(LocalDate.of(2021, 1, 1)), event.toString());
            assertFalse(end.lastDay().isAfter(LocalDate.of(2022, 1, 31)), event.toString());
            assertTrue(block(event).get("text").asText().contains(event.get("text").asText()), event.toString());
            assertTrue(event.get("text").asText().contains(event.get("expression").asText()), event.toString());
        }
    }

    @Test
    void theTimelinePageListsItsEntriesInDateOrder() {
        List<PartialDate> dates = new ArrayList<>();
        for (Element entry : page("timeline.html").select("ol.timeline > li")) {
            Element time = entry.selectFirst("time[datetime]");
            assertTrue(time != null, "entry " + entry.id() + " has a date");
            dates.add(PartialDate.parseIso(time.attr("datetime")).orElseThrow(() -> new AssertionError(time.attr("datetime"))));
        }
        for (int i = 1; i < dates.size(); i++) assertTrue(dates.get(i - 1).compareTo(dates.get(i)) <= 0, dates.toString());
        Set<String> shown = new HashSet<>();
        dates.forEach(d -> shown.add(d.iso()));
        assertTrue(shown.containsAll(Set.of("2021-06", "2021-12-30", "2022-01-09", "2022-01-10", "2022-01-12", "2022-01-13")),
                shown.toString());
    }

    @Test
    void timelineJsonHasAYearForEveryEvent() throws IOException {
        JsonNode timeline = new ObjectMapper().readTree(site.resolve("data/timeline.json").toFile());
        JsonNode events = timeline.get("events");
        assertTrue(events.isArray() && events.size() > 0);
        assertEquals(page("timeline.html").select("ol.timeline > li").size(), events.size(), "one TimelineJS event per entry");
        for (JsonNode event : events) {
            JsonNode year = event.path("start_date").path("year");
            assertTrue(year.isInt() && year.asInt() >= 2021 && year.asInt() <= 2022, event.toString());
            assertTrue(event.path("text").path("headline").isTextual(), event.toString());
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static JsonNode passageOpening(String opening) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode passage : dossier.get("passages")) {
            for (JsonNode occurrence : passage.get("occurrences")) {
                if (occurrence.get("text").asText().startsWith(opening)) {
                    found.add(passage);
                    break;
                }
            }
        }
        assertEquals(1, found.size(), "passages opening with '" + opening + "': " + found);
        return found.get(0);
    }

    private static JsonNode occurrenceIn(JsonNode passage, String article) {
        for (JsonNode occurrence : passage.get("occurrences")) {
            if (occurrence.get("article").asText().equals(article)) return occurrence;
        }
        throw new AssertionError("no occurrence in " + article + ": " + passage);
    }

    /** The block of dossier.json that a passage occurrence, mention, quote or event points to. */
    private static JsonNode block(JsonNode pointer) {
        for (JsonNode block : FixtureSite.article(dossier, pointer.get("article").asText()).get("blocks")) {
            if (block.get("id").asText().equals(pointer.get("block").asText())) return block;
        }
        throw new AssertionError("no block for " + pointer);
    }

    private static String articleUrl(String article) {
        return FixtureSite.article(dossier, article).get("url").asText();
    }

    private static final Map<String, Document> PAGES = new TreeMap<>();

    private static synchronized Document page(String url) {
        return PAGES.computeIfAbsent(url, u -> FixtureSite.parse(site.resolve(u)));
    }

    private static Element blockElement(String page, String blockId) {
        Element block = page(page).getElementById(blockId);
        assertTrue(block != null, page + " has an element for block " + blockId);
        return block;
    }

    /** A link's target relative to the site root (with its fragment), from the page that holds it. */
    private static String resolve(String page, String href) {
        return URI.create("http://site/" + page).resolve(href).toString().substring("http://site/".length());
    }

    /**
     * The anchor by which {@code fromPage} links to the occurrence on {@code toPage}: a link to
     * {@code toPage#id} where the element with that id lies in the occurrence's block and holds its text.
     */
    private static String linkedAnchor(String fromPage, String toPage, String blockId, String text) {
        Element block = blockElement(toPage, blockId);
        for (Element a : page(fromPage).select("a[href]")) {
            String target = resolve(fromPage, a.attr("href"));
            if (!target.startsWith(toPage + "#")) continue;
            String id = target.substring(toPage.length() + 1);
            Element marked = page(toPage).getElementById(id);
            if (marked != null && marked != block && marked.parents().contains(block)
                    && FixtureSite.normalised(marked.text()).equals(FixtureSite.normalised(text))) {
                return id;
            }
        }
        return "";
    }

    private static Set<String> surfaceForms(JsonNode entity) {
        Set<String> forms = new TreeSet<>();
        forms.add(entity.get("name").asText());
        entity.get("aliases").forEach(a -> forms.add(a.asText()));
        entity.get("mentions").forEach(m -> forms.add(m.get("text").asText()));
        return forms;
    }

    private static JsonNode entityNamed(String name) {
        for (JsonNode entity : dossier.get("entities")) {
            if (entity.get("name").asText().equals(name)) return entity;
        }
        throw new AssertionError("no entity named " + name);
    }

    private static JsonNode quoteStarting(String words) {
        for (JsonNode quote : dossier.get("quotes")) {
            if (quote.get("text").asText().startsWith(words)) return quote;
        }
        throw new AssertionError("no quote starting with " + words);
    }

    private static void assertSaidBy(String words, String speaker) {
        String id = entityNamed(speaker).get("id").asText();
        int found = 0;
        for (JsonNode quote : dossier.get("quotes")) {
            if (!quote.get("text").asText().startsWith(words)) continue;
            found++;
            assertEquals(Optional.of(id), Optional.ofNullable(quote.get("speaker").isNull() ? null : quote.get("speaker").asText()),
                    quote.toString());
        }
        assertTrue(found > 0, "a quote starting with " + words);
    }

    /** The one event at {@code date} (or {@code start..end}) whose sentence starts with {@code opening}, in any article. */
    private static JsonNode eventAt(String date, String opening) {
        for (JsonNode event : dossier.get("events")) {
            String at = event.get("date").asText() + (event.get("end").isNull() ? "" : ".." + event.get("end").asText());
            if (at.equals(date) && event.get("text").asText().startsWith(opening)) return event;
        }
        throw new AssertionError("no event at " + date + " opening with '" + opening + "'");
    }
}
