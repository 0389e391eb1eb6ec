package org.dossier.preview;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Coalesces file events into one batch per burst: a batch is due once no event came for {@code quiet},
 * or once the burst has lasted {@code longest} (so a stream of events that never pauses still rebuilds).
 * Time is passed in (nanoseconds from any fixed origin), which keeps this a plain, testable value.
 */
final class Burst {
    /** The paths of one burst, in the order first seen, and whether events were lost during it. */
    record Batch(Set<Path> paths, boolean overflow) {
        Batch {
            paths = Set.copyOf(paths);
        }
    }

    private final long quietNanos;
    private final long longestNanos;
    private final Set<Path> paths = new LinkedHashSet<>();
    private boolean overflow;
    private long firstAt;
    private long lastAt;

    Burst(Duration quiet, Duration longest) {
        if (quiet.isNegative() || quiet.isZero()) throw new IllegalArgumentException("quiet must be positive, not " + quiet);
        if (longest.compareTo(quiet) < 0) throw new IllegalArgumentException("longest must be at least quiet");
        this.quietNanos = quiet.toNanos();
        this.longestNanos = longest.toNanos();
    }

    void add(Collection<Path> changed, boolean lost, long now) {
        if (isEmpty()) firstAt = now;
        lastAt = now;
        paths.addAll(changed);
        overflow |= lost;
    }

    boolean isEmpty() {
        return paths.isEmpty() && !overflow;
    }

    /** How long to wait for more events before the batch is due; 0 when it is due now or nothing waits. */
    long millisUntilDue(long now) {
        if (isEmpty()) return 0;
        long due = Math.min(lastAt + quietNanos, firstAt + longestNanos);
        return Math.max(0, (due - now + 999_999) / 1_000_000);
    }

    /** The batch, if it is due; the burst starts again empty. */
    Optional<Batch> takeIfDue(long now) {
        if (isEmpty() || millisUntilDue(now) > 0) return Optional.empty();
        Batch batch = new Batch(paths, overflow);
        paths.clear();
        overflow = false;
        return Optional.of(batch);
    }
}
