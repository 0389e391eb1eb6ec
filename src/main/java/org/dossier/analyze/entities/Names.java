package org.dossier.analyze.entities;

import java.util.List;
import org.dossier.text.Slugs;

/**
 * The pure work on single names that merging and building entities ask for again and again: the keys,
 * spellings and splits of each distinct name, and the typos among each block of similar long names. Each
 * is a {@link Step}, so that {@link Shortcuts} may hand back what it made for the same name before: a
 * collection has tens of thousands of distinct names and an edit changes a handful.
 */
final class Names {
    static final Step<String, String> WITHOUT_POSSESSIVE = new Step<>("name without possessive");
    static final Step<String, String> LOOKUP = new Step<>("name lookup key");
    static final Step<String, String> LATIN = new Step<>("name in Latin script");
    static final Step<String, PersonNames> PERSON_NAMES = new Step<>("person's names");
    static final Step<String, List<String>> INITIALS = new Step<>("initials");
    static final Step<String, String> SLUG = new Step<>("slug");
    /** Read-only arrays of pairs; no caller changes them. */
    static final Step<EntityMerger.TypoBlock, int[]> TYPOS = new Step<>("typos in a block");

    private final Shortcuts shortcuts;

    Names(Shortcuts shortcuts) {
        this.shortcuts = shortcuts;
    }

    /** {@link NameKey#withoutPossessive}. */
    String withoutPossessive(String name) {
        return shortcuts.recall(WITHOUT_POSSESSIVE, name, NameKey::withoutPossessive);
    }

    /** {@link NameKey#lookup}. */
    String lookup(String name) {
        return shortcuts.recall(LOOKUP, name, NameKey::lookup);
    }

    /** {@link NameKey#latin}. */
    String latin(String name) {
        return shortcuts.recall(LATIN, name, NameKey::latin);
    }

    /** {@link PersonNames#of}. */
    PersonNames personNames(String name) {
        return shortcuts.recall(PERSON_NAMES, name, PersonNames::of);
    }

    /** {@link Acronyms#initialsOf}. */
    List<String> initials(String name) {
        return shortcuts.recall(INITIALS, name, Acronyms::initialsOf);
    }

    /** {@link EntityMerger.TypoBlock#typoPairs}. */
    int[] typos(EntityMerger.TypoBlock block) {
        return shortcuts.recall(TYPOS, block, EntityMerger.TypoBlock::typoPairs);
    }

    /** {@link Slugs#ofName}. */
    String slug(String name) {
        return shortcuts.recall(SLUG, name, Slugs::ofName);
    }
}
