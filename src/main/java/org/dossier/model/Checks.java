package org.dossier.model;

import java.util.List;
import java.util.Objects;

/** Argument checks for the model's compact constructors; each message names the parameter. */
final class Checks {
    private Checks() {}

    static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
        return value;
    }

    static <T> List<T> copy(List<T> values, String name) {
        return List.copyOf(notNull(values, name));
    }

    static int atLeast(int value, int min, String name) {
        if (value < min) throw new IllegalArgumentException(name + " must be at least " + min + " but was " + value);
        return value;
    }
}
