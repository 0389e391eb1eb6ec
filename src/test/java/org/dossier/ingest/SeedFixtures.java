package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;

/** Reads one seed, a fixture file or text written by a test, through the real {@link Ingester}. */
final class SeedFixtures {
    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "seeds");

    private SeedFixtures() {}

    /** Ingests the fixture {@code name} alone, from a copy in {@code dir}; fails on any error. */
    static Article fixture(Path dir, String name) {
        try {
            return ingestOne(dir, name, Files.readAllBytes(FIXTURES.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ingests a seed file {@code name} holding {@code text}; fails on any error. */
    static Article text(Path dir, String name, String text) {
        return ingestOne(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static IngestResult ingest(Path dir, String name, byte[] bytes) {
        try {
            Path seeds = Files.createDirectories(dir.resolve("seeds-" + name.replaceAll("\\W", "_")));
            Files.write(seeds.resolve(name), bytes);
            return new Ingester().ingest(seeds, n -> {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article ingestOne(Path dir, String name, byte[] bytes) {
        IngestResult result = ingest(dir, name, bytes);
        assertFalse(result.hasErrors(), () -> name + ": " + result.diagnostics());
        assertTrue(result.articles().size() == 1, name + " gives one article");
        return result.articles().get(0);
    }

    static List<Block> blocks(Article article, BlockKind kind) {
        return article.blockStream().filter(b -> b.kind() == kind).toList();
    }

    static Block only(Article article, BlockKind kind) {
        List<Block> blocks = blocks(article, kind);
        assertTrue(blocks.size() == 1, article.id() + " has one " + kind + " block but has " + blocks.size());
        return blocks.get(0);
    }

    static String allText(Article article) {
        return String.join("\n", article.blockStream().map(Block::text).toList());
    }
}
