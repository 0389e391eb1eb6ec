package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void writesIsoAtItsPrecisionWithZeroPadding() {
        assertEquals("2022", PartialDate.ofYear(2022).iso());
        assertEquals("0987", PartialDate.ofYear(987).iso());
        assertEquals("0001-02", PartialDate.ofMonth(1, 2).iso());
        assertEquals("2022-01-09", new PartialDate(2022, 1, 9).iso());
        assertEquals("9999-12-31", new PartialDate(9999, 12, 31).iso());
        assertEquals("2022-01-09", new PartialDate(2022, 1, 9).toString());
    }
}
