/**
 * Text as ingest and analysis both cut and name it: sentences ({@link org.dossier.text.Sentences}), slugs
 * ({@link org.dossier.text.Slugs}), ids derived from content ({@link org.dossier.text.StableIds}),
 * stretches of a text ({@link org.dossier.text.TextRange}) and Cyrillic spelled in Latin letters ({@link
 * org.dossier.text.Transliteration}). One home for each, so that an article's address, an entity's, an
 * anchor and an event id are made by one piece of code each. Pure; imports {@code java.*} only.
 */
package org.dossier.text;
