package org.dossier.model;

import java.util.Locale;

/** What kind of thing an entity names; {@link #id()} is the name in the JSON export. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
