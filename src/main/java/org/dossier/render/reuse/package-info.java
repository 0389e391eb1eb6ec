/**
 * The render's reuse between renders of one process (the preview's rebuilds), kept apart from the view code
 * of {@link org.dossier.render}, which it wraps: {@link org.dossier.render.reuse.PageCache} is the remembering
 * {@link org.dossier.render.RenderMemory}, and the build alone chooses it over the plain
 * {@link org.dossier.render.RenderMemory#none()}. A remembered render writes the same bytes as a fresh one
 * ({@code RememberedRenderTest}, {@code PageCacheTest}).
 *
 * <p>What it keeps, and by what key:
 * <ul>
 *   <li>Pages that list the whole dossier, by path, template and their variables (view records compared by
 *       value).</li>
 *   <li>Pages of one article or entity, by path and template, with every read their view made of the
 *       {@link org.dossier.render.DossierIndex} ({@link org.dossier.render.reuse.PageReads}, noted by a
 *       {@link org.dossier.render.reuse.RecordingIndex}): kept while the new index answers each read as
 *       before. The views of the items of a list page ({@link org.dossier.render.reuse.TrackedViews}) are
 *       kept the same way, by the item object.</li>
 *   <li>Marked-up blocks and the JSON export's items on the one memo API {@link org.dossier.memo.Memo}, keyed
 *       by their whole input compared by value; the search index's terms and scripts on the memos its
 *       {@link org.dossier.render.search.SearchIndex#remembering()} builder holds.</li>
 *   <li>The timeline's drawings, its TimelineJS export and the drawing of who shares with whom: the last one
 *       made, by what it is made from.</li>
 *   <li>The output of the templates' {@code {% cache fragment(item) %}} blocks
 *       ({@link org.dossier.render.reuse.FragmentCache}, which {@link org.dossier.render.Templates} owns), by
 *       page and view object.</li>
 * </ul>
 *
 * <p>What identity it relies on: a rebuild's unchanged parts are the last build's very objects (the build's
 * {@code StableParts} hands over a dossier made of them where equal). So most checks stop at {@code ==}: the
 * new index gathers again only what the objects that are not the last ones name (the index's own step,
 * {@code org.dossier.render.EditedParts}, checked against a fresh index by {@code EditedPartsTest}); an
 * index part still held by the new index answers its reads as before; an item view, a fragment's token and
 * a JSON item are found by the item object ({@link java.util.IdentityHashMap}); the last drawing is taken
 * when its inputs are the same objects. Each falls back to comparing by value where identity fails (a
 * fragment's token and a tracked view are made again instead), so identity speeds reuse up and never decides
 * what is written.
 */
package org.dossier.render.reuse;
