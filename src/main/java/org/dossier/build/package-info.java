/**
 * The pipeline: ingest every seed, analyse the collection, render every page, publish. {@link
 * org.dossier.build.DossierBuild#run} is the one place that knows the order. A {@link
 * org.dossier.build.BuildMemory} lets a series of builds in one process (the preview) reuse what did not
 * change: seeds read, what each analysis worked out per text, pages rendered, files published.
 */
package org.dossier.build;
