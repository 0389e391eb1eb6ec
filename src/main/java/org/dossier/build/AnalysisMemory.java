package org.dossier.build;

import java.util.List;
import org.dossier.analyze.entities.EntityMemory;
import org.dossier.analyze.passages.PassageDiffs;
import org.dossier.analyze.passages.PassageFinder;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.analyze.passages.SharingSummaries;
import org.dossier.analyze.passages.reuse.RememberedPassages;
import org.dossier.analyze.time.TimelineAnalysis;
import org.dossier.analyze.time.TimelineResult;
import org.dossier.analyze.time.reuse.RememberedTimeline;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.SharingSummary;

/**
 * What each analysis keeps from one build to the next, gathered so that {@link Analysis} can hand each
 * its own and end the build for all of them at once. The analyses' results do not depend on it.
 */
final class AnalysisMemory {
    /** Passages, their diffs and the sharing summary of the last build; null when nothing is remembered. */
    private final RememberedPassages passages;
    final EntityMemory entities;
    /** The time analysis of the last build; null when nothing is remembered. */
    private final RememberedTimeline time;
    /** The last dossier, whose equal parts the next one takes over; null when nothing is remembered. */
    private final StableParts stableParts;

    private AnalysisMemory(RememberedPassages passages, EntityMemory entities, RememberedTimeline time, StableParts stableParts) {
        this.passages = passages;
        this.entities = entities;
        this.time = time;
        this.stableParts = stableParts;
    }

    static AnalysisMemory remembering() {
        return new AnalysisMemory(new RememberedPassages(PassageSettings.defaults()), EntityMemory.remembering(),
                new RememberedTimeline(), new StableParts());
    }

    static AnalysisMemory none() {
        return new AnalysisMemory(null, EntityMemory.none(), null, null);
    }

    /** The dossier, made of the last build's objects wherever they are equal; as it is when nothing is remembered. */
    Dossier stable(Dossier dossier) {
        return stableParts == null ? dossier : stableParts.reuseEqual(dossier);
    }

    /** Ends a build: each memory forgets what that build did not use. */
    void endBuild() {
        if (passages != null) passages.endBuild();
        entities.endBuild();
        if (time != null) time.endBuild();
    }

    // Passages and time: the plain analyses when nothing is remembered, else their reuse layers, which give the same.

    List<Passage> findPassages(List<Article> articles) {
        return passages == null ? new PassageFinder(PassageSettings.defaults()).find(articles) : passages.find(articles);
    }

    List<PassageDiff> diffs(List<Passage> found) {
        return passages == null ? PassageDiffs.of(found) : passages.diffs(found);
    }

    SharingSummary sharing(List<Article> dated, List<Passage> found) {
        return passages == null ? SharingSummaries.of(dated, found) : passages.sharing(dated, found);
    }

    TimelineAnalysis.Dated date(List<Article> articles, List<Passage> found) {
        return time == null ? TimelineAnalysis.date(articles, found) : time.date(articles, found);
    }

    TimelineResult place(TimelineAnalysis.Dated dated, List<Passage> found, List<Entity> entities) {
        return time == null ? TimelineAnalysis.place(dated, found, entities) : time.place(dated, found, entities);
    }
}
