package org.dossier.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void makesSlugsOfNamesInAnyScript() {
        assertEquals("joe-biden", Slugs.of("Joe Biden"));
        assertEquals("volodimir-zelenskii", Slugs.of("Володимир Зеленський"));
        assertEquals("francois-hollande", Slugs.of("François Hollande"));
        assertEquals("entity", Slugs.of("—"));
    }

    @Test
    void theShortcutForAsciiGivesWhatTheGeneralWayGives() {
        Random random = new Random(7);
        String alphabet = "aZ09 -._'(&)/Xy";
        for (int n = 0; n < 2000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(Slugs.ofAnyScript(name.toString()), Slugs.of(name.toString()), name::toString);
        }
    }
}
