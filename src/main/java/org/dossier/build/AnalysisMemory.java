package org.dossier.build;

import org.dossier.analyze.entities.EntityMemory;
import org.dossier.analyze.passages.PassageMemory;
import org.dossier.analyze.time.TimeMemory;
import org.dossier.model.Dossier;

/**
 * What each analysis keeps from one build to the next, gathered so that {@link Analysis} can hand each
 * its own and end the build for all of them at once. The analyses' results do not depend on it.
 */
final class AnalysisMemory {
    final PassageMemory passages;
    final EntityMemory entities;
    final TimeMemory time;
    /** The last dossier, whose equal parts the next one takes over; null when nothing is remembered. */
    private final StableParts stableParts;

    private AnalysisMemory(PassageMemory passages, EntityMemory entities, TimeMemory time, StableParts stableParts) {
        this.passages = passages;
        this.entities = entities;
        this.time = time;
        this.stableParts = stableParts;
    }

    static AnalysisMemory remembering() {
        return new AnalysisMemory(PassageMemory.remembering(), EntityMemory.remembering(), TimeMemory.remembering(),
                new StableParts());
    }

    static AnalysisMemory none() {
        return new AnalysisMemory(PassageMemory.none(), EntityMemory.none(), TimeMemory.none(), null);
    }

    /** The dossier, made of the last build's objects wherever they are equal; as it is when nothing is remembered. */
    Dossier stable(Dossier dossier) {
        return stableParts == null ? dossier : stableParts.reuseEqual(dossier);
    }

    /** Ends a build: each memory forgets what that build did not use. */
    void endBuild() {
        passages.endBuild();
        entities.endBuild();
        time.endBuild();
    }
}
