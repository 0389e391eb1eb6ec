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
    private NationalityWords() {}

    static boolean only(List<Occurrence> occurrences) {
        for (Occurrence o : occurrences) {
            // Known words only: the guess from a word's ending alone (Westinghouse, Guinness) may be a company.
            if (o.name().cue() != Cue.NATIONALITY || o.name().type() != EntityType.OTHER || o.name().key().isEmpty()) return false;
        }
        return !occurrences.isEmpty();
    }
}
