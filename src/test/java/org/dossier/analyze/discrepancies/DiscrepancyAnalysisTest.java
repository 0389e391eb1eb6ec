package org.dossier.analyze.discrepancies;

import static org.dossier.analyze.discrepancies.DiscrepancyFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Discrepancy;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Passage;
import org.junit.jupiter.api.Test;

/** Versions of one passage whose speaker is written differently: a merged spelling variant, or another person. */
class DiscrepancyAnalysisTest {
    private static List<Discrepancy> between(String oneText, String otherText, String otherName, String otherEntity) {
        Article one = article("een", 2, oneText);
        Article other = article("twee", 3, otherText);
        Passage passage = new Passage("p-1", Passage.Kind.NEAR, 0.9, List.of(whole(one), whole(other)));
        Entity poetin = person("poetin", mention("poetin", one, "Poetin"));
        List<Entity> entities = otherEntity.equals("poetin")
                ? List.of(person("poetin", mention("poetin", one, "Poetin"), mention("poetin", other, otherName)))
                : List.of(poetin, person(otherEntity, mention(otherEntity, other, otherName)));
        return DiscrepancyAnalysis.of(new Dossier(List.of(one, other), List.of(passage), entities, List.of(), List.of()), List.of());
    }

    @Test
    void aSpellingVariantTheEntityAnalysisMergedIsNoDiscrepancy() {
        assertTrue(between("Het overleg duurde lang, zei Poetin gisteren tegen verslaggevers.",
                "Het overleg duurde lang, zei Vladmir Poetin gisteren tegen verslaggevers.", "Vladmir Poetin", "poetin").isEmpty());
    }

    @Test
    void aDifferentPersonIsADiscrepancyWithBothReadings() {
        List<Discrepancy> found = between("Het overleg duurde lang, zei Poetin gisteren tegen verslaggevers.",
                "Het overleg duurde lang, zei Biden gisteren tegen verslaggevers.", "Biden", "biden");
        assertEquals(1, found.size(), found.toString());
        Discrepancy d = found.get(0);
        assertEquals(Discrepancy.Fact.NAME, d.fact());
        assertEquals(Discrepancy.Scope.PASSAGE, d.scope());
        assertEquals("p-1", d.subject());
        assertEquals(List.of("Poetin", "Biden"), List.of(d.one().text(), d.other().text()));
        assertEquals(Optional.of("biden"), d.other().entity());
    }

    @Test
    void numbersThatAgreeInAnotherFormAreNoDiscrepancyAndOnesThatDifferAre() {
        assertTrue(between("De steun bedraagt €14 million, zei Poetin.", "De steun bedraagt 14 miljoen euro, zei Poetin.",
                "Poetin", "poetin").isEmpty());
        List<Discrepancy> found = between("Het gesprek duurde 50 minuten, zei Poetin.", "Het gesprek duurde 30 minuten, zei Poetin.",
                "Poetin", "poetin");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Discrepancy.Fact.NUMBER, found.get(0).fact());
        assertEquals(List.of("50", "30"), List.of(found.get(0).one().text(), found.get(0).other().text()));
    }
}
