package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void makesSlugsOfNamesInAnyScript() {
        assertEquals("joe-biden", Slugs.ofName("Joe Biden"));
        assertEquals("volodimir-zelenskii", Slugs.ofName("Володимир Зеленський"));
        assertEquals("francois-hollande", Slugs.ofName("François Hollande"));
        assertEquals("entity", Slugs.ofName("—"));
    }

    /** The two rules differ where an address of an existing site would otherwise change. */
    @Test
    void articleSlugsDropOtherScriptsAndAreCutAtAWordBoundary() {
        assertEquals("francois-hollande", Slugs.of("François Hollande", 100));
        assertEquals("kyiv", Slugs.of("Київ Kyiv", 100));
        assertEquals("", Slugs.of("—", 100));
        assertEquals("the-minister", Slugs.of("The minister said", 15));
    }

    @Test
    void theShortcutForAsciiGivesWhatTheGeneralWayGives() {
        Random random = new Random(7);
        String alphabet = "aZ09 -._'(&)/Xy";
        for (int n = 0; n < 2000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(Slugs.ofNameInAnyScript(name.toString()), Slugs.ofName(name.toString()), name::toString);
        }
    }
}
