/**
 * The discrepancies kept from one build to the next: each subject's findings (a near passage's or a
 * timeline entry's versions compared pairwise) by all that they depend on, so that a rebuild compares again
 * only the subjects whose versions changed.
 */
package org.dossier.analyze.discrepancies.reuse;
