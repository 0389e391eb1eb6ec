package org.dossier.analyze.time;

import static org.dossier.analyze.time.Resolving.all;
import static org.dossier.analyze.time.Resolving.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dutch temporal expressions resolved against the article's date (2022-01-02 is a Sunday). */
class DutchExpressionsTest {
    @Test
    void resolvesFullDateWithoutReference() {
        assertEquals("2022-01-02", only("Het bericht is van 2 januari 2022.", "-"));
    }

    @Test
    void resolvesMonthAndYearAtMonthPrecision() {
        assertEquals("2022-01", only("In januari 2022 liep het gesprek vast.", "2022-03-01"));
    }

    @Test
    void resolvesYearAtYearPrecision() {
        assertEquals("2021", only("In 2021 werd de top in Genève gehouden.", "2022-01-02"));
    }

    @Test
    void readsTwoConsecutiveDaysAsARange() {
        assertEquals("2022-01-09..2022-01-10+", only("De VS en Rusland houden op 9 en 10 januari gesprekken.", "2022-01-02"));
        assertEquals("2022-01-09..2022-01-10+", only("De gesprekken duren van 9 tot 10 januari.", "2022-01-02"));
        assertEquals("2022-01-09..2022-01-11+", only("Het congres loopt van 9 t/m 11 januari.", "2022-01-02"));
    }

    @Test
    void readsTwoDaysApartAsTwoDates() {
        assertEquals(List.of("2022-01-09+", "2022-01-12+"), all("Er wordt op 9 en 12 januari vergaderd.", "2022-01-02"));
    }

    @Test
    void rangeCrossesTheYearBoundary() {
        assertEquals("2021-12-30..2022-01-02", only("De winkels waren van 30 december tot 2 januari dicht.", "2022-01-10"));
    }

    @Test
    void dayMonthInThePastTenseTakesThePreviousYearAcrossNewYear() {
        assertEquals("2021-12-28", only("Op 28 december werd de verdachte opgepakt.", "2022-01-05"));
    }

    @Test
    void monthInThePastTenseOfAJanuaryArticleIsThePreviousDecember() {
        assertEquals("2021-12", only("In december was het nog rustig aan de grens.", "2022-01"));
    }

    @Test
    void monthInTheFutureTenseOfAJanuaryArticleIsTheComingDecember() {
        assertEquals("2022-12+", only("In december volgt een nieuwe top.", "2022-01"));
    }

    @Test
    void dayMonthInTheFutureTenseTakesTheNextYearAcrossNewYear() {
        assertEquals("2022-01-03+", only("Op 3 januari zal de rechter uitspraak doen.", "2021-12-20"));
    }

    @Test
    void dayMonthInThePresentTenseTakesTheComingDate() {
        assertEquals("2022-01-05+", only("De top is op 5 januari.", "2021-12-28"));
        assertEquals("2023-10-03+", only("De rechtszaak begint op 3 oktober.", "2023-03-15"));
    }

    @Test
    void resolvesDayMonthAgainstAMonthOnlyReference() {
        assertEquals("2022-01-12+", only("Later volgt de NAVO-Rusland Raad op 12 januari.", "2022-01"));
    }

    @Test
    void leavesWeekdayAndWeekUnresolvedAgainstAMonthOnlyReference() {
        assertEquals("?", only("Donderdagavond had Biden al een telefoongesprek.", "2022-01"));
        assertEquals("?", only("Vorige week werd er nog gevochten.", "2022-01"));
        assertEquals("?", only("Gisteren werd hij vrijgelaten.", "2022-01"));
    }

    @Test
    void resolvesMonthsAgainstAMonthOnlyReference() {
        assertEquals("2022-02+", only("Het besluit valt volgende maand.", "2022-01"));
        assertEquals("2021-06", only("Ze spraken elkaar tijdens hun top afgelopen juni.", "2022-01"));
    }

    @Test
    void resolvesWhatAYearOnlyReferenceAllows() {
        assertEquals("2022-06", only("In juni werd het contract getekend.", "2022"));
        assertEquals("2021", only("Vorig jaar kwamen er minder bezoekers.", "2022"));
        assertEquals("?", only("Afgelopen juni werd het contract getekend.", "2022"));
        assertEquals("?", only("Volgende maand beslist de rechter.", "2022"));
    }

    @Test
    void leavesEverythingRelativeUnresolvedWithoutReference() {
        assertEquals("?", only("Op 12 januari volgt de NAVO-Rusland Raad.", "-"));
        assertEquals("?", only("Morgen beslist de rechter.", "-"));
    }

    @Test
    void resolvesDayWords() {
        assertEquals("2022-01-01", only("Gisteren werd hij vrijgelaten.", "2022-01-02"));
        assertEquals("2022-01-01", only("Gisteravond brak er brand uit.", "2022-01-02"));
        assertEquals("2021-12-31", only("Eergisteren begon de staking.", "2022-01-02"));
        assertEquals("2022-01-02", only("Vandaag spraken de ministers elkaar.", "2022-01-02"));
        assertEquals("2022-01-03+", only("Morgen beslist de rechter.", "2022-01-02"));
        assertEquals("2022-01-04+", only("Overmorgen beslist de rechter.", "2022-01-02"));
    }

    @Test
    void pastWeekdayIsTheMostRecentOneBeforeTheReference() {
        assertEquals("2021-12-30", only("Donderdagavond had Biden al een telefoongesprek met Poetin.", "2022-01-02"));
        assertEquals("2021-12-31", only("Afgelopen vrijdag zei de minister dat het goed ging.", "2022-01-02"));
    }

    @Test
    void futureOrPresentWeekdayIsTheNextOne() {
        assertEquals("2022-01-06+", only("Donderdag zal Biden opnieuw met Poetin spreken.", "2022-01-02"));
        assertEquals("2022-01-06+", only("Donderdag debatteert de Kamer over het plan.", "2022-01-02"));
        assertEquals("2022-01-03+", only("Komende maandag beslist het kabinet.", "2022-01-02"));
    }

    @Test
    void weekdayOfTheReferenceItselfIsThatDayUnlessShifted() {
        assertEquals("2021-12-30", only("Donderdag zei Biden dat hij tevreden was.", "2021-12-30"));
        assertEquals("2021-12-23", only("Vorige donderdag zei Biden dat hij tevreden was.", "2021-12-30"));
        assertEquals("2022-01-06+", only("Volgende donderdag spreekt Biden met Poetin.", "2021-12-30"));
    }

    @Test
    void weekdayOfANamedWeek() {
        assertEquals("2022-01-10+", only("Volgende week maandag beginnen de gesprekken.", "2022-01-05"));
        assertEquals("2022-01-03+", only("Volgende week maandag beginnen de gesprekken.", "2022-01-02"));
        assertEquals("2021-12-30", only("Vorige week donderdag stond de teller op nul.", "2022-01-05"));
    }

    @Test
    void weeksAreMondayToSundayRanges() {
        assertEquals("2021-12-27..2022-01-02", only("Vorige week werd er nog gevochten.", "2022-01-05"));
        assertEquals("2022-01-10..2022-01-16+", only("Volgende week reist de premier naar Washington.", "2022-01-05"));
        assertEquals("2022-01-17..2022-01-23+", only("De nieuwe regels gaan over twee weken in.", "2022-01-05"));
    }

    @Test
    void monthsAndYearsCountFromTheReference() {
        assertEquals("2022-01+", only("Volgende maand beslist de rechter.", "2021-12-10"));
        assertEquals("2021-12", only("Vorige maand steeg de inflatie.", "2022-01-10"));
        assertEquals("2021-11", only("Twee maanden geleden werd hij gekozen.", "2022-01-10"));
        assertEquals("2020", only("Twee jaar geleden sloot de fabriek.", "2022-01-10"));
        assertEquals("2023+", only("Volgend jaar opent de nieuwe brug.", "2022-01-10"));
        assertEquals("2021-12-30", only("Vier dagen geleden werd hij opgepakt.", "2022-01-03"));
    }

    @Test
    void lastJuneIsStrictlyBeforeTheReferenceMonth() {
        assertEquals("2021-06", only("Tijdens hun top afgelopen juni kwamen ze het overeen.", "2022-01-02"));
        assertEquals("2021-06", only("Tijdens hun top afgelopen juni kwamen ze het overeen.", "2022-06-15"));
        assertEquals("2023-06+", only("Komende juni opent het museum.", "2022-06-15"));
        assertEquals("2021-06", only("In juni vorig jaar werd de top gehouden.", "2022-03-01"));
    }

    @Test
    void weekendIsSaturdayAndSunday() {
        assertEquals("2022-01-01..2022-01-02", only("Afgelopen weekend vielen er doden.", "2022-01-03"));
    }

    @Test
    void weekdayBeforeADateChoosesTheYearThatFits() {
        assertEquals("2022-01-10+", only("Op maandag 10 januari beginnen de gesprekken.", "2021-06"));
        assertEquals("2022-06-19", only("Zondag 19 juni vierde de club het kampioenschap.", "2022-06-20"));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertEquals(List.of(), all("Het gesprek stond gepland op 31 februari.", "2022-01-02"));
        assertEquals(List.of(), all("Op 30 februari 2022 gebeurde niets.", "2022-03-01"));
        assertEquals(List.of(), all("Op 29 februari 2023 gebeurde niets.", "2023-03-01"));
        assertEquals(List.of(), all("Het bleef stil op 31 april.", "2022-05-01"));
    }

    @Test
    void leapDayResolvesOnlyInALeapYear() {
        assertEquals("2024-02-29", only("Op 29 februari werd de wet aangenomen.", "2024-03-10"));
        assertEquals("2020-02-29", only("Op 29 februari 2020 werd de wet aangenomen.", "-"));
    }

    @Test
    void readsThePastFromVerbsNoListHolds() {
        // 2000-06-15 is a Thursday; sentences in the style of De Morgen, June 2000.
        assertEquals("2000-06-14", only("Die probeerde woensdag de hele tijd op hem in te praten.", "2000-06-15"));
        assertEquals("2000-06-14", only("Het aandeel Baan steeg woensdag 13 procent tot 2,97 euro.", "2000-06-15"));
        assertEquals("2000-06-11", only("Zondag heb ik bewezen dat de conditie niet slecht is.", "2000-06-15"));
        assertEquals("2000-06-09", only("De Bel 20-index is vrijdag met 49,70 punten of 1,71 procent gestegen.", "2000-06-15"));
        assertEquals("2000-06-14", only("De minister, die woensdag door een diplomatieke telex aan de aankoop werd gelinkt, zweeg.", "2000-06-15"));
    }

    @Test
    void aCapitalisedDayWordInsideASentenceIsAName() {
        assertEquals(List.of(), all("Dat schreven De Standaard en De Morgen in hun edities.", "2000-06-15"));
        assertEquals("2000-06-16+", only("Morgen beslist de rechter.", "2000-06-15"));
    }
}
