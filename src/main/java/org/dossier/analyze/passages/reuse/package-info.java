/**
 * Reuse for passage finding, passage diffs and the sharing summary across the builds of one process (a
 * preview's rebuilds): {@link org.dossier.analyze.passages.reuse.RememberedPassages} runs the plain
 * analyses of {@code org.dossier.analyze.passages} through steps that remember their results in {@link
 * org.dossier.memo.Memo}s, keyed by what each step reads, and keeps a vocabulary and its shingle table
 * (the incremental index), the pairs of classes it gives (redone only for the classes an edit touched) and
 * the components of linked stretches (linked again only where an edit reached) from build to build ({@link
 * org.dossier.analyze.passages.reuse.RememberedVocabulary}); the sharing summary is counted again where an
 * edit reached ({@code RememberedSharing}).
 * Where a key compares by identity, its type says so ({@link org.dossier.analyze.passages.reuse.Same}). The
 * analyses themselves know nothing of this package nor of the memo.
 */
package org.dossier.analyze.passages.reuse;
