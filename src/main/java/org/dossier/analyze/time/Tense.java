package org.dossier.analyze.time;

/** How a clause places what it tells relative to the moment of writing. */
public enum Tense {
    /** Already happened: past or perfect verb forms, "gisteren", "ago". */
    PAST,
    /** No marker either way: present tense, or no verb at all. */
    PRESENT,
    /** Still to come: "zal", "staat gepland", "volgen", "will", "is scheduled". */
    FUTURE
}
