package org.dossier.analyze.entities;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.EntityType;

/**
 * What a whole collection says about names, gathered in a first reading: the types that names get
 * from clear cues, the words of people's names, and which words stand capitalised in mid-sentence or
 * in lower case somewhere. A read-only view of {@link EvidenceCounts}; a view made {@linkplain
 * #recording(Set) recording} notes every key it is asked about, so that a rebuild knows which texts a
 * change in the evidence can affect.
 */
public final class CollectionEvidence {
    static final CollectionEvidence NONE = new CollectionEvidence(new EvidenceCounts(), null);

    private final EvidenceCounts counts;
    private final Set<String> reads;

    private CollectionEvidence(EvidenceCounts counts, Set<String> reads) {
        this.counts = counts;
        this.reads = reads;
    }

    public static CollectionEvidence of(EvidenceCounts counts) {
        return new CollectionEvidence(counts, null);
    }

    /** The same evidence, adding to {@code reads} the key of every question asked of it. */
    CollectionEvidence recording(Set<String> reads) {
        return new CollectionEvidence(counts, Objects.requireNonNull(reads));
    }

    private String read(String key) {
        if (reads != null) reads.add(key);
        return key;
    }

    /** The type that clear cues gave this name elsewhere, if they agree on one most often. */
    Optional<EntityType> typeOf(String surface) {
        return counts.typeOf(read(NameKey.lookup(surface)));
    }

    boolean isPersonWord(String word) {
        return counts.isPersonWord(read(NameKey.lookup(NameKey.withoutPossessive(word))));
    }

    /** A word of an organisation's longer name somewhere ("Donna" in "Radio Donna"). */
    boolean isOrganisationPart(String word) {
        return counts.isOrganisationPart(read(NameKey.lookup(NameKey.withoutPossessive(word))));
    }

    /** Capitalised somewhere in mid-sentence and never written in lower case. */
    boolean looksLikeName(String word) {
        String k = read(NameKey.lookup(word));
        return counts.capitalisedMidSentence(k) && !counts.lowerCase(k);
    }

    boolean seenInLowerCase(String word) {
        return counts.lowerCase(read(NameKey.lookup(word)));
    }
}
