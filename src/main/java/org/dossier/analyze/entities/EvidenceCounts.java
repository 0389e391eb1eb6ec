package org.dossier.analyze.entities;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.EntityType;

/**
 * The running sums of the texts' {@link EvidenceContribution}s: for each key, how many texts capitalise
 * it in mid-sentence, write it in lower case, give it a surname or have it in an organisation's longer name, and how many clear cues voted for each
 * type. Adding a contribution with a negative count takes a text away. Mutable; {@link CollectionEvidence}
 * reads it, and a build never changes it while reading.
 */
public final class EvidenceCounts {
    /** Everything that the evidence answers about one key. */
    public record Answer(Optional<EntityType> type, boolean personWord, boolean capitalisedMidSentence, boolean lowerCase,
                         boolean organisationPart) {}

    private final Map<String, Integer> capitalised = new HashMap<>();
    private final Map<String, Integer> lower = new HashMap<>();
    private final Map<String, Integer> personWords = new HashMap<>();
    private final Map<String, Integer> organisationParts = new HashMap<>();
    private final Map<String, EnumMap<EntityType, Integer>> typed = new HashMap<>();

    /**
     * Adds {@code times} copies of a text's contribution (takes them away when negative) and records,
     * before the first change to each key, that key's answer in {@code before} (unless it is null).
     */
    public void add(EvidenceContribution c, int times, Map<String, Answer> before) {
        for (String k : c.capitalisedMidSentence()) change(capitalised, k, times, before);
        for (String k : c.lowerCase()) change(lower, k, times, before);
        for (String k : c.personWords()) change(personWords, k, times, before);
        for (String k : c.organisationParts()) change(organisationParts, k, times, before);
        for (EvidenceContribution.TypedForm f : c.typed()) {
            if (before != null) before.computeIfAbsent(f.key(), this::answer);
            EnumMap<EntityType, Integer> votes = typed.computeIfAbsent(f.key(), k -> new EnumMap<>(EntityType.class));
            votes.merge(f.type(), times, Integer::sum);
            if (votes.get(f.type()) == 0) votes.remove(f.type());
            if (votes.isEmpty()) typed.remove(f.key());
        }
    }

    private void change(Map<String, Integer> counts, String key, int times, Map<String, Answer> before) {
        if (before != null) before.computeIfAbsent(key, this::answer);
        counts.merge(key, times, (a, b) -> a + b == 0 ? null : a + b);
    }

    /** The keys among {@code before} whose answer is now different. */
    public Set<String> changedSince(Map<String, Answer> before) {
        Set<String> changed = new HashSet<>();
        before.forEach((key, answer) -> {
            if (!answer.equals(answer(key))) changed.add(key);
        });
        return changed;
    }

    Answer answer(String key) {
        return new Answer(typeOf(key), personWords.containsKey(key), capitalised.containsKey(key), lower.containsKey(key),
                organisationParts.containsKey(key));
    }

    /** The type that clear cues gave this key most often; on a tie, the type declared first. */
    Optional<EntityType> typeOf(String key) {
        Map<EntityType, Integer> votes = typed.get(key);
        if (votes == null) return Optional.empty();
        return votes.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey);
    }

    boolean isPersonWord(String key) {
        return personWords.containsKey(key);
    }

    boolean isOrganisationPart(String key) {
        return organisationParts.containsKey(key);
    }

    boolean capitalisedMidSentence(String key) {
        return capitalised.containsKey(key);
    }

    boolean lowerCase(String key) {
        return lower.containsKey(key);
    }
}
