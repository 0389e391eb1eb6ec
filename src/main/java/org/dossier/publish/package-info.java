/**
 * Writing the site: every file goes into a staging folder beside the output folder, which replaces the
 * output folder only when the whole build succeeded. A failed build therefore leaves the previous site
 * exactly as it was, and files whose bytes did not change keep their modification time.
 */
package org.dossier.publish;
