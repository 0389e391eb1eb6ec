package org.dossier.analyze.network.reuse;

import java.util.List;
import org.dossier.analyze.network.NetworkAnalysis;
import org.dossier.model.Entity;
import org.dossier.model.Network;

/**
 * {@link NetworkAnalysis#of} from one build to the next: the network depends on the entities alone, so when
 * they equal last build's (most edits leave every entity as it was, and the build hands over the very same
 * entity objects, which compare at once) last build's network is the answer. Not thread-safe: one build at
 * a time.
 */
public final class RememberedNetwork {
    private List<Entity> lastEntities;
    private Network lastNetwork;

    /** The network {@link NetworkAnalysis#of} draws. */
    public Network of(List<Entity> entities) {
        if (!entities.equals(lastEntities)) {
            lastNetwork = NetworkAnalysis.of(entities);
            lastEntities = entities;
        }
        return lastNetwork;
    }
}
