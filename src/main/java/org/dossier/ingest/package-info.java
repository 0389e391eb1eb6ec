/**
 * Reading seeds: finding them (in a stable order), decoding them strictly, front matter and headers,
 * one reader per format ({@code .txt}, {@code .md}, {@code .html}), sanitising markup, and cutting the
 * result into sections and blocks with stable ids. Every reader returns the article and diagnostics that
 * name the file and line; nothing here throws for bad input.
 */
package org.dossier.ingest;
