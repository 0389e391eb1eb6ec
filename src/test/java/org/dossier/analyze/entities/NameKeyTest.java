package org.dossier.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.dossier.text.Transliteration;

class NameKeyTest {
    @Test
    void spellsCyrillicInLatinLetters() {
        assertEquals("Volodimir Zelenskii", Transliteration.toLatin("Володимир Зеленський"));
    }

    @Test
    void givesOneKeyToSpellingsOfOneName() {
        assertEquals(NameKey.phonetic("Zelenski"), NameKey.phonetic("Зеленський"));
        assertEquals(NameKey.phonetic("Zelensky"), NameKey.phonetic("Zelenskyy"));
        assertEquals(NameKey.phonetic("Poetin"), NameKey.phonetic("Putin"));
        assertEquals(NameKey.lookup("Oekraïne"), NameKey.lookup("Oekraine"));
    }

    @Test
    void theLookupKeyIgnoresCaseSpacingAndApostropheStyles() {
        assertEquals("de nederlandsche bank", NameKey.lookup("De Nederlandsche Bank"));
        assertEquals("de nederlandsche bank", NameKey.lookup("  De\tNederlandsche \u00A0 Bank "));
        assertEquals("de nederlandsche bank", NameKey.lookup("de  nederlandsche bank"));
        assertEquals("o'neill", NameKey.lookup("O’Neill"));
        assertEquals("o'neill", NameKey.lookup("O'Neill"));
        assertEquals("sao paulo", NameKey.lookup("São Paulo"));
        assertEquals("u.s. 2-0", NameKey.lookup("U.S. 2-0"));
    }

    @Test
    void countsTyposOnlyInLongEnoughNames() {
        assertTrue(EditDistance.isTypo("vladimir", "vladmir"));
        assertFalse(EditDistance.isTypo("joe", "jon"));
        assertFalse(EditDistance.isTypo("jill", "joe"));
    }

    @Test
    void matchesAbbreviationsToInitials() {
        assertTrue(Acronyms.matches("OVSE", "Organisatie voor Veiligheid en Samenwerking in Europa"));
        assertTrue(Acronyms.matches("VS", "Verenigde Staten"));
        assertFalse(Acronyms.matches("VS", "Vladimir Poetin Sr"));
    }
}
