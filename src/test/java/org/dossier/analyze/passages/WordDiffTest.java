package org.dossier.analyze.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.dossier.model.DiffPart;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    private static final String FIRST = "President Biden benadrukte eveneens de toewijding van de Verenigde Staten en hun bondgenoten "
            + "aan het principe van “niets over jullie zonder jullie”, klinkt het in de verklaring.";
    private static final String SECOND = "President Biden benadrukte tot slot de toewijding van de Verenigde Staten en hun bondgenoten "
            + "aan het principe van “niets over jullie zonder jullie”, zo klinkt het in de verklaring.";

    @Test
    void marksTheWordsEachSeedHasAlone() {
        List<DiffPart> parts = WordDiff.between(FIRST, SECOND);
        assertEquals(List.of(
                new DiffPart(DiffPart.Op.EQUAL, "President Biden benadrukte "),
                new DiffPart(DiffPart.Op.DELETE, "eveneens "),
                new DiffPart(DiffPart.Op.INSERT, "tot slot "),
                new DiffPart(DiffPart.Op.EQUAL, "de toewijding van de Verenigde Staten en hun bondgenoten aan het principe van "
                        + "“niets over jullie zonder jullie”, "),
                new DiffPart(DiffPart.Op.INSERT, "zo "),
                new DiffPart(DiffPart.Op.EQUAL, "klinkt het in de verklaring.")), parts);
    }

    @Test
    void equalAndDeletedPartsSpellTheFirstTextAndEqualAndInsertedPartsTheSecond() {
        List<DiffPart> parts = WordDiff.between(FIRST, SECOND);
        assertEquals(FIRST, spell(parts, DiffPart.Op.INSERT));
        assertEquals(SECOND, spell(parts, DiffPart.Op.DELETE));
    }

    @Test
    void caseQuotesAndDiacriticsAreNoDifference() {
        List<DiffPart> parts = WordDiff.between("“Genève is calm,” he said.", "\"geneve is calm\", He said.");
        assertEquals(List.of(new DiffPart(DiffPart.Op.EQUAL, "“Genève is calm,” he said.")), parts);
    }

    @Test
    void textsWithoutWordsAreReplacedWhole() {
        assertEquals(List.of(new DiffPart(DiffPart.Op.DELETE, "—"), new DiffPart(DiffPart.Op.INSERT, "Nu wel.")), WordDiff.between("—", "Nu wel."));
        assertEquals(List.of(), WordDiff.between("", ""));
    }

    private static String spell(List<DiffPart> parts, DiffPart.Op without) {
        return parts.stream().filter(p -> p.op() != without).map(DiffPart::text).collect(Collectors.joining());
    }
}
