package org.dossier.model;

/**
 * A person or organisation in the network of who is named with whom.
 *
 * @param entity   the entity's id
 * @param mentions how often the dossier names it
 */
public record NetworkNode(String entity, EntityType type, int mentions) {
    public NetworkNode {
        Checks.notBlank(entity, "entity");
        Checks.notNull(type, "type");
        Checks.atLeast(mentions, 0, "mentions");
    }
}
