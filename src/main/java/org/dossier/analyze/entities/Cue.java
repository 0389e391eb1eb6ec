package org.dossier.analyze.entities;

/** Why the recogniser took a stretch of text for a name of its type, strongest first. */
public enum Cue {
    /** The editor's file names it. */
    CATALOG,
    /** A gazetteer knows it. */
    GAZETTEER,
    /** A role or title stands before it (president Zelenski). */
    ROLE,
    /** It starts with a known given name or initials. */
    FIRST_NAME,
    /** An organisation word is part of it (Europese Commissie, Wereldbank). */
    ORGANISATION_WORD,
    /** A word of places ends it: Erasmusbrug, Beursplein, Tower Bridge, Hudson River. */
    PLACE_WORD,
    /** It is an adjective or noun of nationality (Oekraïense, Amerikanen). */
    NATIONALITY,
    /** A word made from a name: VLD-voorzitter, NAVO-top, SP'ers. */
    DERIVED,
    /** Its surroundings tell: a place preposition, "het", an age or party in brackets, a speech verb. */
    CONTEXT,
    /** The same name carries a clear cue elsewhere in the collection. */
    COLLECTION,
    /** A word in capitals (OVSE) with nothing else known about it. */
    ACRONYM,
    /** Only a capital letter in mid-sentence: the type is a guess. */
    CAPITALISATION;

    /** Whether the type rests on nothing but capitalisation. */
    public boolean isWeak() {
        return this == CAPITALISATION;
    }
}
