/**
 * Shared passages: text that two or more articles carry verbatim or nearly so, found at the grain of
 * whole blocks and of runs of sentences inside otherwise different blocks.
 *
 * <p>How it works, in order ({@link org.dossier.analyze.passages.PassageFinder} runs it):
 * prose blocks are cut into normalised words ({@code WordTokens}: case, diacritics, quotation marks,
 * hyphenation and whitespace do not count); blocks with identical words are grouped once
 * ({@code BlockClass}); hashed word shingles go into a table of where each stands ({@code ShingleTable})
 * so that only blocks sharing a shingle are ever compared ({@code ShingleIndex}), each shingle occurrence
 * with a bounded number of others, which keeps the cost about linear in the collection; every candidate
 * pair is aligned from its longest shared run outward with a word-level diff that fixes each span's
 * bounds ({@code PairAligner}); overlapping stretches are clustered into passages ({@code PassageAssembler}).
 *
 * <p>The steps that read one text, article, pair or component are named by {@link
 * org.dossier.analyze.passages.PassageSteps} and {@link org.dossier.analyze.passages.VocabularySteps}
 * (the vocabulary a find reads its words into); the analyses run through them. A preview's rebuilds run
 * them through {@code org.dossier.analyze.passages.reuse}, which remembers their results and keeps the
 * vocabulary and its shingle table from build to build, so that a rebuild hashes, aligns, clusters and
 * counts only what an edit touched, pairs again only the shingles of the classes it touched ({@link
 * org.dossier.analyze.passages.VocabularySteps#pairs}, one shingle at a time by {@code ShingleIndex.pairShingle})
 * and links again only the components an edit reached ({@link org.dossier.analyze.passages.VocabularySteps#link},
 * {@code PassageAssembler.link} of some classes). Grouping blocks into classes still runs over the whole
 * collection every build. This package knows nothing of that reuse.
 *
 * <p>Also here: {@link org.dossier.analyze.passages.WordDiff} (what differs between two occurrences, as
 * model {@code DiffPart}s) and {@link org.dossier.analyze.passages.SharingSummaries} (the model's
 * {@code SharingSummary}: who shares how much with whom, and each passage's likely origin). Everything
 * is pure and deterministic; imports only {@code org.dossier.model}, {@code org.dossier.text} and
 * {@code java.*}.
 */
package org.dossier.analyze.passages;
