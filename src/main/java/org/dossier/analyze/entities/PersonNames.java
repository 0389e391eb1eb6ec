package org.dossier.analyze.entities;

import java.util.Arrays;
import java.util.List;

/**
 * A person's name split for comparison: given names and surname in the spelling-tolerant
 * {@link NameKey#phonetic} form. Decides when two names can be one person.
 */
record PersonNames(List<String> given, String surname) {

    static PersonNames of(String surface) {
        String[] words = NameKey.withoutPossessive(surface.strip()).split("\\s+");
        List<String> keys = Arrays.stream(words).map(NameKey::phonetic).filter(w -> !w.isEmpty()).toList();
        if (keys.isEmpty()) return new PersonNames(List.of(), "");
        return new PersonNames(keys.subList(0, keys.size() - 1), keys.get(keys.size() - 1));
    }

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
