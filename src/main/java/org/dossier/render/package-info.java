/**
 * From the finished {@link org.dossier.model.Dossier} to pages: view records that templates read,
 * the Pebble engine over the user's {@code templates/} folder and its extension, the marking of
 * passages, mentions and quotes inside block HTML, and the JSON export. Reads the model; never changes it.
 */
package org.dossier.render;
