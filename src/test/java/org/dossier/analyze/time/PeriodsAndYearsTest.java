package org.dossier.analyze.time;

import static org.dossier.analyze.time.Resolving.all;
import static org.dossier.analyze.time.Resolving.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bare years, seasons, quarters, month ranges and dates in digits, in Dutch and English (2024-02-26 is a Monday). */
class PeriodsAndYearsTest {
    @Test
    void aYearAfterInOrSinceIsAYear() {
        assertEquals("2013", only("In 2013 kreeg de sluis een nieuwe deur.", "2024-02-26"));
        assertEquals("1972", only("Sinds 1972 rijdt de tram over de dijk.", "2024-02-26"));
        assertEquals("1998", only("The lock was rebuilt in 1998 after a flood.", "2024-02-26"));
        assertEquals("1965", only("Since 1965 the lock has been run by the province.", "2024-02-26"));
    }

    @Test
    void amountsCountsAndComparisonsAreNoYears() {
        assertEquals(List.of(), all("De reparatie kostte 2013 euro.", "2024-02-26"));
        assertEquals(List.of(), all("In 2000 woningen viel de verwarming uit.", "2024-02-26"));
        assertEquals(List.of(), all("De waterstand is de laagste sinds 1976.", "2024-02-26"));
        assertEquals(List.of(), all("Output was at its highest level since 1981.", "2024-02-26"));
        assertEquals(List.of(), all("The union counted 1900 workers at the gate.", "2024-02-26"));
    }

    @Test
    void aSeasonOfAYearIsItsThreeMonths() {
        assertEquals("2017-06..2017-08", only("In de zomer van 2017 lag de sluis ook stil.", "2024-02-26"));
        assertEquals("2025-09..2025-11+", only("The lock will reopen in the autumn of 2025.", "2024-02-26"));
        assertEquals("2019-03..2019-05", only("Het voorjaar 2019 was droog.", "2024-02-26"));
    }

    @Test
    void theWinterOfAYearHoldsItsJanuaryAndAWinterOfTwoYearsStartsInTheFirst() {
        assertEquals("2016-12..2017-02", only("In de winter van 2017 vroor het kanaal dicht.", "2024-02-26"));
        assertEquals("2017-12..2018-02", only("In de winter van 2017-2018 vroor het kanaal dicht.", "2024-02-26"));
    }

    @Test
    void aSeasonWithAModifierCountsFromTheArticle() {
        assertEquals("2022-12..2023-02", only("Vorige winter vroor het kanaal dicht.", "2023-06-10"));
        assertEquals("2023-06..2023-08+", only("Deze zomer gaat de sluis dicht.", "2023-03-10"));
        assertEquals("2022-06..2022-08", only("Last summer the lock was shut.", "2023-03-10"));
        assertEquals("?", only("Vorige winter vroor het kanaal dicht.", "2023"));
    }

    @Test
    void theFallIsASeasonOnlyAsTheFallOfAYear() {
        assertEquals("1987-09..1987-11", only("Prices dropped in the fall of 1987.", "1988-01-05"));
        assertEquals(List.of(), all("Prices could fall 2013 points.", "1988-01-05"));
    }

    @Test
    void aQuarterIsItsThreeMonths() {
        assertEquals("2023-07..2023-09", only("In het derde kwartaal van 2023 daalde de omzet van de werf.", "2024-02-26"));
        assertEquals("2023-07..2023-09", only("De werf leed verlies in Q3 2023.", "2024-02-26"));
        assertEquals("2022-10..2022-12", only("Sales grew in the fourth quarter of 2022.", "2024-02-26"));
        assertEquals("2021-01..2021-03", only("De cijfers over het 1e kwartaal 2021 vielen mee.", "2024-02-26"));
    }

    @Test
    void monthRangesAreRangesOfMonths() {
        assertEquals("2024-03..2024-05+", only("Van maart tot mei 2024 gaat de sluis dicht.", "2024-02-26"));
        assertEquals("2024-03..2024-05+", only("The lock closes March–May 2024 for repairs.", "2024-02-26"));
        assertEquals("2023-11..2024-01", only("Van november 2023 tot januari 2024 lag de sluis stil.", "2024-02-26"));
        assertEquals("2024-04..2024-06+", only("De sluis gaat van april tot juni dicht.", "2024-02-26"));
    }

    @Test
    void numericDatesReadTheDayFirstExceptWhereOnlyTheMonthFirstCanBe() {
        assertEquals("2022-01-02", only("Op 2-1-2022 ging de sluis dicht.", "2024-02-26"));
        assertEquals("2022-01-02", only("Op 02.01.2022 ging de sluis dicht.", "2024-02-26"));
        assertEquals("2023-12-25", only("The lock shut on 25/12/2023.", "2024-02-26"));
        assertEquals("2023-12-25", only("The lock shut on 12/25/2023.", "2024-02-26"));
        assertEquals("2022-01-02", only("De sluis ging op 2022-01-02 dicht.", "2024-02-26"));
        // 2/1/2022 is 2 January in London and 1 February in New York: no reading is safe.
        assertEquals(List.of(), all("The lock shut on 2/1/2022.", "2024-02-26"));
        assertEquals(List.of(), all("Op 31-2-2022 ging de sluis dicht.", "2024-02-26"));
    }

    @Test
    void aMonthRangeNamingItsYearDatesAnUndatedArticle() {
        assertEquals("2021-04..2021-06", only("Tussen april en juni 2021 lag het werk stil.", "-"));
    }
}
