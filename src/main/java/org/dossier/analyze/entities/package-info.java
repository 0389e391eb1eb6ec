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
 * names it has not seen. Merging keeps the last build's forms ({@code CollectionForms}) and makes again
 * only those named in changed articles; a block of people's names, a cluster, a draft's core and an
 * entity whose inputs are the same objects as last build's come back as they were. What still runs over
 * every form or draft in each build is light: numbering forms, joining, ordering clusters, giving ids.
 */
package org.dossier.analyze.entities;
