package org.dossier.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A small English story written for the tests: the closing and repair of a river bridge, reported day by
 * day by three outlets. Every article repeats one wire paragraph (so the dossier has shared text), names
 * the same people and places, and is dated one day after the last.
 */
final class EnglishStory {
    static final String[] OUTLETS = {"Riverside Courier", "Evening Ledger", "County Herald"};
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 3, 1);

    private EnglishStory() {}

    /** Writes {@code count} articles into {@code seeds} and returns the folder. */
    static Path write(Path seeds, int count) {
        try {
            Files.createDirectories(seeds);
            for (int i = 0; i < count; i++) {
                LocalDate day = FIRST_DAY.plusDays(i);
                String text = """
                        title Day %d of the Millbrook bridge closure
                        date %s
                        source %s
                        language en

                        Engineers inspected the cracked pillars of the Millbrook bridge again on %s, mayor Helen Carter said at the town hall.

                        The bridge over the river Wend has been closed to all traffic since the first of March, when a lorry driver reported a loud crack under the eastern span near Millbrook station.

                        Carter told reporters that the repair crew from Dalton Works would need at least %d more weeks before buses could cross again. "We will not reopen the bridge until every pillar is safe," she said.

                        Shopkeepers on Station Road say they have lost half of their customers since the closure.
                        """.formatted(i + 1, day, OUTLETS[i % OUTLETS.length],
                        day.getDayOfMonth() + " " + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH),
                        2 + i % 5);
                Files.writeString(seeds.resolve(String.format("bridge-%03d.txt", i)), text, StandardCharsets.UTF_8);
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
