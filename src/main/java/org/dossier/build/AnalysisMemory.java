package org.dossier.build;

import org.dossier.analyze.entities.EntityMemory;
import org.dossier.analyze.passages.PassageMemory;
import org.dossier.analyze.time.TimeMemory;

/**
 * What each analysis keeps from one build to the next, gathered so that {@link Analysis} can hand each
 * its own and end the build for all of them at once. The analyses' results do not depend on it.
 */
final class AnalysisMemory {
    final PassageMemory passages;
    final EntityMemory entities;
    final TimeMemory time;

    private AnalysisMemory(PassageMemory passages, EntityMemory entities, TimeMemory time) {
        this.passages = passages;
        this.entities = entities;
        this.time = time;
    }

    static AnalysisMemory remembering() {
        return new AnalysisMemory(PassageMemory.remembering(), EntityMemory.remembering(), TimeMemory.remembering());
    }

    static AnalysisMemory none() {
        return new AnalysisMemory(PassageMemory.none(), EntityMemory.none(), TimeMemory.none());
    }

    /** Ends a build: each memory forgets what that build did not use. */
    void endBuild() {
        passages.endBuild();
        entities.endBuild();
        time.endBuild();
    }
}
