package org.dossier.render.search;

import org.dossier.model.EntityType;

/**
 * The codes that say, in a posting, what kind of thing a number refers to; {@code assets/search.js} reads
 * the same codes. A paragraph's code is its block's position in the article (0 and up).
 */
public final class Kinds {
    public static final int ARTICLE = -1;
    static final int PERSON = -2;
    static final int ORGANIZATION = -3;
    static final int PLACE = -4;
    static final int OTHER = -5;
    static final int TIMELINE = -6;

    private Kinds() {}

    static int of(EntityType type) {
        return switch (type) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case PLACE -> PLACE;
            case OTHER -> OTHER;
        };
    }
}
