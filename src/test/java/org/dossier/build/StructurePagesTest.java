package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story's structure as a reader and a tool meet it: three articles written for this test (two outlets
 * that disagree on a duration, a date and who said a quote; one quote printed by three outlets) and the
 * real seeds, built into temporary folders and read back by parsing.
 */
class StructurePagesTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "structure");
    static final Path GEXF_SCHEMA = Path.of("src", "test", "resources", "gexf-1.3", "gexf.xsd");

    @TempDir
    static Path dir;
    static Path site;
    static Path seedSite;

    @BeforeAll
    static void build() {
        Path seeds = dir.resolve("seeds");
        FixtureSite.copyTree(FIXTURES, seeds);
        site = dir.resolve("site");
        FixtureSite.build(seeds, site);
        seedSite = dir.resolve("seed-site");
        FixtureSite.build(FixtureSite.SEEDS, seedSite);
    }

    static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(root.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void discrepanciesPageListsTheNumberTheDateAndTheSpeakerWithBothOutlets() throws IOException {
        Document doc = page(site, "discrepancies.html");
        Element number = doc.selectFirst("section#passage li.discrepancy-number");
        assertEquals(List.of("50", "30"), number.select("mark.differs").eachText());
        assertTrue(number.text().contains("Het Dagblad") && number.text().contains("De Courant"), number.text());
        assertEquals("articles/dagblad-gesprek.html", number.selectFirst("a").attr("href").replaceAll("#.*", ""));
        Element date = doc.selectFirst("section#passage li.discrepancy-date");
        assertEquals(List.of("30 december", "29 december"), date.select("mark.differs").eachText());
        Element speaker = doc.selectFirst("section#quote li.discrepancy-speaker");
        List<String> speakers = speaker.select("mark.differs").eachText();
        assertEquals(2, speakers.size());
        assertTrue(speakers.get(0).contains("Biden") && speakers.get(1).contains("Poetin"), speakers.toString());
        assertTrue(speaker.text().contains("De Courant"), speaker.text());
    }

    @Test
    void everyLinkOfTheDiscrepanciesPageLandsOnAnAnchorThatExists() throws IOException {
        Document doc = page(site, "discrepancies.html");
        List<String> links = doc.select("main a[href*=#]").eachAttr("href");
        assertFalse(links.isEmpty());
        for (String link : links) {
            String[] pageAndAnchor = link.split("#", 2);
            Document target = pageAndAnchor[0].isEmpty() ? doc : page(site, pageAndAnchor[0]);
            assertTrue(target.getElementById(pageAndAnchor[1]) != null, link + " lands on no element");
        }
    }

    @Test
    void theSameAmountWrittenTwoWaysIsNoDiscrepancy() throws IOException {
        Document doc = page(site, "discrepancies.html");
        for (Element marked : doc.select("mark.differs")) {
            assertFalse(marked.text().contains("14"), "the amount '" + marked.text() + "' is listed as differing");
        }
    }

    @Test
    void aQuoteThreeOutletsPrintIsOneQuoteWithItsFirstAppearanceMarked() throws IOException {
        Document doc = page(site, "discrepancies.html");
        Element group = doc.select("section#quotes div.quote-group").stream()
                .filter(g -> g.selectFirst("blockquote").text().startsWith("We willen geen oorlog")).findFirst().orElseThrow();
        List<Element> appearances = group.select("ol > li");
        assertEquals(3, appearances.size());
        assertTrue(appearances.get(0).hasClass("first"));
        assertTrue(appearances.get(0).selectFirst("a").attr("href").startsWith("articles/dagblad-gesprek.html#"));
        assertEquals(1, group.select("li.first").size());
    }

    @Test
    void everyBlockHasAVisibleLinkToItsAnchorAndACitation() throws IOException {
        Document doc = page(site, "articles/dagblad-gesprek.html");
        List<Element> blocks = doc.select("article .block");
        assertFalse(blocks.isEmpty());
        for (Element block : blocks) {
            Element cite = block.nextElementSibling();
            assertTrue(cite != null && cite.hasClass("cite"), "no citation after block " + block.id());
            assertEquals("#" + block.id(), cite.selectFirst("a.anchor").attr("href"));
            String citation = cite.selectFirst("details .citation").text();
            assertTrue(citation.startsWith("Het Dagblad, “Biden en Poetin bellen over Oekraïne”, 3 januari 2022"), citation);
            assertTrue(citation.endsWith("articles/dagblad-gesprek.html#" + block.id()), citation);
        }
    }

    @Test
    void articlePagesMarkTheDifferingFactsInTheTextAndInTheWordDiff() throws IOException {
        Document doc = page(site, "articles/dagblad-gesprek.html");
        Set<String> marked = doc.select("article .block mark.differs").eachText().stream().collect(Collectors.toSet());
        assertTrue(marked.containsAll(Set.of("50", "30 december")), marked.toString());
        assertTrue(doc.select("details.diff ins.differs").eachText().contains("50"), doc.select("details.diff").html());
        assertTrue(doc.select("details.diff del.differs").eachText().contains("30"), doc.select("details.diff").html());
        Element note = doc.selectFirst("aside.differences li");
        assertTrue(note.selectFirst("a").attr("href").startsWith("../discrepancies.html#differs-"), note.html());
    }

    @Test
    void theSeedsNetworkConnectsBidenPoetinAndZelenski() throws IOException {
        List<CSVRecord> links = csv(seedSite.resolve("data/links.csv"));
        Set<String> pairs = links.stream().map(r -> r.get("source") + " " + r.get("target")).collect(Collectors.toSet());
        assertTrue(pairs.containsAll(Set.of("joe-biden vladimir-poetin", "joe-biden volodimir-zelenski")), pairs.toString());
        Document network = page(seedSite, "network.html");
        Set<String> drawn = network.select("figure svg a").eachAttr("href").stream().collect(Collectors.toSet());
        assertTrue(drawn.containsAll(Set.of("entities/joe-biden.html", "entities/vladimir-poetin.html", "entities/volodimir-zelenski.html")),
                drawn.toString());
        Document biden = page(seedSite, "entities/joe-biden.html");
        assertTrue(biden.select("section#network svg a").eachAttr("href").contains("../entities/vladimir-poetin.html"));
    }

    @Test
    void networkDrawingLabelsDoNotOverlap() throws IOException {
        Document network = page(seedSite, "network.html");
        List<Element> labels = network.select("figure svg g.nodes text");
        assertFalse(labels.isEmpty());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                double[] a = box(labels.get(i));
                double[] b = box(labels.get(j));
                boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                assertFalse(overlap, labels.get(i).text() + " overlaps " + labels.get(j).text());
            }
        }
    }

    /** A label's box as the drawing estimates it: 0.62 em per character, 1.2 em high above the baseline. */
    private static double[] box(Element text) {
        double x = Double.parseDouble(text.attr("x"));
        double y = Double.parseDouble(text.attr("y"));
        double w = text.text().codePointCount(0, text.text().length()) * 12 * 0.62;
        return new double[] {x, y - 12, x + w, y + 2};
    }

    @Test
    void gexfIsValidAgainstTheGexf13SchemaAndHoldsTypesMentionsAndWeights() throws Exception {
        Path gexf = seedSite.resolve("data/network.gexf");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(GEXF_SCHEMA.toFile())
                .newValidator().validate(new StreamSource(gexf.toFile()));
        Document xml = Jsoup.parse(Files.readString(gexf), "", org.jsoup.parser.Parser.xmlParser());
        Element biden = xml.selectFirst("node[id=joe-biden]");
        assertEquals("person", biden.selectFirst("attvalue[for=type]").attr("value"));
        assertTrue(Integer.parseInt(biden.selectFirst("attvalue[for=mentions]").attr("value")) > 0);
        assertTrue(Integer.parseInt(xml.selectFirst("edge[source=joe-biden][target=vladimir-poetin]").attr("weight")) > 0);
    }

    @Test
    void csvFilesParseWithAStandardReaderAndAgreeWithTheGexf() throws IOException {
        List<CSVRecord> entities = csv(seedSite.resolve("data/entities.csv"));
        List<CSVRecord> links = csv(seedSite.resolve("data/links.csv"));
        Document xml = Jsoup.parse(Files.readString(seedSite.resolve("data/network.gexf")), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(xml.select("node").size(), entities.size());
        assertEquals(xml.select("edge").size(), links.size());
        CSVRecord biden = entities.stream().filter(r -> r.get("id").equals("joe-biden")).findFirst().orElseThrow();
        assertEquals("Joe Biden", biden.get("name"));
        assertEquals("entities/joe-biden.html", biden.get("url"));
        assertTrue(Files.readString(seedSite.resolve("data/links.csv")).contains("\r\n"), "RFC 4180 lines end in CRLF");
    }

    @Test
    void dossierJsonCarriesTheStructureWithReadingsThatStandInTheirBlocks() throws IOException {
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.resolve("data/dossier.json").toFile());
        java.util.Map<String, String> blockText = new java.util.HashMap<>();
        json.get("articles").forEach(a -> a.get("blocks").forEach(b -> blockText.put(a.get("id").asText() + "#" + b.get("id").asText(),
                b.get("text").asText())));
        assertTrue(json.get("discrepancies").size() >= 3, json.get("discrepancies").toString());
        json.get("discrepancies").forEach(d -> d.get("readings").forEach(r -> {
            String text = blockText.get(r.get("article").asText() + "#" + r.get("block").asText());
            assertEquals(r.get("text").asText(), text.substring(r.get("start").asInt(), r.get("end").asInt()));
        }));
        assertEquals(3, json.get("quoteGroups").get(0).get("appearances").size());
        assertTrue(json.get("network").get("edges").size() > 0);
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
        }
    }
}
