package org.dossier.analyze.time;

import static org.dossier.analyze.time.Resolving.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Clock times, durations, frequencies and bounds of a state are not dates of events. */
class NotEventsTest {
    @Test
    void ignoresDurations() {
        assertEquals(List.of(), texts("Biden had een telefoongesprek van 50 minuten met Poetin."));
        assertEquals(List.of(), texts("De OVSE houdt al jaren toezicht op de wapenstilstand."));
        assertEquals(List.of(), texts("De afgelopen week was het onrustig aan de grens."));
        assertEquals(List.of(), texts("Het onderzoek duurde drie weken."));
        assertEquals(List.of(), texts("Prices rose over the past week."));
        assertEquals(List.of(), texts("The talks lasted two days."));
        assertEquals(List.of(), texts("In de komende week wordt het kouder."));
    }

    @Test
    void ignoresClockTimesAndNumbers() {
        assertEquals(List.of(), texts("De stembureaus gaan om 7.30 uur open."));
        assertEquals(List.of(), texts("Er zijn 2.500 soldaten en 10,5 procent meer tanks."));
        assertEquals(List.of(), texts("The market opens at 9 a.m. with 1,987 listed shares."));
    }

    @Test
    void ignoresFrequencies() {
        assertEquals(List.of(), texts("Elke donderdag vergadert het kabinet."));
        assertEquals(List.of(), texts("Iedere maandag is er spreekuur."));
        assertEquals(List.of(), texts("Every Thursday the cabinet meets."));
        assertEquals(List.of(), texts("Op zaterdagen is de markt open."));
        assertEquals(List.of(), texts("The market is open on Saturdays."));
    }

    @Test
    void ignoresBoundsOfAState() {
        assertEquals(List.of(), texts("Sinds januari woont hij in Rotterdam."));
        assertEquals(List.of(), texts("De rente staat op het hoogste peil sinds 2008."));
        assertEquals(List.of(), texts("It was the first time since 1998 that the plant closed."));
        assertEquals(List.of(), texts("Since January the plant has been closed."));
        assertEquals(List.of(), texts("Het verbod geldt tot 12 januari."));
        assertEquals(List.of(), texts("The offer runs until March 31."));
    }

    @Test
    void ignoresMorningAndNowadays() {
        assertEquals(List.of(), texts("'s Morgens is het nog koel."));
        assertEquals(List.of(), texts("De volgende morgen was alles anders."));
        assertEquals(List.of(), texts("Vandaag de dag denkt niemand er nog zo over."));
    }

    @Test
    void marksTheWholeExpressionOnce() {
        assertEquals(List.of("op 9 en 10 januari"), texts("De gesprekken vinden plaats op 9 en 10 januari."));
        assertEquals(List.of("Donderdagavond"), texts("Donderdagavond had Biden al een telefoongesprek."));
        assertEquals(List.of("afgelopen juni"), texts("Tijdens hun top afgelopen juni."));
        assertEquals(List.of("op 12 januari", "op 13 januari"),
                texts("Later volgen de NAVO-Rusland Raad op 12 januari en een ontmoeting op 13 januari."));
    }
}
