package org.dossier.analyze.passages.reuse;

/**
 * An immutable object as a memo key compared by identity: the same object always gives the same result,
 * and checking that costs no walk through its contents. An equal object that is not the same one is
 * simply a new key, so the result is worked out again: never wrong, only slower.
 */
record Same<T>(T value) {
    @Override
    public boolean equals(Object other) {
        return other instanceof Same<?> same && same.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
