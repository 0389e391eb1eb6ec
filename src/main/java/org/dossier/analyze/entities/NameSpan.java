package org.dossier.analyze.entities;

import java.util.Objects;
import java.util.Optional;
import org.dossier.model.EntityType;

/**
 * A name the recogniser found in a text: {@code text} is {@code text.substring(start, end)} of the
 * text it was found in.
 *
 * @param role the role or title written just before it, if any ("president", "Russisch president")
 * @param key  the gazetteer key when a gazetteer knows the name, so that its other names merge with it
 */
public record NameSpan(int start, int end, String text, EntityType type, Cue cue, Optional<String> role,
                       Optional<String> key) {
    public NameSpan {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        Objects.requireNonNull(text, "text");
        if (text.length() != end - start) throw new IllegalArgumentException("text does not fit span " + start + ".." + end);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(key, "key");
    }
}
