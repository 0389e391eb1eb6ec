package org.dossier.publish;

/** What publishing changed: files new or rewritten, files left as they were, files removed. */
public record PublishReport(int written, int unchanged, int removed) {}
