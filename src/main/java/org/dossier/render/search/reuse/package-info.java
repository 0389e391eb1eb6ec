/**
 * The search index kept from one build to the next (the preview's rebuilds): each article's, entity's and
 * timeline entry's terms, and the index's postings, word forms and compounds, updated only where a searchable
 * thing changed, so that a rebuild makes again only the files of the words an edit touched. Gives the same
 * files, byte for byte, as the plain {@link org.dossier.render.search.SearchIndex}; reached only by the render's
 * reuse layer.
 */
package org.dossier.render.search.reuse;
