/**
 * Quotes from one build to the next in the same process (the preview's rebuilds): the plain
 * {@link org.dossier.analyze.quotes.QuoteAnalysis} with each article's quotes kept under everything they
 * are made from. Results are those of the plain analysis; the analysis itself knows nothing of this package.
 */
package org.dossier.analyze.quotes.reuse;
