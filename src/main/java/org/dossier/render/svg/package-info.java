/**
 * Drawings made at build time as SVG strings: no script, every text escaped, the same bytes for the
 * same input, and accessible (a title, a description, {@code role="img"}). Reads only the model.
 */
package org.dossier.render.svg;
