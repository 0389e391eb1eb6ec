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
    private static List<NameSpan> readTogether(String language, String... texts) {
        List<LanguageText> all = java.util.Arrays.stream(texts).map(t -> new LanguageText(t, language)).toList();
        return RECOGNIZER.recognizeAll(all).stream().flatMap(List::stream).toList();
    }

    private static NameSpan named(List<NameSpan> spans, String text, int nth) {
        return spans.stream().filter(s -> s.text().equals(text)).skip(nth).findFirst().orElseThrow(() -> new AssertionError(text + " not in " + spans));
    }

    @Test
    void aSurnameStaysAPersonWhereTheCollectionOnlyHasAPrepositionForIt() {
        // "bij Ravelingen" alone would make a firm of him everywhere; "Joost Ravelingen" says he is a person.
        List<NameSpan> spans = readTogether("nl",
                "Trainer Joost Ravelingen is ontslagen.",
                "Het was onrustig bij Ravelingen deze week.",
                "Ravelingen reageerde niet.");
        assertEquals(EntityType.PERSON, named(spans, "Ravelingen", 1).type());
        assertEquals(EntityType.PERSON, named(spans, "Ravelingen", 0).type());
        // A word also written in lower case is a common noun as well as a surname: the context's vote stands.
        List<NameSpan> noun = readTogether("nl", "Trainer Joost Vracht is ontslagen.", "Het was onrustig bij Vracht deze week.",
                "De vracht kwam te laat.");
        assertEquals(EntityType.ORGANIZATION, named(noun, "Vracht", 0).type());
    }

    @Test
    void aNameWithAYearAfterItNamesThatYearsEdition() {
        assertEquals("Euro 2000/other", tagged("De politie bereidt zich voor op Euro 2000 in juni."));
        assertEquals("Gent 2012/other", tagged("De stad presenteerde het programma van Gent 2012 aan de pers."));
        // A person with a year is a caption; a year before a dash opens a range.
        assertEquals("Marieke Dewulf/person", tagged("Foto: Marieke Dewulf 2019."));
        assertEquals("België/place", tagged("De atlas toont België 1830 - 1914 in kaarten."));
        // An abbreviation, a word in capitals or a company with a year is a table's or a report's, no edition.
        for (String text : List.of("Exports rose in Nov. 1985 and fell later.", "Profits of Texaco Inc. 1986 were higher.",
                "The table lists GERMAN 1988 exports.")) {
            assertTrue(RECOGNIZER.recognize(text, "en").stream().noneMatch(s -> s.text().matches(".*19\\d\\d")), text);
        }
    }

    @Test
    void aKnownNameIsAWordOfNationalityOnlyByTheEndingsOfItsTextsLanguage() {
        // English "Christmas" ends as Dutch "Zwitsers" does, and is a holiday.
        List<NameSpan> spans = RECOGNIZER.recognize("Shares rose before Christmas on Friday, traders said.", "en");
        assertEquals(Cue.GAZETTEER, named(spans, "Christmas", 0).cue());
        List<NameSpan> english = RECOGNIZER.recognize("Exports of Canadian and Taiwanese timber rose.", "en");
        assertEquals(Cue.NATIONALITY, named(english, "Canadian", 0).cue());
        assertEquals(Cue.NATIONALITY, named(english, "Taiwanese", 0).cue());
        // The Dutch reading keeps its own endings: "Zwitserse" and "Canadese" are adjectives of nationality.
        List<NameSpan> dutch = RECOGNIZER.recognize("De Zwitserse bank en de Canadese regering tekenden.", "nl");
        assertEquals(Cue.NATIONALITY, named(dutch, "Zwitserse", 0).cue());
        assertEquals(Cue.NATIONALITY, named(dutch, "Canadese", 0).cue());
        List<NameSpan> nouns = RECOGNIZER.recognize("Twee Tunesiërs en een Australiër wonnen de wedstrijd.", "nl");
        assertEquals(Cue.NATIONALITY, named(nouns, "Tunesiërs", 0).cue());
        assertEquals(Cue.NATIONALITY, named(nouns, "Australiër", 0).cue());
    }
    @Test
    void aLineThatIsOnlyANameIsATitleWithAnArticleAndABylineWithout() {
        assertEquals("Het Groene Woud/other", tagged("Het Groene Woud"));
        assertEquals("Kees-Jan Verbraeken/person", tagged("Kees-Jan Verbraeken"));
        List<NameSpan> spans = RECOGNIZER.recognize("De brug gaat dicht.\nKees-Jan Verbraeken\nDe Vaste Rubriek\nDe stad zwijgt.", "nl");
        assertEquals("Kees-Jan Verbraeken/person, De Vaste Rubriek/other", spans.stream().filter(s -> !s.cue().isWeak())
                .map(s -> s.text() + "/" + s.type().id()).collect(java.util.stream.Collectors.joining(", ")));
        // In a sentence the opening word stays out: "Het" opens the sentence, not a name.
        assertEquals("", tagged("Het Groene Woud ligt achter het dorp."));
    }
    @Test
    void theNounOfACompoundWithANameDecidesItsType() {
        assertEquals("Zorgplus-groep/organization", tagged("De overname door de Zorgplus-groep ging niet door."));
        assertEquals("Lindeman-brug/place", tagged("Het verkeer staat vast op de Lindeman-brug."));
        assertEquals("CDA-voorzitter/other", tagged("Dat meldde de CDA-voorzitter gisteren."));
    }

    @Test
    void oneDigitAfterAOneWordNameNumbersAChannel() {
        assertEquals("Omroep Brabant/organization, Studio 3/organization", tagged("Het debat komt op Omroep Brabant en daarna op Studio 3 in herhaling."));
        assertEquals("Radio 2/organization", tagged("Het interview was gisteren te horen op Radio 2 in de ochtend."));
        // A score after a player is no channel.
        assertTrue(RECOGNIZER.recognize("In de finale won Studio 6 - 4 van Brands.", "nl").stream().noneMatch(s -> s.text().contains("6")));
    }
    @Test
    void aSurnameFormedLikeANationalityWordIsAPersonsAfterARoleOrAFullName() {
        List<NameSpan> spans = readTogether("nl", "Trainer Wim Spanjers is tevreden.", "Het doelpunt was volgens Spanjers verdiend.");
        assertEquals(EntityType.PERSON, named(spans, "Spanjers", 0).type());
        assertEquals("Spanjers/person", tagged("De preek van pastoor Spanjers duurde lang."));
    }

    @Test
    void aLoneWordThatACueMakesAPersonGivesTheCollectionNoSurname() {
        // "Kwintara zegt" makes a person of the word in that sentence, but one word is no surname: the two
        // "bij Kwintara" elsewhere keep the name an organisation's in the rest of the collection.
        List<NameSpan> spans = readTogether("nl",
                "De jongeren vinden steun bij Kwintara in Gent.",
                "Ook bij Kwintara is het deze week druk.",
                "Het is niet wat Kwintara zegt over de plannen.",
                "De leden van Kwintara vergaderen morgen.");
        assertEquals(EntityType.ORGANIZATION, named(spans, "Kwintara", 3).type());
    }

    @Test
    void aGivenNameAfterAPrepositionIsStillAPerson() {
        assertEquals("Marc/person", tagged("Zijn vader keek vol trots naar Marc toe."));
        assertEquals("Gent/place", tagged("Zijn vader reed naar Gent toe."));
        // "in" points at places only: a town named like a person stays a town.
        List<NameSpan> town = RECOGNIZER.recognize("The plant in Marion will close next year.", "en");
        assertEquals(EntityType.PLACE, named(town, "Marion", 0).type());
    }

    @Test
    void aMinistersDepartmentEndsBeforeTheMinistersName() {
        assertEquals("Buitenlandse Handel/organization, Pieter Verlinden/person",
                tagged("Volgens staatssecretaris voor Buitenlandse Handel Pieter Verlinden gaat het goed."));
        assertEquals("Defensie/organization, Vandekerckhove/person", tagged("Het plan van minister van Defensie Vandekerckhove ligt klaar."));
        assertEquals("Justitie/organization, Marc Peeters/person", tagged("Dat zei minister van Justitie Marc Peeters gisteren."));
    }

    @Test
    void aCapitalisedEnglishArticleInDutchTextOpensTheName() {
        assertEquals("The Times/organization", tagged("Het verhaal stond vorige week in The Times te lezen."));
        List<NameSpan> title = RECOGNIZER.recognize("Het publiek hoorde The Quiet Hour van de band.", "nl");
        assertTrue(title.stream().noneMatch(s -> s.type() == EntityType.PERSON), title.toString());
        // English prose writes the article small unless the name has it: no change there.
        assertTrue(RECOGNIZER.recognize("Shares rose, the Times reported.", "en").stream().noneMatch(s -> s.text().startsWith("the")));
    }

    @Test
    void aChannelsNameEndsATitleThatRunsIntoIt() {
        // A listing puts the programme's title and the channel side by side: "Avondpraat Studio 4".
        assertTrue(tagged("Vanavond brengt Avondpraat Studio 4 een gesprek met de burgemeester.").contains("Studio 4/organization"));
        assertTrue(tagged("Om tien uur volgt Late Koffie Radio 2 met de uitslagen.").contains("Radio 2/organization"));
        // A race's name keeps its number: no channel in "Grand Prix Formule 1".
        assertTrue(RECOGNIZER.recognize("Hij won de Grand Prix Formule 1 van Monaco.", "nl").stream()
                .noneMatch(s -> s.text().equals("Formule 1")));
    }

    @Test
    void aWordOfAnOrganisationsLongerNameNamesItAlone() {
        // "Radio Merlijn" is a station: "Merlijn" alone later is the station, though Merlijn is a given name.
        List<NameSpan> spans = readTogether("nl",
                "De luisteraars van Radio Merlijn belden massaal.",
                "Later die avond zond Merlijn het concert uit.");
        assertEquals(EntityType.ORGANIZATION, named(spans, "Merlijn", 0).type());
        // A town in an organisation's name stays a town.
        List<NameSpan> town = readTogether("nl", "Hij studeerde aan de Hogeschool Zwolle.", "Later woonde hij in Zwolle.");
        assertEquals(EntityType.PLACE, named(town, "Zwolle", 0).type());
    }

    @Test
    void aPlacePrepositionBeforeAPossessiveNamePlacesWhatTheNameOwns() {
        List<NameSpan> spans = RECOGNIZER.recognize("Het bed stond midden in Verhoeven's oude kamer.", "nl");
        assertEquals(EntityType.PERSON, named(spans, "Verhoeven", 0).type());
    }

    @Test
    void aNameShapedLikeANationalityWithACountryInBracketsIsARider() {
        // "Goudsmidse" ends as "Zweedse" does, but a country in brackets after it marks a person in results.
        assertTrue(tagged("Tweede werd Goudsmidse (Ned) na een lange rit.").startsWith("Goudsmidse/person"));
        assertEquals("Zweedse/other", tagged("De Zweedse renner won."));
    }

    @Test
    void aShareOrACompetitorBeforeANameMakesACompany() {
        assertEquals("Verdonck/organization", tagged("Het aandeel Verdonck steeg gisteren fors."));
        assertEquals("Velmora/organization", tagged("Ook concurrent Velmora verlaagde zijn prijzen."));
    }
}
