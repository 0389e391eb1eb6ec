package org.dossier.ingest;

import org.yaml.snakeyaml.LoaderOptions;

/**
 * What Dossier accepts of a YAML text (front matter, {@code entities.yml}), so that a hostile file gets a
 * clear error instead of taking the build's memory or stack: at most 3 MiB, 50 levels of nesting, and 50
 * aliases of lists or maps (an "alias bomb" repeats a list through aliases until it fills memory).
 */
final class YamlLimits {
    static final int MAX_CHARACTERS = 3 * 1024 * 1024;
    static final int MAX_NESTING = 50;
    static final int MAX_COLLECTION_ALIASES = 50;
    static final String DESCRIPTION = "at most 3 MiB, 50 levels of nesting and 50 aliases (*name) of lists or maps";

    private YamlLimits() {}

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARACTERS);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        return options;
    }
}
