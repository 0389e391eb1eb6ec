package org.dossier.analyze.entities;

import java.util.Objects;
import org.dossier.model.EntityType;

/**
 * A name a gazetteer knows.
 *
 * @param key    the same for every name of one thing ("Verenigde Staten", "VS", "United States")
 * @param source where the name comes from; earlier sources win over later ones
 */
public record KnownName(String name, EntityType type, String key, Source source) {
    /** In order of authority. */
    public enum Source { CATALOG, NAMES, CLDR, GEONAMES, TIME_ZONES }

    public KnownName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
    }
}
