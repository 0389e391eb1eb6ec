package org.dossier.ingest;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What earlier ingests in this process made of each seed, so that the next one reads again only the seeds
 * that changed. A seed is read again when its size, modification time or file identity differ from when
 * it was read (an editor that saves by renaming a new file over the old one changes the identity), or
 * when it was {@linkplain #forget forgotten}: the preview's watcher forgets every seed it saw change, which
 * also catches an edit that kept both size and time. One cache serves one seeds folder; thread-safe.
 */
public final class SeedCache {
    private record Stamp(long size, FileTime modified, Object fileKey) {}

    private record Entry(Stamp stamp, Ingester.SeedOutcome outcome) {}

    private final boolean enabled;
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private Path folder;

    private SeedCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** A cache that remembers seeds between ingests. */
    public static SeedCache remembering() {
        return new SeedCache(true);
    }

    /** A cache that remembers nothing: every ingest reads every seed, as a one-off build should. */
    public static SeedCache none() {
        return new SeedCache(false);
    }

    /** Makes the next ingest read this seed again, whatever its size and time say. */
    public void forget(Path seed) {
        Objects.requireNonNull(seed, "seed must not be null");
        entries.remove(key(seed));
    }

    /** Makes the next ingest read every seed again. */
    public void clear() {
        entries.clear();
    }

    /** The number of seeds remembered. */
    public int size() {
        return entries.size();
    }

    /** Starts an ingest of {@code seedsDir}: a cache made for another folder forgets what it holds. */
    synchronized void useFor(Path seedsDir) {
        Path normalized = key(seedsDir);
        if (!normalized.equals(folder)) entries.clear();
        folder = normalized;
    }

    /**
     * The remembered outcome of reading {@code file} if the file has not changed since; otherwise reads it.
     * {@code attributes} are the file's, read before it is (a file that changes while it is read is then
     * read again next time).
     */
    Ingester.SeedOutcome outcome(Path file, BasicFileAttributes attributes, Supplier<Ingester.SeedOutcome> read) {
        if (!enabled) return read.get();
        Path key = key(file);
        Stamp stamp = new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
        Entry entry = entries.get(key);
        if (entry != null && entry.stamp().equals(stamp)) return entry.outcome();
        Ingester.SeedOutcome outcome = read.get();
        entries.put(key, new Entry(stamp, outcome));
        return outcome;
    }

    /** Forgets the seeds that are no longer in the folder. */
    void retainOnly(Collection<Path> seeds) {
        if (!enabled) return;
        Set<Path> keep = new HashSet<>();
        for (Path seed : seeds) keep.add(key(seed));
        entries.keySet().retainAll(keep);
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
