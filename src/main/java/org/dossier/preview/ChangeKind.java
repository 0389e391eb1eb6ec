package org.dossier.preview;

/** What a changed path is to the build, and so what a rebuild must redo. */
public enum ChangeKind {
    /** A seed article: read that seed again, then analyse, render and publish. */
    SEED,
    /** The editor's entity list or the dossier's settings beside the seeds: analyse and render again. */
    ENTITIES,
    /** A Pebble template: every page may change, so render every page again. */
    TEMPLATE,
    /** A file under {@code templates/assets/}: copied into the site as it is. */
    ASSET,
    /** Not an input of the build: hidden files, editor backups and swap files, anything outside the inputs. */
    IGNORED
}
