package org.dossier.analyze.quotes;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;

/**
 * What the speaker resolver reads of an entity: its id, type and roles. Compared by value; written out
 * rather than a record because every article's quote key compares the speakers it names in each build,
 * and a plain comparison of three fields is much cheaper than a record's generated one.
 */
public final class Speaker {
    private final String id;
    private final EntityType type;
    private final List<String> roles;
    private final int hash;

    private Speaker(String id, EntityType type, List<String> roles) {
        this.id = id;
        this.type = type;
        this.roles = roles;
        this.hash = Objects.hash(id, type, roles);
    }

    static Speaker of(Entity entity) {
        return new Speaker(entity.id(), entity.type(), entity.roles());
    }

    String id() {
        return id;
    }

    EntityType type() {
        return type;
    }

    List<String> roles() {
        return roles;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Speaker other && hash == other.hash && type == other.type
                && id.equals(other.id) && roles.equals(other.roles);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return id + " (" + type + ", " + roles + ")";
    }
}
