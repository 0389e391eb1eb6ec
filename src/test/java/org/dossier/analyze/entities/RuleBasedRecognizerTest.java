package org.dossier.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

/** The recogniser's rules, one fixture sentence each. */
class RuleBasedRecognizerTest {
    private static final RuleBasedRecognizer RECOGNIZER = RuleBasedRecognizer.of(Gazetteers.loadDefault());

    private static String tagged(String text) {
        StringBuilder sb = new StringBuilder();
        for (NameSpan s : RECOGNIZER.recognize(text, "nl")) {
            if (s.cue().isWeak()) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(s.text()).append('/').append(s.type().id());
        }
        return sb.toString();
    }

    @Test
    void aCommonWordAtASentenceStartIsNoName() {
        assertEquals("Anderlecht/place", tagged("Donderdagavond speelde de ploeg in Anderlecht."));
        assertEquals("", tagged("Strategische keuzes zijn nodig."));
    }

    @Test
    void aRoleBeforeANameMakesAPerson() {
        List<NameSpan> spans = RECOGNIZER.recognize("Dat zei woordvoerder Kees Brouwersma gisteren.", "nl");
        assertEquals("Kees Brouwersma", spans.get(0).text());
        assertEquals(EntityType.PERSON, spans.get(0).type());
        assertEquals("woordvoerder", spans.get(0).role().orElseThrow());
    }

    @Test
    void joinsTheWordsOfOneName() {
        assertEquals("Pieter van den Hoogenband/person", tagged("Ook Pieter van den Hoogenband zwom mee."));
        assertEquals("Raad van State/organization", tagged("Het advies van de Raad van State kwam laat."));
    }

    @Test
    void keepsNamesJoinedByAndApart() {
        assertEquals("Frankrijk/place, Duitsland/place", tagged("Het akkoord kwam onder bemiddeling van Frankrijk en Duitsland."));
    }

    @Test
    void splitsAnAdjectiveOfNationalityFromTheName() {
        assertEquals("Spaanse/other, Kelme/organization", tagged("De renner rijdt voor het Spaanse Kelme."));
    }

    @Test
    void readsATownAfterAPlacePrepositionAndAnAdjective() {
        assertEquals("Noord-Italiaanse/other, Bergamo/place", tagged("De fabriek staat in het Noord-Italiaanse Bergamo."));
        assertEquals("Limburgse/other, Brouwer Hendrikx/organization", tagged("De brouwerij heeft nu het Limburgse Brouwer Hendrikx gekocht."));
    }

    @Test
    void readsAnOrganisationNounOpeningTheSentence() {
        assertEquals("Staalbouw Noord/organization", tagged("Constructeur Staalbouw Noord leverde de liggers."));
    }

    @Test
    void readsTwoPlacesJoinedAsAMatch() {
        assertEquals("België-Frankrijk/other", tagged("Iedereen keek gisteren naar België-Frankrijk."));
    }

    @Test
    void readsPlaceAndOrganisationCues() {
        assertEquals("Zonnebeke/place", tagged("De renner woont in Zonnebeke."));
        assertEquals("Floralux/organization", tagged("Het omstreden tuincentrum Floralux breidt uit."));
        assertEquals("Noord-Frankrijk/place", tagged("Het regent in het hele land, ook boven Noord-Frankrijk."));
    }

    @Test
    void usesWhatTheCollectionSays() {
        List<List<NameSpan>> found = RECOGNIZER.recognizeAll(List.of(
                new LanguageText("Volgens Grzybowski is het te laat.", "nl"),
                new LanguageText("Dat verklaarde minister Grzybowski.", "nl")));
        NameSpan first = found.get(0).get(0);
        assertEquals("Grzybowski", first.text());
        assertEquals(EntityType.PERSON, first.type());
        assertEquals(Cue.COLLECTION, first.cue());
    }

    /**
     * A memory carried from one collection to the next must read exactly as a fresh reading does, also
     * when a change elsewhere in the collection changes the evidence a kept text was read with.
     */
    @Test
    void givesANameInAListTheTypeOfItsNeighbours() {
        assertEquals("Zaventem/place, Dilbeek/place, Bierbeek/place", tagged("Er waren acties in Zaventem, Dilbeek en Bierbeek."));
    }

    @Test
    void readsRolesInCompoundsAndNounsOfNationality() {
        assertEquals("Gaudio/person", tagged("Hij verloor van de gravelspeler Gaudio."));
        assertEquals("Japanner/other, Kawara/person", tagged("Daar won de Japanner Kawara."));
    }

    @Test
    void readsEnglishToo() {
        assertEquals("U.S. Treasury/organization, James Baker/person", tagged("The U.S. Treasury Secretary James Baker said on Monday that rates would fall."));
    }

    @Test
    void keepsEnglishCompanyNamesWhole() {
        List<NameSpan> spans = RECOGNIZER.recognize("Shares of American Express rose after Piedmont said it would merge.", "en");
        assertEquals("American Express", spans.get(0).text());
        assertEquals(EntityType.ORGANIZATION, spans.get(0).type());
        assertTrue(spans.stream().noneMatch(s -> s.type() == EntityType.PERSON && !s.cue().isWeak()),
                "a company that says something is no person: " + spans);
    }

    @Test
    void marksANameWithNothingButCapitalsAsWeak() {
        List<NameSpan> spans = RECOGNIZER.recognize("Het plan kreeg de steun van Wablieft.", "nl");
        assertEquals(1, spans.size());
        assertTrue(spans.get(0).cue().isWeak());
    }
}
