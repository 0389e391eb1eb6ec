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
 * <p>A preview's rebuilds share a {@link org.dossier.analyze.passages.PassageMemory}: each text's reading,
 * a vocabulary that outlasts a build ({@code VocabularyScope}) with each text's word ids, the shingle
 * table, each candidate pair's alignment ({@code PairAlignments}), the passages each component of linked
 * stretches gave ({@code ComponentKey}), each near passage's diffs and each article's and pair's share of
 * the sharing summary, so that a rebuild after an edit hashes, aligns, clusters and counts only what the
 * edit touched, and unchanged passages and diffs come back as the same objects. Grouping, pairing and
 * finding the components still run over the whole collection every build, as does looking each part up;
 * they give what a build without memory gives.
 *
 * <p>Also here: {@link org.dossier.analyze.passages.WordDiff} (what differs between two occurrences, as
 * model {@code DiffPart}s) and {@link org.dossier.analyze.passages.SharingSummaries} (the model's
 * {@code SharingSummary}: who shares how much with whom, and each passage's likely origin). Everything
 * is pure and deterministic; imports only {@code org.dossier.model}, {@code org.dossier.memo} and
 * {@code java.*}.
 */
package org.dossier.analyze.passages;
