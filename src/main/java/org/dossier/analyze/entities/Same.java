package org.dossier.analyze.entities;

/**
 * An object compared by identity, not by value: for a step's input that is the very object a step made
 * before (a form, a cluster, a draft's core, an article as the collection handed it in). Putting it in a
 * key says that a result is taken over only for the same object, which is cheap to compare and, because
 * that object is immutable, still the result the step would compute.
 */
public final class Same<T> {
    private final T value;

    private Same(T value) {
        this.value = java.util.Objects.requireNonNull(value);
    }

    public static <T> Same<T> of(T value) {
        return new Same<>(value);
    }

    public T value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Same<?> other && other.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
