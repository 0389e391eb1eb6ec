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
    /** What a seed was read as, and its size, time and identity then. Compared field by field: a rebuild compares thousands. */
    private record Entry(long size, FileTime modified, Object fileKey, Ingester.SeedOutcome outcome) {
        boolean stamps(BasicFileAttributes attributes) {
            return size == attributes.size() && modified.equals(attributes.lastModifiedTime()) && Objects.equals(fileKey, attributes.fileKey());
        }
    }

    private final boolean enabled;
    /** By the seed's path relative to {@link #folder}, as the walk makes it: no path is made per seed to look it up. */
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile Path folder;

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
        Path in = folder;
        Path file = key(seed);
        // A seed outside the folder read last is not remembered; one of another folder is forgotten with it.
        if (in != null && file.startsWith(in)) entries.remove(in.relativize(file).toString());
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
     * The remembered outcome of reading the seed at {@code relative} (its path relative to the folder of
     * {@link #useFor}, with the file system's separator) if the file has not changed since; otherwise reads it.
     * {@code attributes} are the file's, read before it is (a file that changes while it is read is then
     * read again next time).
     */
    Ingester.SeedOutcome outcome(String relative, BasicFileAttributes attributes, Supplier<Ingester.SeedOutcome> read) {
        if (!enabled) return read.get();
        Entry entry = entries.get(relative);
        if (entry != null && entry.stamps(attributes)) return entry.outcome();
        Ingester.SeedOutcome outcome = read.get();
        entries.put(relative, new Entry(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey(), outcome));
        return outcome;
    }

    /**
     * Forgets the seeds that are no longer in the folder, given the relative paths of those that are, after
     * their {@link #outcome}s: when the cache holds as many seeds as are there, all of them (each was just
     * looked up or put), it holds no other, and nothing is made.
     */
    void retainOnly(Collection<String> seeds) {
        if (!enabled) return;
        int there = 0;
        for (String seed : seeds) {
            if (entries.containsKey(seed)) there++;
        }
        if (there == entries.size()) return;
        Set<String> keep = new HashSet<>(seeds);
        entries.keySet().retainAll(keep);
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
