package org.dossier.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The folders of one build: where seeds and templates are read from, and where the site goes; and the
 * address the site will be published at when the command line gives one ({@code --base-url}, which
 * overrides {@code baseUrl} of {@code dossier.yml}).
 */
public record BuildConfig(Path seeds, Path templates, Path out, Optional<String> baseUrl) {
    public static final Path DEFAULT_SEEDS = Path.of("seeds");
    public static final Path DEFAULT_TEMPLATES = Path.of("templates");
    public static final Path DEFAULT_OUT = Path.of("site");

    public BuildConfig {
        Objects.requireNonNull(seeds, "seeds must not be null");
        Objects.requireNonNull(templates, "templates must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(baseUrl, "baseUrl must not be null");
    }

    public BuildConfig(Path seeds, Path templates, Path out) {
        this(seeds, templates, out, Optional.empty());
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
