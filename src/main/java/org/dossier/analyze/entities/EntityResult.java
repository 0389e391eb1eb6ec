package org.dossier.analyze.entities;

import java.util.List;
import org.dossier.model.Entity;
import org.dossier.model.Quote;

/**
 * What entity analysis finds in a dossier.
 *
 * @param entities  every entity with real evidence, by type (people first), then most mentioned, then id
 * @param quotes    quoted speech in reading order, with speakers resolved to entity ids
 * @param uncertain one line per name the editor may want to look at (console output): names with
 *                  nothing but a capital letter to them, bare surnames that fit several people
 */
public record EntityResult(List<Entity> entities, List<Quote> quotes, List<String> uncertain) {
    public EntityResult {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        uncertain = List.copyOf(uncertain);
    }
}
