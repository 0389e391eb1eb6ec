package org.dossier.memo;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of one pure function, remembered by its input. The key must be the function's whole input
 * and compare by value (a record of the text and settings it reads), so a remembered result is always
 * the one the function would compute again.
 *
 * <p>Memory lasts one build: {@link #endBuild()} forgets every result that the build just finished did not
 * ask for, so a long preview session holds the results of the current seeds only, however many edits it
 * sees. Thread-safe: a build's parallel stages may share one memo. A function may run twice for one key
 * when two threads ask at once; both results are equal, and one is kept.
 *
 * @param <K> the function's input, compared by value
 * @param <V> its result, immutable
 */
public final class Memo<K, V> {
    private final boolean enabled;
    private volatile Map<K, V> current = new ConcurrentHashMap<>();
    private volatile Map<K, V> previous = new ConcurrentHashMap<>();

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
        V result = current.get(key);
        if (result != null) return result;
        result = previous.get(key);
        if (result == null) result = Objects.requireNonNull(function.apply(key), "a memoised function must not return null");
        V raced = current.putIfAbsent(key, result);
        return raced != null ? raced : result;
    }

    /** Ends a build: keeps only the results it asked for. */
    public void endBuild() {
        if (!enabled) return;
        previous = current;
        // Sized for as many results as this build asked for, so the next one's map does not grow in steps.
        current = new ConcurrentHashMap<>(Math.max(16, previous.size() * 4 / 3 + 1));
    }

    /** Forgets every result. */
    public void clear() {
        current = new ConcurrentHashMap<>();
        previous = new ConcurrentHashMap<>();
    }

    /** The number of results the current build has asked for so far. */
    public int size() {
        return current.size();
    }
}
