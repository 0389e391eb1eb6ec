package org.dossier.build;

import java.nio.file.Path;

/**
 * Copies of the repository's seeds and templates in a scratch folder, for tests that change them while
 * something watches (the preview): unlike {@link FixtureSite}, the templates are copied too.
 */
public final class TestFolders {
    private TestFolders() {}

    /** {@code dir/seeds} and {@code dir/templates} copied from the repository; the site goes to {@code dir/site}. */
    public static BuildConfig copyOfRepository(Path dir) {
        FixtureSite.copyTree(FixtureSite.SEEDS, dir.resolve("seeds"));
        FixtureSite.copyTree(FixtureSite.TEMPLATES, dir.resolve("templates"));
        return new BuildConfig(dir.resolve("seeds"), dir.resolve("templates"), dir.resolve("site"));
    }
}
