package org.dossier.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies of the repository's seeds and templates in a scratch folder, for tests that change them. */
public final class TestFolders {
    private TestFolders() {}

    /** {@code dir/seeds} and {@code dir/templates} copied from the repository; the site goes to {@code dir/site}. */
    public static BuildConfig copyOfRepository(Path dir) throws IOException {
        copyTree(Path.of("seeds"), dir.resolve("seeds"));
        copyTree(Path.of("templates"), dir.resolve("templates"));
        return new BuildConfig(dir.resolve("seeds"), dir.resolve("templates"), dir.resolve("site"));
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(path -> {
                try {
                    Path target = to.resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) Files.createDirectories(target);
                    else Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
