package org.dossier.analyze.discrepancies.reuse;

import java.util.List;
import org.dossier.analyze.discrepancies.DiscrepancyAnalysis;
import org.dossier.memo.Memo;
import org.dossier.model.Discrepancy;
import org.dossier.model.Dossier;
import org.dossier.model.QuoteGroup;

/**
 * {@link DiscrepancyAnalysis#of} with each subject's findings kept from one build to the next: a subject
 * whose versions (their spans, block texts, mentions, the types of the entities named and the order of their
 * articles) are as last build's is not compared again. Numbering is redone whole; it is cheap. Not
 * thread-safe: one build at a time.
 */
public final class RememberedDiscrepancies {
    private final Memo<DiscrepancyAnalysis.Subject, List<DiscrepancyAnalysis.Finding>> findings = Memo.remembering();

    /** The discrepancies {@link DiscrepancyAnalysis#of} finds, comparing only the subjects whose versions changed. */
    public List<Discrepancy> of(Dossier dossier, List<QuoteGroup> quoteGroups) {
        List<DiscrepancyAnalysis.Subject> subjects = DiscrepancyAnalysis.subjectsOf(dossier);
        List<List<DiscrepancyAnalysis.Finding>> found = subjects.stream()
                .map(subject -> findings.get(subject, DiscrepancyAnalysis::findingsOf)).toList();
        return DiscrepancyAnalysis.numbered(subjects, found, dossier, quoteGroups);
    }

    /** Ends a build: keeps only the subjects it asked about. */
    public void endBuild() {
        findings.endBuild();
    }
}
