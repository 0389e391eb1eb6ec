/**
 * Reuse for passage finding, passage diffs and the sharing summary across the builds of one process (a
 * preview's rebuilds): {@link org.dossier.analyze.passages.reuse.RememberedPassages} runs the plain
 * analyses of {@code org.dossier.analyze.passages} through steps that remember their results in {@link
 * org.dossier.memo.Memo}s, keyed by what each step reads, and keeps a vocabulary and its shingle table
 * (the incremental index), the classes of blocks (made again only for the articles an edit changed), the
 * pairs of classes they give (redone only for the classes an edit touched), the components of linked
 * stretches (linked again only where an edit reached) and the fates of stock phrases (judged again only
 * where an edit may have changed them) from build to build ({@link
 * org.dossier.analyze.passages.reuse.RememberedVocabulary}); the sharing summary is counted again where an
 * edit reached ({@code RememberedSharing}).
 * Where a key compares by identity, its type says so ({@link org.dossier.analyze.passages.reuse.Same}); where
 * reuse compares the classes or drafts of two builds by identity, the class that keeps them says so and its
 * test checks the result against a whole find. The
 * analyses themselves know nothing of this package nor of the memo.
 */
package org.dossier.analyze.passages.reuse;
