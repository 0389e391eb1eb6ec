package org.dossier.analyze.entities;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The particles that open a Dutch or Flemish surname: "van", "van der", "ter". Dutch writes them in
 * lower case after a given name (Pieter van Dam) and with a capital when the given name is dropped
 * (Van Dam zei); Flemish writes them capitalised always (Jan Van den Broeck). A capital "Van" in
 * mid-sentence therefore opens a person's name. Articles ("de", "den", "la") are left out: "De Morgen"
 * and "De Lijn" are a newspaper and a company as often as "De Clercq" is a person.
 */
final class SurnameParticles {
    private static final Set<String> OPENING = Set.of("van", "vande", "vanden", "vander", "ter", "ten", "von");
    /** The words that may follow the opening particle: van der, van den, van de, van 't. */
    private static final Set<String> FOLLOWING = Set.of("der", "den", "de", "'t", "het", "la");

    private SurnameParticles() {}

    /** Whether a word, capitalised, opens a surname (Van, Vanden, Ter). */
    static boolean opensSurname(String word) {
        return OPENING.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The surname with its particle of a person's full name, capitalised as it stands without the given
     * name: "Pieter van Dam" gives "Van Dam", "Jan van der Berg" gives "Van der Berg"; empty when the name
     * has no particle after its first word.
     */
    static Optional<String> withoutGivenName(String fullName) {
        String[] words = fullName.split("\\s+");
        for (int i = 1; i < words.length - 1; i++) {
            if (!opensSurname(words[i]) || !Character.isLowerCase(words[i].charAt(0))) continue;
            for (int k = i + 1; k < words.length; k++) {
                if (!Character.isUpperCase(words[k].codePointAt(0)) && !FOLLOWING.contains(words[k])) return Optional.empty();
            }
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            return Optional.of(Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
        }
        return Optional.empty();
    }
}
