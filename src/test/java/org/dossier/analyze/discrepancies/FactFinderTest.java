package org.dossier.analyze.discrepancies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.dossier.model.Discrepancy;
import org.junit.jupiter.api.Test;

class FactFinderTest {
    private static Fact only(String text) {
        List<Fact> facts = FactFinder.facts(text, 0, text.length(), List.of(), Map.of());
        assertEquals(1, facts.size(), () -> "one fact in '" + text + "': " + facts);
        return facts.get(0);
    }

    @Test
    void anAmountIsTheSameValueInEitherLanguageAndWithSignOrWord() {
        assertEquals(only("De regering trekt €14 million uit.").value(), only("De regering trekt 14 miljoen euro uit.").value());
        assertEquals(only("Het kost 1.500 euro.").value(), only("It costs 1,500 euro.").value());
        assertNotEquals(only("Het kost 1.500 euro.").value(), only("Het kost 1.500 dollar.").value());
    }

    @Test
    void differentNumbersDifferAndCorrespondByTheWordsAroundThem() {
        Fact fifty = only("Het gesprek duurde 50 minuten.");
        Fact thirty = only("Het gesprek duurde 30 minuten.");
        assertEquals(Discrepancy.Fact.NUMBER, fifty.kind());
        assertNotEquals(fifty.value(), thirty.value());
        assertEquals("duurde", fifty.before());
        assertEquals("minuten", fifty.after());
        assertEquals(true, fifty.correspondsTo(thirty));
    }

    @Test
    void aDayAndMonthIsOneDateNotANumber() {
        Fact date = only("Het overleg vond plaats op 30 december.");
        assertEquals(Discrepancy.Fact.DATE, date.kind());
        assertEquals("12-30", date.value());
        assertEquals(only("The talks were held on December 30.").value(), date.value());
    }

    @Test
    void separatorsReadAsThousandsOrDecimals() {
        assertEquals("1000", Quantities.number("1.000").orElseThrow().toPlainString());
        assertEquals("14.5", Quantities.number("14,5").orElseThrow().toPlainString());
        assertEquals("2.25", Quantities.number("2.25").orElseThrow().toPlainString());
    }
}
