package org.dossier.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

/** A build reads the gazetteers from {@code gazetteers.txt}: they must be the ones the lists make now. */
class CompiledGazetteersTest {
    @Test
    void theShippedFileIsWhatTheListsMakeNow() throws IOException {
        String shipped = Files.readString(GazetteerExport.FILE, StandardCharsets.UTF_8);
        assertTrue(shipped.equals(GazetteerExport.text()),
                "gazetteers.txt is out of date: write it again with GazetteerExport (see its comment)");
    }

    @Test
    void readingTheFileGivesTheGazetteersTheListsMake() {
        Gazetteers made = GazetteerLoader.fromLists();
        Gazetteers read = Gazetteers.loadDefault();
        assertEquals(made.names(), read.names());
        assertEquals(made.firstNames(), read.firstNames());
        assertEquals(made.placeStems(), read.placeStems());
        assertEquals(made.countryAbbreviations(), read.countryAbbreviations());
        assertEquals(made.firstWordsOfLongNames(), read.firstWordsOfLongNames());
        assertEquals(made.lexicon().lists(), read.lexicon().lists());
        assertTrue(read.names().size() > 4000, "names: " + read.names().size());
    }

    @Test
    void aKnownNameKeepsItsTypeKeyAndSourcesInOrder() {
        String compiled = String.join("\n", "# a comment", sections(),
                "= names", "new york\tNew York\tPLACE\tnames:New York\tNAMES", "new york\tNew York\tPLACE\ttz:New York\tNAMES",
                "vs\tVS\tPLACE\tnames:Verenigde Staten\tNAMES", "");
        Gazetteers read = CompiledGazetteers.read(compiled, "# given names\nJan\nMei\n");
        assertEquals(List.of(new KnownName("New York", EntityType.PLACE, "names:New York", KnownName.Source.NAMES),
                new KnownName("New York", EntityType.PLACE, "tz:New York", KnownName.Source.NAMES)), read.names().get("new york"));
        assertEquals("names:Verenigde Staten", read.lookup("VS").get(0).key());
        assertTrue(read.firstWordsOfLongNames().contains("new"));
        // "mei" is a month: never a given name at a sentence start.
        assertTrue(read.isFirstName("Jan"));
        assertEquals(false, read.isFirstName("Mei"));
    }

    @Test
    void aFileWithTheListsOutOfOrderIsRefused() {
        String swapped = String.join("\n", "= temporalWords", "= functionWords", "= names", "");
        assertThrows(IllegalStateException.class, () -> CompiledGazetteers.read(swapped, ""));
    }

    /** The lexicon's sections, "mei" a temporal word, then the stems and abbreviations. */
    private static String sections() {
        StringBuilder sb = new StringBuilder();
        for (String list : Lexicon.LISTS) {
            sb.append("= ").append(list).append('\n');
            if (list.equals("temporalWords")) sb.append("mei\n");
        }
        return sb.append("= placeStems\nbelg\n= countryAbbreviations\nNed").toString();
    }
}
