package org.dossier.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The folders of one build: where seeds and templates are read from, and where the site goes. */
public record BuildConfig(Path seeds, Path templates, Path out) {
    public static final Path DEFAULT_SEEDS = Path.of("seeds");
    public static final Path DEFAULT_TEMPLATES = Path.of("templates");
    public static final Path DEFAULT_OUT = Path.of("site");

    public BuildConfig {
        Objects.requireNonNull(seeds, "seeds must not be null");
        Objects.requireNonNull(templates, "templates must not be null");
        Objects.requireNonNull(out, "out must not be null");
    }

    /**
     * Whether the build uses only the templates built into Dossier: the default folder {@code templates}
     * does not exist (Dossier run from a folder of its own). A folder that was named but does not exist
     * is an error instead, as it is most likely a typo.
     */
    public boolean builtInTemplatesOnly() {
        return templates.equals(DEFAULT_TEMPLATES) && !Files.isDirectory(templates);
    }

    public static BuildConfig defaults() {
        return new BuildConfig(DEFAULT_SEEDS, DEFAULT_TEMPLATES, DEFAULT_OUT);
    }
}
