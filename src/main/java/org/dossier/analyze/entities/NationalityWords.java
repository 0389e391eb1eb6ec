package org.dossier.analyze.entities;

import java.util.List;
import org.dossier.model.EntityType;

/**
 * Words of nationality (Amerikaanse, Zwitserse, Russian) are tagged as names, as CoNLL tags them, but
 * describe: "de Amerikaanse regering" is about the United States, and a page for "Amerikaanse" would
 * gather every sentence with an American in it. So a cluster of nothing but such words, as the gazetteers
 * know them, makes no entity;
 * the editor's file can still list one, and then it is a catalog name.
 */
final class NationalityWords {
    private static final java.util.regex.Pattern DUTCH_ADJECTIVE = java.util.regex.Pattern.compile(".+(?:[bcdfgklmnprtvwz]se|ische|ese)");

    private NationalityWords() {}

    static boolean only(List<Occurrence> occurrences, Gazetteers gazetteers) {
        for (Occurrence o : occurrences) {
            if (o.name().cue() != Cue.NATIONALITY || o.name().type() != EntityType.OTHER) return false;
            // A known word, or a Dutch adjective's ending after the first letters of a place (Canadese); a
            // guess from other endings alone (Westinghouse, Guinness) or from an ending alone (Defense,
            // Celanese in English news) may be a company or a department.
            String text = o.name().text().substring(o.name().text().lastIndexOf('-') + 1);
            if (o.name().key().isEmpty() && !(DUTCH_ADJECTIVE.matcher(text).matches()
                    && Nationality.hasPlaceStem(text.toLowerCase(java.util.Locale.ROOT), gazetteers))) return false;
        }
        return !occurrences.isEmpty();
    }
}
