/**
 * Time in the articles: temporal expressions in Dutch and English found in block text and resolved
 * against the article's date ({@link org.dossier.analyze.time.TimeExpressions}; the rules, by kind, in
 * {@code AbsoluteDateRules}, {@code RelativeDateRules}, {@code PeriodDateRules}, {@code HolidayRules} and
 * {@code NumericDateRules}), counts from a happening the article dated itself ({@code EventAnchors}),
 * reprinted passages read as their earliest copy ({@link org.dossier.analyze.time.PassageLending}), articles without a
 * date dated from their content or from a shared passage ({@link org.dossier.analyze.time.ArticleDating}),
 * the events those expressions date ({@link org.dossier.analyze.time.EventExtraction}) and their
 * grouping into timeline entries ({@link org.dossier.analyze.time.TimelineGrouping}).
 * {@link org.dossier.analyze.time.TimelineAnalysis} is the one entry point for the pipeline.
 * Pure: functions from model to model, no I/O, no clock; imports {@code model}, {@code text} and
 * {@code java.*} only. The steps that read one text, article, entity or date are named by {@link
 * org.dossier.analyze.time.TimelineSteps}, through which a rebuild reuses the last build's results
 * ({@code org.dossier.analyze.time.reuse}); this package knows nothing of that reuse.
 */
package org.dossier.analyze.time;
