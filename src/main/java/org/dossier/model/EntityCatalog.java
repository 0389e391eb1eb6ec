package org.dossier.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The editor's file of entities ({@code seeds/entities.yml}): what the editor knows better than the
 * recogniser. Entries fix an entity's canonical name, type and aliases and add a description and a
 * link; {@code ignored} lists surface forms that must never become an entity.
 */
public record EntityCatalog(List<Entry> entries, List<String> ignored) {

    /**
     * One entity the editor describes.
     *
     * @param name        the canonical name shown on pages
     * @param type        what the entity is
     * @param aliases     other surface forms (spellings, abbreviations, handles) that mean it
     * @param description one line about it, if given
     * @param link        a link about it (e.g. Wikidata), if given
     * @param location    where the entry stands in the editor's file, for messages
     */
    public record Entry(String name, EntityType type, List<String> aliases, Optional<String> description,
                        Optional<String> link, SourceLocation location) {
        public Entry {
            Checks.notBlank(name, "name");
            Checks.notNull(type, "type");
            aliases = Checks.copy(aliases, "aliases");
            Checks.notNull(description, "description");
            Checks.notNull(link, "link");
            link.ifPresent(url -> {
                if (!LinkRule.allows(url, LinkRule.WEB)) throw new IllegalArgumentException("link " + LinkRule.problem(url, LinkRule.WEB).get());
            });
            Checks.notNull(location, "location");
        }

        /** The canonical name followed by every alias. */
        public List<String> names() {
            return Stream.concat(Stream.of(name), aliases.stream()).toList();
        }
    }

    public EntityCatalog {
        entries = Checks.copy(entries, "entries");
        ignored = Checks.copy(ignored, "ignored");
    }

    /** The catalog of a dossier without an editor's file. */
    public static EntityCatalog empty() {
        return new EntityCatalog(List.of(), List.of());
    }
}
