package org.dossier.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BurstTest {
    private static final long MS = 1_000_000;
    private final Burst burst = new Burst(Duration.ofMillis(150), Duration.ofSeconds(2));

    @Test
    void coalescesEventsUntilTheyPause() {
        burst.add(List.of(Path.of("a.txt")), false, 0);
        burst.add(List.of(Path.of("b.txt")), false, 50 * MS);
        burst.add(List.of(Path.of("a.txt")), false, 100 * MS);

        assertTrue(burst.takeIfDue(200 * MS).isEmpty(), "only 100 ms since the last event");
        assertEquals(50, burst.millisUntilDue(200 * MS));
        Burst.Batch batch = burst.takeIfDue(250 * MS).orElseThrow();

        assertEquals(Set.of(Path.of("a.txt"), Path.of("b.txt")), batch.paths());
        assertFalse(batch.overflow());
        assertTrue(burst.isEmpty());
        assertTrue(burst.takeIfDue(10_000 * MS).isEmpty());
    }

    @Test
    void aStreamThatNeverPausesIsCutAfterTheLongestWait() {
        long t = 0;
        for (; t < 2_000 * MS; t += 100 * MS) {
            burst.add(List.of(Path.of("file-" + t + ".txt")), false, t);
            assertTrue(burst.takeIfDue(t).isEmpty());
        }
        assertEquals(20, burst.takeIfDue(t).orElseThrow().paths().size());
    }

    @Test
    void remembersThatEventsWereLost() {
        burst.add(List.of(), true, 0);
        assertFalse(burst.isEmpty());
        assertTrue(burst.takeIfDue(150 * MS).orElseThrow().overflow());
    }
}
