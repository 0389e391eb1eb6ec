/**
 * The preview behind {@code serve}: an HTTP server on the loopback interface over the output folder,
 * a watcher on the seeds and templates folders, a pure {@link org.dossier.preview.ChangeClassifier} that
 * says what a changed path affects, incremental rebuilds through {@link org.dossier.build.BuildMemory},
 * and live reload with an error overlay. The reload hook is added to pages as they are sent; the files
 * that builds write never contain it. The server is its own bounded accept loop
 * ({@link org.dossier.preview.PreviewServer}): a Host check against DNS rebinding, a time limit for each
 * request head and answer, a bounded number of request threads.
 */
package org.dossier.preview;
