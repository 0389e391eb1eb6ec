package org.dossier.ingest;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

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

    /**
     * The node tree of a YAML text of one document, within these limits; null for an empty text. What
     * {@code new Yaml(options()).compose(...)} does, without making the object constructor, representer and
     * dumper that a {@code Yaml} holds and composing never uses: their reflection cost the start of every
     * build some 70 ms of processor time.
     */
    static Node compose(String yaml) {
        LoaderOptions options = options();
        return new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options), new Resolver(), options).getSingleNode();
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARACTERS);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        return options;
    }
}
