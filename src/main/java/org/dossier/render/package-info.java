/**
 * From the finished {@link org.dossier.model.Dossier} to pages: view records that templates read,
 * the Pebble engine over the user's {@code templates/} folder and its extension, the marking of
 * passages, mentions and quotes inside block HTML, and the JSON export. Reads the model; never changes it.
 *
 * <p>What a render may take from an earlier one goes through one seam, {@link org.dossier.render.RenderMemory}:
 * the view code names the plain work, and {@link org.dossier.render.RenderMemory#none()} just does it. The
 * remembering side lives in {@link org.dossier.render.reuse}, which only the build (and {@link
 * org.dossier.render.Templates}, for the fragment cache of Pebble's {@code cache} tag) reaches.
 */
package org.dossier.render;
