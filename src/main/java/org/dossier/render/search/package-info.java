/**
 * The site's search index: the dossier's articles, paragraphs, entities and timeline entries cut into
 * words, folded (case, diacritics) and stemmed (Snowball Dutch and English), laid out as small script
 * files that {@code assets/search.js} loads with {@code <script>} tags, so search works from disk and on
 * any host without {@code fetch()}. Imports the model, the memo and the Snowball stemmers only.
 */
package org.dossier.render.search;
