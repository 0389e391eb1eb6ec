package org.dossier.analyze.entities;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.model.EntityType;

/**
 * What a whole collection says about names, gathered in a first reading: the types that names get
 * from clear cues, the words of people's names, and which words stand capitalised in mid-sentence or
 * in lower case somewhere. Keys are {@link NameKey#lookup} forms.
 */
record CollectionEvidence(
        Map<String, Map<EntityType, Integer>> typedForms,
        Set<String> personWords,
        Set<String> capitalisedMidSentence,
        Set<String> lowerCase) {

    static final CollectionEvidence NONE = new CollectionEvidence(Map.of(), Set.of(), Set.of(), Set.of());

    CollectionEvidence {
        typedForms = Map.copyOf(typedForms);
        personWords = Set.copyOf(personWords);
        capitalisedMidSentence = Set.copyOf(capitalisedMidSentence);
        lowerCase = Set.copyOf(lowerCase);
    }

    /** Collects evidence from tokenised texts and the names a first, evidence-free reading found in them. */
    static CollectionEvidence gather(List<List<Token>> tokenized, List<List<NameSpan>> found, Gazetteers gazetteers) {
        Map<String, Map<EntityType, Integer>> typed = new TreeMap<>();
        Set<String> personWords = new TreeSet<>();
        Set<String> capitalised = new TreeSet<>();
        Set<String> lower = new TreeSet<>();
        for (List<Token> tokens : tokenized) {
            for (Token t : tokens) {
                if (t.isCapitalized() && !t.sentenceStart()) capitalised.add(NameKey.lookup(t.text()));
                if (t.isLowerCase()) lower.add(NameKey.lookup(t.text()));
            }
        }
        for (List<NameSpan> spans : found) {
            for (NameSpan span : spans) {
                if (!isClear(span.cue())) continue;
                // A lone given name (Libor, Loan) says too little to type the word everywhere.
                if (span.cue() == Cue.FIRST_NAME && span.text().indexOf(' ') < 0) continue;
                boolean capitals = span.text().equals(span.text().toUpperCase(java.util.Locale.ROOT));
                if (capitals && span.type() == EntityType.PERSON) continue;
                typed.computeIfAbsent(NameKey.lookup(span.text()), k -> new EnumMap<>(EntityType.class))
                        .merge(span.type(), 1, Integer::sum);
                if (span.type() == EntityType.PERSON) addPersonWords(span, gazetteers, personWords);
            }
        }
        return new CollectionEvidence(typed, personWords, capitalised, lower);
    }

    private static boolean isClear(Cue cue) {
        return cue != Cue.CAPITALISATION && cue != Cue.COLLECTION && cue != Cue.ACRONYM;
    }

    /**
     * The surname of a person's name: its last word, unless that is an organisation word, a known name
     * or a word in capitals ("Loan Association" must not make every "Association" a person).
     */
    private static void addPersonWords(NameSpan span, Gazetteers gazetteers, Set<String> personWords) {
        String[] words = span.text().split("\\s+");
        String last = NameKey.withoutPossessive(words[words.length - 1]);
        if (last.length() < 2 || !Character.isUpperCase(last.codePointAt(0)) || last.endsWith(".")) return;
        if (last.equals(last.toUpperCase(java.util.Locale.ROOT))) return;
        Lexicon lexicon = gazetteers.lexicon();
        if (lexicon.isOrganisationWord(last) || lexicon.isCommonWord(last) || !gazetteers.lookup(last).isEmpty()) return;
        if (words.length > 1 && gazetteers.isFirstName(last) && !gazetteers.isFirstName(words[0])) return;
        personWords.add(NameKey.lookup(last));
    }

    /** The type that clear cues gave this name elsewhere, if they agree on one most often. */
    Optional<EntityType> typeOf(String surface) {
        Map<EntityType, Integer> votes = typedForms.get(NameKey.lookup(surface));
        if (votes == null) return Optional.empty();
        return votes.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue()
                        .thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey);
    }

    boolean isPersonWord(String word) {
        return personWords.contains(NameKey.lookup(NameKey.withoutPossessive(word)));
    }

    /** Capitalised somewhere in mid-sentence and never written in lower case. */
    boolean looksLikeName(String word) {
        String k = NameKey.lookup(word);
        return capitalisedMidSentence.contains(k) && !lowerCase.contains(k);
    }

    boolean seenInLowerCase(String word) {
        return lowerCase.contains(NameKey.lookup(word));
    }
}
