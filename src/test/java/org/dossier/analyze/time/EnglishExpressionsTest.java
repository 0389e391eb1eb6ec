package org.dossier.analyze.time;

import static org.dossier.analyze.time.Resolving.all;
import static org.dossier.analyze.time.Resolving.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** English temporal expressions resolved against the article's date (2022-01-02 is a Sunday, 1987-02-26 a Thursday). */
class EnglishExpressionsTest {
    @Test
    void resolvesFullDatesInBothOrders() {
        assertEquals("2022-01-02", only("The post is dated January 2, 2022.", "-"));
        assertEquals("2022-01-02", only("The post is dated 2 January 2022.", "-"));
        assertEquals("2022-01-02", only("It was signed on the 2nd of January 2022.", "-"));
    }

    @Test
    void resolvesAbbreviatedMonthsWithADay() {
        assertEquals("2022-01-02", only("Shares fell on Jan. 2 after the call.", "2022-01-10"));
        assertEquals("1987-03-03", only("The company said on Mar 3 it had sold the unit.", "1987-03-05"));
    }

    @Test
    void resolvesMonthAndYearAndYear() {
        assertEquals("1987-03", only("Output rose in March 1987.", "1987-04-01"));
        assertEquals("1986", only("Earnings rose 12 pct in 1986.", "1987-02-26"));
        assertEquals("1986", only("The plant closed in mid-1986.", "1987-02-26"));
    }

    @Test
    void readsRangesOfDays() {
        assertEquals("2022-01-09..2022-01-10+", only("Talks are set for January 9-10 in Geneva.", "2022-01-02"));
        assertEquals("2022-01-09..2022-01-10+", only("Negotiators will gather between January 9 and 10.", "2021-12-20"));
        assertEquals("2021-12-30..2022-01-02", only("Stores were closed from December 30 to January 2.", "2022-01-10"));
    }

    @Test
    void monthWithoutYearFollowsTheTense() {
        assertEquals("2021-12", only("The deal was signed last December.", "2022-01-10"));
        assertEquals("2021-06", only("The summit took place in June.", "2022-01-02"));
        assertEquals("2022-06+", only("The summit will take place in June.", "2022-01-02"));
    }

    @Test
    void dayMonthInThePastTenseTakesThePreviousYearAcrossNewYear() {
        assertEquals("2021-12-28", only("Police arrested him on December 28.", "2022-01-05"));
    }

    @Test
    void resolvesDayWords() {
        assertEquals("2022-01-01", only("The minister resigned yesterday.", "2022-01-02"));
        assertEquals("2022-01-02", only("The minister resigned today.", "2022-01-02"));
        assertEquals("2022-01-03+", only("The court rules tomorrow.", "2022-01-02"));
        assertEquals("2021-12-31", only("It happened the day before yesterday.", "2022-01-02"));
    }

    @Test
    void resolvesWeekdaysByTenseAndModifier() {
        assertEquals("2021-12-30", only("Biden spoke with Putin on Thursday evening.", "2022-01-02"));
        assertEquals("2021-12-30", only("Biden spoke with Putin last Thursday.", "2022-01-02"));
        assertEquals("2022-01-06+", only("Biden will meet Putin on Thursday.", "2022-01-02"));
        assertEquals("2022-01-06+", only("Biden meets Putin next Thursday.", "2022-01-02"));
        assertEquals("1987-02-26", only("The company said on Thursday it would buy the unit.", "1987-02-26"));
    }

    @Test
    void resolvesWeeksMonthsAndYearsFromTheReference() {
        assertEquals("2022-01-10..2022-01-16+", only("Talks resume next week.", "2022-01-05"));
        assertEquals("1987-02-16..1987-02-22", only("Talks were held in Tokyo last week.", "1987-02-26"));
        assertEquals("1987-01", only("Sales fell last month.", "1987-02-26"));
        assertEquals("1988+", only("The plant opens next year.", "1987-02-26"));
        assertEquals("2021-12-20..2021-12-26", only("Two weeks ago the vote failed.", "2022-01-05"));
        assertEquals("2022-01-08+", only("The ruling is due in three days.", "2022-01-05"));
    }

    @Test
    void leavesWeekdaysUnresolvedAgainstAMonthOnlyReference() {
        assertEquals("?", only("Biden spoke with Putin on Thursday.", "2022-01"));
        assertEquals("2022-01-12+", only("NATO and Russia will meet on January 12.", "2022-01"));
    }

    @Test
    void monthAndWeekdayNamesMustBeCapitalised() {
        assertEquals(List.of(), all("They may march on the capital.", "2022-01-02"));
        assertEquals("2022-05-05+", only("They march on May 5.", "2022-01-02"));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertEquals(List.of(), all("The meeting was set for February 30, 2022.", "2022-01-02"));
        assertEquals(List.of(), all("The meeting was set for 31 April.", "2022-01-02"));
    }

    @Test
    void aReportingVerbFarOffDoesNotPushADayIntoLastYear() {
        assertEquals("1987-03-31+", only("Acme said it expects strong results for the quarter that closes on March 31.", "1987-03-03"));
        assertEquals("1987-01-30", only("The warrants lapse because the stock will be sold under a January 30 bid.", "1987-03-02"));
    }

    @Test
    void aPassiveAfterWillIsNotAPastTense() {
        assertEquals("1987-04+", only("The share sale is expected to be made in mid-April.", "1987-03-24"));
        assertEquals("1989+", only("The new terminal will be completed in mid-1989.", "1987-03-03"));
    }

    @Test
    void seasonsRulesAndWithinAreNotDates() {
        assertEquals(List.of(), all("The harvest reached 5.8 mln bags in 1985/86.", "1987-03-02"));
        assertEquals(List.of(), all("Index options expire on the third Friday of each month.", "1987-03-13"));
        assertEquals(List.of(), all("The excess stake must be sold within one week.", "1987-03-23"));
    }

    @Test
    void readsRegularPastsBesideTheDateAndEnglishMet() {
        assertEquals("1987-10-19", only("Officials said the raid mounted on Monday hit an oil platform.", "1987-10-20"));
        assertEquals("1987-02-25", only("The central bank's debt chief met the creditors' panel on Wednesday.", "1987-02-26"));
        assertEquals("2022-01-06+", only("De minister spreekt donderdag met de burgemeesters.", "2022-01-02"));
    }
}
