/**
 * Reuse for the time analysis across the builds of one process (a preview's rebuilds): {@link
 * org.dossier.analyze.time.reuse.RememberedTimeline} runs {@link org.dossier.analyze.time.TimelineAnalysis}
 * through steps that remember their results in {@link org.dossier.memo.Memo}s, each keyed by a record of
 * everything the step reads. The analysis itself knows nothing of this package nor of the memo.
 */
package org.dossier.analyze.time.reuse;
