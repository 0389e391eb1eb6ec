package org.dossier.render;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A stretch of a block's text to wrap in an element: {@code <mark>} for a shared passage, {@code <a>}
 * for an entity mention, {@code <q>}-like spans for quotes. Wider annotations are applied first, so
 * narrower ones nest inside them.
 */
public record Annotation(int start, int end, String tag, Map<String, String> attributes) {
    private static final Pattern PLAIN_TAG = Pattern.compile("[a-z]+");

    public Annotation {
        if (start < 0 || end <= start) throw new IllegalArgumentException("empty or negative range " + start + ".." + end);
        if (!PLAIN_TAG.matcher(tag).matches()) throw new IllegalArgumentException("tag must be a plain element name: " + tag);
        attributes = new TreeMap<>(attributes);
    }

    int length() {
        return end - start;
    }
}
