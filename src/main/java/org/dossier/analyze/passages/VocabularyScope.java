package org.dossier.analyze.passages;

import java.util.List;
import org.dossier.memo.Memo;
import org.dossier.model.Passage;

/**
 * A vocabulary that lasts for a series of builds, with what was worked out in its ids: each text's
 * words, where each shingle stands, each candidate pair's alignment, and the passages each component of
 * linked stretches gave. Word ids are only meaningful
 * within one vocabulary, so results that hold or are keyed by ids live and die with it. Results do not
 * depend on which id a word has, only on equal words having equal ids, so builds that share a
 * vocabulary find what builds with their own would.
 *
 * <p>A vocabulary only grows: it keeps the words of texts that were edited away. Once it holds more than
 * twice the words it had after its first build, {@link PassageMemory} starts a new scope, so a long
 * preview session holds about the words of its current seeds.
 */
final class VocabularyScope {
    final Vocabulary vocabulary = new Vocabulary();
    /** Each prose text's content words, by the text. */
    final Memo<String, TextWords> words;
    /** Each article's words, by its reading (the same object while the article is the same; see {@link ArticleReading#words}). */
    final Memo<Same<ArticleReading>, TextWords[]> articleWords;
    /** Each candidate pair's alignment, by what it reads (see {@link PairAlignments}). */
    final Memo<PairAlignments.Key, int[]> alignments;
    /** Each component of linked stretches split into passages, by what the split reads (see {@link ComponentKey}). */
    final Memo<ComponentKey, List<PassageAssembler.Draft>> drafts;
    /** Each draft's passage, by the draft and the id it was given, so that unchanged passages are the same objects. */
    final Memo<PassageAssembler.Named, Passage> passages;
    private ShingleTable shingles;
    private int sizeAfterFirstBuild = -1;

    private VocabularyScope(boolean remembering) {
        this.words = remembering ? Memo.remembering() : Memo.none();
        this.articleWords = remembering ? Memo.remembering() : Memo.none();
        this.alignments = remembering ? Memo.remembering() : Memo.none();
        this.drafts = remembering ? Memo.remembering() : Memo.none();
        this.passages = remembering ? Memo.remembering() : Memo.none();
    }

    static VocabularyScope remembering() {
        return new VocabularyScope(true);
    }

    /** A scope for one build only. */
    static VocabularyScope none() {
        return new VocabularyScope(false);
    }

    /** The content words of a text, read into this vocabulary's ids once. */
    TextWords words(String text, ProseReading reading) {
        return words.get(text, t -> TextWords.of(reading, vocabulary));
    }

    /** Where the shingles of this size stand, as earlier builds left it unless it has outgrown its use. */
    ShingleTable shingles(int shingleSize) {
        if (shingles == null || shingles.shingleSize() != shingleSize || shingles.outgrown()) shingles = new ShingleTable(shingleSize);
        return shingles;
    }

    /** Whether the vocabulary has grown so much since its first build that starting afresh is worth it. */
    boolean outgrown() {
        return sizeAfterFirstBuild >= 0 && vocabulary.size() > 2 * Math.max(sizeAfterFirstBuild, 1000);
    }

    void endBuild() {
        if (sizeAfterFirstBuild < 0) sizeAfterFirstBuild = vocabulary.size();
        words.endBuild();
        articleWords.endBuild();
        alignments.endBuild();
        drafts.endBuild();
        passages.endBuild();
    }
}
