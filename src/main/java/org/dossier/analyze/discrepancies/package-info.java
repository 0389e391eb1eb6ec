/**
 * Where reports of the same thing disagree on a fact: two versions of a near-copy passage, two reports
 * of one timeline entry, one quote given to two speakers. Facts are numbers (amounts in any of the
 * written forms of one value are equal), dates, names and places (by entity, so spelling variants the
 * entity analysis merged are equal). Pure; reads only the model.
 */
package org.dossier.analyze.discrepancies;
