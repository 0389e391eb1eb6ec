package org.dossier.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CLDR names and time-zone cities the recogniser ships in {@code cldr-names.txt}, as the gazetteers make them known. */
class CldrNamesTest {
    private static Gazetteers gazetteers;

    @BeforeAll
    static void load() {
        gazetteers = Gazetteers.loadDefault();
    }

    private static KnownName cldr(String surface) {
        Optional<KnownName> known = gazetteers.lookup(surface).stream().filter(k -> k.source() == KnownName.Source.CLDR).findFirst();
        assertTrue(known.isPresent(), surface + " is a CLDR name: " + gazetteers.lookup(surface));
        return known.get();
    }

    @Test
    void aCountrysDutchAndEnglishNamesAreOnePlace() {
        assertEquals(EntityType.PLACE, cldr("Zwitserland").type());
        assertEquals(cldr("Zwitserland").key(), cldr("Switzerland").key());
        assertEquals("cldr:CH", cldr("Switzerland").key());
    }

    @Test
    void worldRegionsAreKnownInBothLanguagesAndTheEuIsAnOrganisation() {
        assertEquals(cldr("Oost-Europa").key(), cldr("Eastern Europe").key());
        assertEquals(EntityType.PLACE, cldr("West-Afrika").type());
        // The shorter organisations list: the EU and the UN. names.txt, more authoritative, may name them too.
        assertTrue(gazetteers.lookup("Europese Unie").stream().allMatch(k -> k.type() == EntityType.ORGANIZATION));
    }

    @Test
    void languagesAreOtherNamesInBothLanguages() {
        assertEquals(EntityType.OTHER, cldr("Baskisch").type());
        assertEquals("language:eu", cldr("Basque").key());
        assertEquals(cldr("Baskisch").key(), cldr("Basque").key());
    }

    @Test
    void countryNamesGiveTheStemsAndAbbreviationsOfTheirAdjectives() {
        for (String stem : List.of("zwit", "belg", "oekr")) assertTrue(gazetteers.placeStems().contains(stem), stem);
        assertTrue(gazetteers.countryAbbreviations().contains("Ned"), gazetteers.countryAbbreviations()::toString);
    }

    @Test
    void monthsDaysAndTimeZoneCitiesComeFromTheFileToo() {
        // Both languages' months and days, with the Dutch day parts, are words of time, never names.
        for (String word : List.of("maart", "march", "dinsdag", "tuesday", "zondagavond")) {
            assertTrue(gazetteers.lexicon().temporalWords().contains(word), word);
        }
        // Africa/Ouagadougou and Asia/Ho_Chi_Minh: the city part of a time-zone id is a place.
        for (String city : List.of("Ouagadougou", "Ho Chi Minh")) {
            assertTrue(gazetteers.lookup(city).stream().anyMatch(k -> k.source() == KnownName.Source.TIME_ZONES && k.type() == EntityType.PLACE),
                    city + ": " + gazetteers.lookup(city));
        }
    }
}
