/**
 * The timeline drawn from the dossier's {@link org.dossier.model.TimelineEntry} list, without templates
 * or I/O: {@link org.dossier.render.timeline.TimelineJsExport} writes the TimelineJS3 JSON
 * ({@code data/timeline.json}), {@link org.dossier.render.timeline.TimelineSvg} a compact SVG of the
 * whole period for the timeline page. Both are pure and deterministic; both escape every text they take
 * from the articles. Imports {@code model}, Jackson and {@code java.*}.
 */
package org.dossier.render.timeline;
