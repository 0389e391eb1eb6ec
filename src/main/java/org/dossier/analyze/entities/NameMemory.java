package org.dossier.analyze.entities;

import java.util.List;
import org.dossier.memo.Memo;
import org.dossier.text.Slugs;

/**
 * The pure work on single names that merging and building entities would otherwise repeat in every
 * build: the keys, spellings and splits of each distinct name, remembered by the name, and the typos
 * among each block of similar long names, remembered by the block's names. A collection has tens of
 * thousands of distinct names and an edit changes a handful, so a rebuild works out only those.
 * {@link #none()} remembers nothing and computes each time, which is what a one-off build does.
 */
final class NameMemory {
    private final Memo<String, String> withoutPossessive;
    private final Memo<String, String> lookup;
    private final Memo<String, String> latin;
    private final Memo<String, PersonNames> personNames;
    private final Memo<String, List<String>> initials;
    private final Memo<String, String> slugs;
    /** Read-only arrays of pairs; no caller changes them. */
    private final Memo<EntityMerger.TypoBlock, int[]> typos;

    private NameMemory(boolean remembering) {
        this.withoutPossessive = remembering ? Memo.remembering() : Memo.none();
        this.lookup = remembering ? Memo.remembering() : Memo.none();
        this.latin = remembering ? Memo.remembering() : Memo.none();
        this.personNames = remembering ? Memo.remembering() : Memo.none();
        this.initials = remembering ? Memo.remembering() : Memo.none();
        this.slugs = remembering ? Memo.remembering() : Memo.none();
        this.typos = remembering ? Memo.remembering() : Memo.none();
    }

    static NameMemory remembering() {
        return new NameMemory(true);
    }

    static NameMemory none() {
        return new NameMemory(false);
    }

    /** Keeps only the names the build just finished asked about. */
    void endBuild() {
        withoutPossessive.endBuild();
        lookup.endBuild();
        latin.endBuild();
        personNames.endBuild();
        initials.endBuild();
        slugs.endBuild();
        typos.endBuild();
    }

    /** {@link NameKey#withoutPossessive}. */
    String withoutPossessive(String name) {
        return withoutPossessive.get(name, NameKey::withoutPossessive);
    }

    /** {@link NameKey#lookup}. */
    String lookup(String name) {
        return lookup.get(name, NameKey::lookup);
    }

    /** {@link NameKey#latin}. */
    String latin(String name) {
        return latin.get(name, NameKey::latin);
    }

    /** {@link PersonNames#of}. */
    PersonNames personNames(String name) {
        return personNames.get(name, PersonNames::of);
    }

    /** {@link Acronyms#initialsOf}. */
    List<String> initials(String name) {
        return initials.get(name, Acronyms::initialsOf);
    }

    /** {@link EntityMerger.TypoBlock#typoPairs}. */
    int[] typos(EntityMerger.TypoBlock block) {
        return typos.get(block, EntityMerger.TypoBlock::typoPairs);
    }

    /** {@link Slugs#ofName}. */
    String slug(String name) {
        return slugs.get(name, Slugs::ofName);
    }
}
