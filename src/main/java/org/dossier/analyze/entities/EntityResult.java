package org.dossier.analyze.entities;

import java.util.List;
import org.dossier.model.Entity;

/**
 * What entity analysis finds in a dossier (its quotes are the quote analysis's, which reads these entities).
 *
 * @param entities  every entity with real evidence, by type (people first), then most mentioned, then id
 * @param uncertain one line per name the editor may want to look at (console output): names with
 *                  nothing but a capital letter to them, bare surnames that fit several people
 */
public record EntityResult(List<Entity> entities, List<String> uncertain) {
    public EntityResult {
        entities = List.copyOf(entities);
        uncertain = List.copyOf(uncertain);
    }
}
