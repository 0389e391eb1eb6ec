package org.dossier.memo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The results of one pure function, remembered by its input. The key must be the function's whole input
 * and compare by value (a record of the text and settings it reads), so a remembered result is always
 * the one the function would compute again.
 *
 * <p>Memory lasts about one build: {@link #endBuild()} forgets every result that the build just finished did
 * not ask for, so a long preview session holds the results of the current seeds only, however many edits it
 * sees. Forgetting walks every result, so it is put off while the results made since it last ran are fewer
 * than a quarter of those it kept then: a rebuild after one edit makes a few results and asks for all the
 * others again, and walking them all each time cost more than keeping what it left over a few builds longer,
 * which at most a quarter more results do.
 *
 * <p>Thread-safe: a build's parallel stages may share one memo. A function may run twice for one key when
 * two threads ask at once; both results are equal, and one is kept.
 *
 * @param <K> the function's input, compared by value
 * @param <V> its result, immutable
 */
public final class Memo<K, V> {
    /** A result, with the number of the last build that asked for it. */
    private static final class Kept<V> {
        private final V value;
        // Written by any thread that asks, all with the same number; read by endBuild after the build's
        // stages have joined. A write it failed to see would only make a result be computed again.
        private int build;

        Kept(V value, int build) {
            this.value = value;
            this.build = build;
        }
    }

    private final boolean enabled;
    /**
     * One map for all builds, each result marked with the last build that asked for it: a build that finds
     * a result only marks it, instead of copying it into a new map, which for the memos of a large dossier
     * meant hundreds of thousands of new entries per rebuild, all of them kept, for the collector to copy.
     */
    private final Map<K, Kept<V>> results = new ConcurrentHashMap<>();
    private volatile int build;
    /** The results made since results were last forgotten, and how many were kept then. */
    private final AtomicInteger made = new AtomicInteger();
    private volatile int keptAtLastForgetting;

    private Memo(boolean enabled) {
        this.enabled = enabled;
    }

    /** A memo that keeps results from one build for the next. */
    public static <K, V> Memo<K, V> remembering() {
        return new Memo<>(true);
    }

    /** A memo that remembers nothing: every call computes, as a one-off build should. */
    public static <K, V> Memo<K, V> none() {
        return new Memo<>(false);
    }

    /** Whether results are kept; a function may skip the work of making keys when they are not. */
    public boolean remembers() {
        return enabled;
    }

    /** The result for {@code key}: remembered from this build or the last one, or computed now. */
    public V get(K key, Function<? super K, ? extends V> function) {
        if (!enabled) return function.apply(key);
        Objects.requireNonNull(key, "key must not be null");
        int now = build;
        Kept<V> kept = results.get(key);
        if (kept == null) {
            V result = Objects.requireNonNull(function.apply(key), "a memoised function must not return null");
            Kept<V> raced = results.putIfAbsent(key, new Kept<>(result, now));
            if (raced == null) {
                made.incrementAndGet();
                return result;
            }
            kept = raced;
        }
        if (kept.build != now) kept.build = now;
        return kept.value;
    }

    /**
     * Ends a build: keeps only the results it asked for, once the results made since that was last done
     * reach a quarter of those kept then; until then, keeps them all.
     */
    public void endBuild() {
        if (!enabled) return;
        int finished = build;
        if (4L * made.get() >= keptAtLastForgetting) {
            results.values().removeIf(kept -> kept.build != finished);
            keptAtLastForgetting = results.size();
            made.set(0);
        }
        build = finished + 1;
    }

    /** Forgets every result. */
    public void clear() {
        results.clear();
        keptAtLastForgetting = 0;
        made.set(0);
    }

    /**
     * The number of results remembered: those the last build asked for, those this one has made so far, and
     * those of earlier builds not yet forgotten (at most a quarter as many as were kept when they last were).
     */
    public int size() {
        return results.size();
    }

    /**
     * Whether two lists hold the very same objects in the same order: the check of reuse by identity, where
     * the objects a rebuild hands on stand for all they were made from (see the reuse layers).
     */
    public static boolean sameObjects(List<?> now, List<?> before) {
        if (now == before) return true;
        if (now.size() != before.size()) return false;
        for (int i = 0; i < now.size(); i++) if (now.get(i) != before.get(i)) return false;
        return true;
    }
}
