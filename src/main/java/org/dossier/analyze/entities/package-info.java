/**
 * Named entities: recognising names of people, organisations, places and other things in Dutch and
 * English text ({@link org.dossier.analyze.entities.EntityRecognizer}, shipped as the rule-based
 * {@link org.dossier.analyze.entities.RuleBasedRecognizer} over {@link org.dossier.analyze.entities.Gazetteers}),
 * merging their surface forms across spellings, scripts and articles into
 * {@link org.dossier.model.Entity} values, and the view data of a person's page. Pure: the gazetteers
 * are loaded once outside and passed in. An {@link org.dossier.analyze.entities.EntityMemory} lets the
 * next build in the same process read again only the texts that changed or whose collection evidence
 * changed (each text's evidence is a contribution to running counts; its second reading records the
 * evidence keys it asked about), keep each unchanged article's occurrences of names (so that mentions
 * and quote keys are the same objects as last build), and work out the keys and splits of only the
 * names it has not seen. Merging and building entities run over the whole collection in every build.
 */
package org.dossier.analyze.entities;
