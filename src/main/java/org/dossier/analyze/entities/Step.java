package org.dossier.analyze.entities;

/**
 * A named step of entity analysis whose result depends only on its input: where {@link Shortcuts} may
 * take a result made before for an equal input.
 *
 * @param <K> the step's whole input
 * @param <V> its result, immutable
 */
public record Step<K, V>(String name) {}
