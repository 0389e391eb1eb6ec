package org.dossier.render.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;

/**
 * The entities with the names of their entries in the editor's file added to their aliases. An entity's
 * aliases list only the forms the text uses; a reader may search for any name the editor gave.
 */
public final class CatalogNames {
    private CatalogNames() {}

    public static Dossier added(Dossier dossier, EntityCatalog catalog) {
        if (catalog.entries().isEmpty()) return dossier;
        List<Entity> entities = new ArrayList<>(dossier.entities().size());
        boolean changed = false;
        for (Entity entity : dossier.entities()) {
            Entity named = withCatalogNames(entity, catalog);
            changed |= named != entity;
            entities.add(named);
        }
        if (!changed) return dossier;
        return new Dossier(dossier.articles(), dossier.passages(), dossier.sharing(), dossier.diffs(), entities,
                dossier.quotes(), dossier.events(), dossier.timeline()).withStructure(dossier.structure());
    }

    /** The entity with the names of the catalog entry of its type that shares a name with it (folded). */
    private static Entity withCatalogNames(Entity entity, EntityCatalog catalog) {
        Set<String> own = new LinkedHashSet<>();
        for (String name : entity.names()) own.add(Words.fold(name));
        for (EntityCatalog.Entry entry : catalog.entries()) {
            if (entry.type() != entity.type()) continue;
            if (entry.names().stream().noneMatch(n -> own.contains(Words.fold(n)))) continue;
            Set<String> aliases = new LinkedHashSet<>(entity.aliases());
            for (String name : entry.names()) {
                if (!own.contains(Words.fold(name))) aliases.add(name);
            }
            if (aliases.size() == entity.aliases().size()) return entity;
            return new Entity(entity.id(), entity.name(), entity.type(), List.copyOf(aliases), entity.description(),
                    entity.link(), entity.mentions(), entity.roles());
        }
        return entity;
    }
}
