/**
 * The site's own words: the message file of the site's language ({@code templates/messages/LANG.properties}),
 * with counts and dates written in it. Templates reach it through the {@code t} and {@code date} functions;
 * Java renderers that draw text themselves (the SVG drawings, the TimelineJS export) take a {@link
 * org.dossier.render.i18n.Messages} and ask it for every word. Imports {@code model} only.
 */
package org.dossier.render.i18n;
