/**
 * Reading seeds: finding them (in a stable order), decoding them strictly, front matter and headers,
 * one reader per format ({@code .txt}, {@code .md}, {@code .html}), sanitising markup, and cutting the
 * result into sections and blocks with stable ids; also the editor's {@code entities.yml}, and a cache of
 * seeds already read for the preview's rebuilds. Every reader returns its result and diagnostics that
 * name the file and line; nothing here throws for bad input.
 */
package org.dossier.ingest;
