/**
 * Entity analysis from one build to the next in the same process (the preview's rebuilds): the plain
 * {@link org.dossier.analyze.entities.EntityAnalysis}, given {@link org.dossier.analyze.entities.Shortcuts}
 * that keep each step's results in a {@link org.dossier.memo.Memo} keyed by the step's whole input, and
 * the recogniser's readings and evidence in a {@link org.dossier.analyze.entities.reuse.RecognitionMemory}
 * (each text's evidence is a contribution to running counts; its second reading records the evidence keys
 * it asked about, so only texts whose keys changed are read again). Results are those of the plain
 * analysis; the analysis knows nothing of this package.
 */
package org.dossier.analyze.entities.reuse;
