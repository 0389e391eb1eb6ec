package org.dossier.model;

/** Where an article's date comes from, so that a page can say how far to trust it. */
public enum DateOrigin {
    /** Stated by the seed: front matter, a date header, HTML meta data. */
    STATED,
    /** Inferred from dates in the article's own text. */
    CONTENT,
    /** Lent by a better-dated article that shares a passage with it. */
    SHARED_PASSAGE,
    /** No date known. */
    UNKNOWN
}
