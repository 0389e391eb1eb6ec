package org.dossier.model;

import java.util.List;
import java.util.Optional;

/**
 * A person, organisation, place or other named thing, with every surface form merged into it.
 *
 * @param id          stable slug
 * @param name        canonical name
 * @param aliases     every other surface form merged into it
 * @param description one line from the editor's file, if any
 * @param link        a link from the editor's file (e.g. Wikidata), if any
 * @param mentions    where it is named, in article and reading order
 * @param roles       roles and titles the text gives it ("president", "Russisch president"), most
 *                    frequent first; empty for entities that are not people
 */
public record Entity(
        String id,
        String name,
        EntityType type,
        List<String> aliases,
        Optional<String> description,
        Optional<String> link,
        List<Mention> mentions,
        List<String> roles) {
    public Entity {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
        Checks.notNull(type, "type");
        aliases = Checks.copy(aliases, "aliases");
        Checks.notNull(description, "description");
        Checks.notNull(link, "link");
        link.ifPresent(url -> {
            if (!LinkRule.allows(url, LinkRule.WEB)) throw new IllegalArgumentException("link " + LinkRule.problem(url, LinkRule.WEB).get());
        });
        mentions = Checks.copy(mentions, "mentions");
        roles = Checks.copy(roles, "roles");
    }

    /** The canonical name followed by every alias. */
    public List<String> names() {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /** An entity without roles, as code written before roles existed builds it. */
    public Entity(String id, String name, EntityType type, List<String> aliases,
                  Optional<String> description, Optional<String> link, List<Mention> mentions) {
        this(id, name, type, aliases, description, link, mentions, List.of());
    }
}
