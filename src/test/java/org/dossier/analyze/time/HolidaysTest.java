package org.dossier.analyze.time;

import static org.dossier.analyze.time.Resolving.all;
import static org.dossier.analyze.time.Resolving.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holidays computed for the year they fall in, and resolved like a day without a year. */
class HolidaysTest {
    @Test
    void easterByTheComputus() {
        assertEquals(LocalDate.of(1987, 4, 19), Holidays.easter(1987));
        assertEquals(LocalDate.of(2019, 4, 21), Holidays.easter(2019));
        assertEquals(LocalDate.of(2024, 3, 31), Holidays.easter(2024));
        assertEquals(LocalDate.of(2025, 4, 20), Holidays.easter(2025));
        assertEquals(LocalDate.of(2038, 4, 25), Holidays.easter(2038));
    }

    @Test
    void daysThatMoveWithEasterOrByARule() {
        assertEquals(LocalDate.of(2024, 5, 9), Holidays.Day.ASCENSION_DAY.in(2024));
        assertEquals(LocalDate.of(2024, 5, 20), Holidays.Day.WHIT_MONDAY.in(2024));
        assertEquals(LocalDate.of(2025, 4, 26), Holidays.Day.KINGS_DAY.in(2025), "the 27th is a Sunday");
        assertEquals(LocalDate.of(2010, 4, 30), Holidays.Day.KINGS_DAY.in(2010), "still the Queen's Day");
        assertEquals(LocalDate.of(2023, 9, 19), Holidays.Day.BUDGET_DAY.in(2023));
        assertEquals(LocalDate.of(2023, 11, 23), Holidays.Day.THANKSGIVING.in(2023));
    }

    @Test
    void aHolidayWithoutAYearTakesTheYearTheTenseFits() {
        assertEquals("2023-12-25", only("Met Kerstmis bleef het veer aan de kant.", "2024-02-26"));
        assertEquals("2024-03-31+", only("Met Pasen gaat het veer weer varen.", "2024-02-26"));
        assertEquals("2023-04-27", only("Afgelopen Koningsdag was het druk op de kade.", "2024-02-26"));
        assertEquals("2024-12-31+", only("Op oudejaarsavond zal het veer niet varen.", "2024-10-10"));
    }

    @Test
    void aHolidayWithItsYearStandsAlone() {
        assertEquals("2022-04-17", only("Pasen 2022 viel laat.", "-"));
        assertEquals("2020-12-25", only("The ferry sank on Christmas Day 2020.", "-"));
    }

    @Test
    void englishHolidayNamesUsedAsModifiersAreNoDates() {
        assertEquals(List.of(), all("Christmas sales at the harbour shops rose.", "2024-02-26"));
        assertEquals(List.of(), all("The shop sold Easter eggs.", "2024-02-26"));
        assertEquals("2023-12-25", only("The ferry did not sail at Christmas.", "2024-02-26"));
        assertEquals("2024-01-01", only("On New Year's Day the mayor spoke at the quay.", "2024-02-26"));
    }
}
