/**
 * Writing the site: every file goes into a staging folder beside the output folder, which replaces the
 * output folder only when the whole build succeeded. A failed build therefore leaves the previous site
 * exactly as it was, and files whose bytes did not change keep their modification time. For the
 * preview's rebuilds, {@link org.dossier.publish.InPlaceSite} updates a folder this process published
 * (and still knows byte for byte) file by file, writing only the files that changed.
 * {@link org.dossier.publish.SwapRecovery} puts right what a build killed during its swap left behind,
 * before the next build starts; an output path that is a symbolic link is published where it points.
 */
package org.dossier.publish;
