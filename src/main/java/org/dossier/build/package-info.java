/**
 * The pipeline: ingest every seed, analyse the collection, render every page, publish. {@link
 * org.dossier.build.DossierBuild#run} is the one place that knows the order.
 */
package org.dossier.build;
