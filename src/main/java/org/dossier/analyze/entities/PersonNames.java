package org.dossier.analyze.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name split for comparison: given names and surname in the spelling-tolerant
 * {@link NameKey#phonetic} form. Decides when two names can be one person.
 */
record PersonNames(List<String> given, String surname) {

    static PersonNames of(String surface) {
        String[] words = NameKey.withoutPossessive(surface.strip()).split("\\s+");
        List<String> keys = Arrays.stream(words).map(NameKey::phonetic).filter(w -> !w.isEmpty()).toList();
        if (keys.isEmpty()) return new PersonNames(List.of(), "");
        // The particles of a surname are no given names: "Van Dam" is as bare a surname as "Dam".
        List<String> given = Arrays.stream(words, 0, words.length - 1)
                .filter(w -> !PARTICLES.contains(w.toLowerCase(Locale.ROOT)))
                .map(NameKey::phonetic).filter(w -> !w.isEmpty()).toList();
        return new PersonNames(given, keys.get(keys.size() - 1));
    }

    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "ter", "ten", "te",
            "vande", "vanden", "vander", "'t", "het", "la", "le", "du", "di", "da", "del", "della", "dos", "das", "do");

    boolean isFull() {
        return !given.isEmpty();
    }

    /** The same surname, or one a typo away (Zelenski, Zelensky). */
    boolean sharesSurname(PersonNames other) {
        return surname.equals(other.surname) || EditDistance.isTypo(surname, other.surname);
    }

    /**
     * Two full names of one person: the surname agrees and so does the first given name, up to a typo
     * (Vladimir, Vladmir) or an initial (J. Biden). Joe Biden and Jill Biden stay apart.
     */
    boolean sameFullName(PersonNames other) {
        if (!isFull() || !other.isFull() || !sharesSurname(other)) return false;
        String a = given.get(0);
        String b = other.given.get(0);
        if (a.equals(b) || EditDistance.isTypo(a, b)) return true;
        boolean initialA = a.length() == 1;
        boolean initialB = b.length() == 1;
        return (initialA || initialB) && a.charAt(0) == b.charAt(0);
    }

    /** A bare surname (Poetin) that may stand for this full name (Vladimir Poetin). */
    boolean isSurnameOf(PersonNames full) {
        return !isFull() && full.isFull() && sharesSurname(full);
    }
}
