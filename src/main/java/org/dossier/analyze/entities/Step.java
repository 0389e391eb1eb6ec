package org.dossier.analyze.entities;

/**
 * A named step of entity analysis whose result depends only on its input: where {@link Shortcuts} may
 * take a result made before for an equal input. Each step is one constant, compared by identity, so two
 * steps never share results whatever their names.
 *
 * @param <K> the step's whole input
 * @param <V> its result, immutable
 */
public final class Step<K, V> {
    private final String name;

    public Step(String name) {
        this.name = java.util.Objects.requireNonNull(name, "name");
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
