package org.dossier.analyze.entities;

import java.util.List;

/**
 * Finds typed names in text. The shipped implementation is {@link RuleBasedRecognizer}; a statistical
 * model can be put behind the same interface. Implementations are pure and thread-safe.
 */
public interface EntityRecognizer {

    /** The names in one text, in text order, not overlapping. */
    List<NameSpan> recognize(String text, String language);

    /**
     * The names in each text of a collection, one list per text in the same order. A recogniser may
     * use what the whole collection says (a name seen as "president Biden" is a person everywhere);
     * by default each text is read on its own.
     */
    default List<List<NameSpan>> recognizeAll(List<LanguageText> texts) {
        return texts.stream().map(t -> recognize(t.text(), t.language())).toList();
    }
}
