package org.dossier.render.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dossier.model.EntityType;
import org.dossier.model.Network;
import org.dossier.model.NetworkEdge;
import org.dossier.model.NetworkNode;
import org.junit.jupiter.api.Test;

class NetworkCsvTest {
    private final Network network = new Network(
            List.of(new NetworkNode("a", EntityType.PERSON, 3), new NetworkNode("b", EntityType.ORGANIZATION, 2)),
            List.of(new NetworkEdge("a", "b", 2)));

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void namesWithCommasQuotesAndLineBreaksSurviveAStandardReader() throws IOException {
        Map<String, String> names = Map.of("a", "Smith, \"Bob\"\nJr.", "b", "Acme");
        List<CSVRecord> entities = parse(NetworkCsv.entities(network, names, id -> "entities/" + id + ".html"));
        assertEquals("Smith, \"Bob\"\nJr.", entities.get(0).get("name"));
        assertEquals("3", entities.get(0).get("mentions"));
        List<CSVRecord> links = parse(NetworkCsv.links(network, names));
        assertEquals(List.of("a", "b", "Smith, \"Bob\"\nJr.", "Acme", "2"), links.get(0).toList());
    }

    @Test
    void aNameThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        Map<String, String> names = Map.of("a", "=HYPERLINK(\"http://example.org\")", "b", "@SUM(A1)");
        List<CSVRecord> entities = parse(NetworkCsv.entities(network, names, id -> id));
        assertEquals("'=HYPERLINK(\"http://example.org\")", entities.get(0).get("name"));
        assertEquals("'@SUM(A1)", entities.get(1).get("name"));
    }
}
