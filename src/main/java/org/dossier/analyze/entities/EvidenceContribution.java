package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.EntityType;

/**
 * What one text adds to the {@link CollectionEvidence}: the words it capitalises in mid-sentence or writes
 * in lower case, the names its clear cues type, the surnames of the people it names and the words of
 * the organisations' longer names. All keys are
 * {@link NameKey#lookup} forms. The collection's evidence is the sum of its texts' contributions, which
 * is what lets a rebuild add and take away single texts.
 *
 * @param typed one entry per clearly typed name, repeats included (the evidence counts votes)
 */
public record EvidenceContribution(List<String> capitalisedMidSentence, List<String> lowerCase,
                            List<TypedForm> typed, List<String> personWords, List<String> organisationParts) {
    public record TypedForm(String key, EntityType type) {}

    public EvidenceContribution {
        capitalisedMidSentence = List.copyOf(capitalisedMidSentence);
        lowerCase = List.copyOf(lowerCase);
        typed = List.copyOf(typed);
        personWords = List.copyOf(personWords);
        organisationParts = List.copyOf(organisationParts);
    }

    /** The contribution of one text, from its tokens and the names a first, evidence-free reading found in it. */
    static EvidenceContribution of(List<Token> tokens, List<NameSpan> found, Gazetteers gazetteers) {
        Set<String> capitalised = new LinkedHashSet<>();
        Set<String> lower = new LinkedHashSet<>();
        for (Token t : tokens) {
            if (t.isCapitalized() && !t.sentenceStart()) capitalised.add(NameKey.lookup(t.text()));
            if (t.isLowerCase()) lower.add(NameKey.lookup(t.text()));
        }
        List<TypedForm> typed = new ArrayList<>();
        Set<String> personWords = new LinkedHashSet<>();
        Set<String> organisationParts = new LinkedHashSet<>();
        for (NameSpan span : found) {
            if (!isClear(span.cue())) continue;
            // A lone given name (Libor, Loan) says too little to type the word everywhere.
            if (span.cue() == Cue.FIRST_NAME && span.text().indexOf(' ') < 0) continue;
            boolean capitals = span.text().equals(span.text().toUpperCase(Locale.ROOT));
            if (capitals && span.type() == EntityType.PERSON) continue;
            typed.add(new TypedForm(NameKey.lookup(span.text()), span.type()));
            if (span.type() == EntityType.ORGANIZATION) {
                for (String word : ownWords(span, gazetteers)) organisationParts.add(NameKey.lookup(word));
            }
            if (span.type() == EntityType.PERSON) {
                surname(span, gazetteers).ifPresent(personWords::add);
                // "Pieter van Dam" tells that "Van Dam" opening a sentence elsewhere is a person.
                SurnameParticles.withoutGivenName(span.text()).ifPresent(s -> typed.add(new TypedForm(NameKey.lookup(s), EntityType.PERSON)));
            }
        }
        return new EvidenceContribution(List.copyOf(capitalised), List.copyOf(lower), typed, List.copyOf(personWords),
                List.copyOf(organisationParts));
    }

    /**
     * "Radio Donna", "Imperial Invest": the words of a longer organisation's name that name it alone
     * elsewhere ("Donna", "Imperial"), leaving out organisation words, known names, adjectives of
     * nationality, common words and initials.
     */
    private static List<String> ownWords(NameSpan span, Gazetteers gazetteers) {
        String[] words = span.text().split("\\s+");
        if (words.length < 2) return List.of();
        Lexicon lexicon = gazetteers.lexicon();
        List<String> own = new ArrayList<>();
        for (String w : words) {
            String word = NameKey.withoutPossessive(w);
            if (word.length() < 3 || !Character.isUpperCase(word.codePointAt(0)) || word.endsWith(".")) continue;
            if (lexicon.isOrganisationWord(word) || lexicon.isCommonWord(word) || lexicon.isEventWord(word)
                    || !gazetteers.lookup(word).isEmpty() || Nationality.isAdjective(word, gazetteers)) continue;
            own.add(word);
        }
        return own;
    }

    private static boolean isClear(Cue cue) {
        return cue != Cue.CAPITALISATION && cue != Cue.COLLECTION && cue != Cue.ACRONYM;
    }

    /**
     * The surname of a person's name: its last word, unless that is an organisation word, a known name
     * or a word in capitals ("Loan Association" must not make every "Association" a person).
     */
    private static Optional<String> surname(NameSpan span, Gazetteers gazetteers) {
        String[] words = span.text().split("\\s+");
        if (words.length < 2) return Optional.empty();
        String last = NameKey.withoutPossessive(words[words.length - 1]);
        if (last.length() < 2 || !Character.isUpperCase(last.codePointAt(0)) || last.endsWith(".")) return Optional.empty();
        if (last.equals(last.toUpperCase(Locale.ROOT))) return Optional.empty();
        Lexicon lexicon = gazetteers.lexicon();
        if (lexicon.isOrganisationWord(last) || lexicon.isCommonWord(last) || !gazetteers.lookup(last).isEmpty()) {
            return Optional.empty();
        }
        if (words.length > 1 && gazetteers.isFirstName(last) && !gazetteers.isFirstName(words[0])) return Optional.empty();
        return Optional.of(NameKey.lookup(last));
    }
}
