/**
 * Named entities: recognising names of people, organisations, places and other things in Dutch and
 * English text ({@link org.dossier.analyze.entities.EntityRecognizer}, shipped as the rule-based
 * {@link org.dossier.analyze.entities.RuleBasedRecognizer} over {@link org.dossier.analyze.entities.Gazetteers}),
 * merging their surface forms across spellings, scripts and articles into
 * {@link org.dossier.model.Entity} values, and the view data of a person's page. Pure: the gazetteers
 * are loaded once outside and passed in. {@link org.dossier.analyze.entities.EntityAnalysis} reads as
 * its method (read, gather evidence across the collection, read again, merge, build entities); where it
 * may take over work done before, it asks {@link org.dossier.analyze.entities.Shortcuts}, which the plain
 * analysis answers by doing the work, and the reuse layer ({@code analyze.entities.reuse}) from memory.
 * Steps whose input is an object made before (a form, a cluster, a draft's core) compare it by identity,
 * said by {@link org.dossier.analyze.entities.Same} in their keys.
 */
package org.dossier.analyze.entities;
