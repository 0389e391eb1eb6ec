package org.dossier.analyze.quotes;

/**
 * Quoted words in a block's text: the marks stand at {@code open} and {@code close}; the words, without
 * the marks and surrounding spaces, are {@code start} to {@code end}.
 */
record QuotedSpan(int open, int close, int start, int end) {}
