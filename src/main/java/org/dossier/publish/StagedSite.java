package org.dossier.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dossier.model.Diagnostic;
import org.dossier.model.SourceLocation;

/**
 * A new version of the site being written. Files go into {@code .NAME.staging} beside the output folder
 * {@code NAME}; {@link #commit()} swaps it in with two renames on the same file system, and closing an
 * uncommitted stage deletes it, so the output folder only ever holds a complete build.
 */
public final class StagedSite implements SiteDraft {
    private final Path out;
    private final Path staging;
    private final Path previous;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private StagedSite(Path out, Path staging, Path previous) {
        this.out = out;
        this.staging = staging;
        this.previous = previous;
    }

    public static StagedSite open(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Path staging = parent.resolve("." + name + ".staging");
        Path previous = parent.resolve("." + name + ".previous");
        deleteTree(staging);
        deleteTree(previous);
        Files.createDirectories(staging);
        return new StagedSite(target, staging, previous);
    }

    /**
     * Writes one file of the new site; {@code path} is relative to the site root, with '/' separators.
     * Thread-safe, and files are written in parallel: the renderer writes pages from several threads.
     */
    @Override
    public void write(String path, byte[] content) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || path.isEmpty() || path.startsWith("/")) {
            throw new IllegalArgumentException("path " + path + " leaves the site folder");
        }
        if (!paths.add(path)) throw new IllegalArgumentException("path " + path + " written twice");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the output folder by the new site. Files with unchanged bytes keep their old modification time. */
    @Override
    public PublishReport commit() throws PublishException {
        try {
            int unchanged = 0;
            int written = 0;
            for (String path : paths.stream().sorted().toList()) {
                Path fresh = staging.resolve(path);
                Path old = out.resolve(path);
                if (Files.isRegularFile(old) && Files.size(old) == Files.size(fresh)
                        && Arrays.equals(Files.readAllBytes(old), Files.readAllBytes(fresh))) {
                    Files.setLastModifiedTime(fresh, Files.getLastModifiedTime(old));
                    unchanged++;
                } else {
                    written++;
                }
            }
            int removed = countRemoved();
            if (Files.exists(out)) move(out, previous);
            move(staging, out);
            deleteTree(previous);
            committed = true;
            return new PublishReport(written, unchanged, removed);
        } catch (IOException e) {
            throw new PublishException(Diagnostic.error(SourceLocation.of(out.toString()),
                    "cannot replace the site (" + e + "); check permissions and free space; the new build is in " + staging), e);
        }
    }

    private int countRemoved() throws IOException {
        if (!Files.isDirectory(out)) return 0;
        try (Stream<Path> files = Files.walk(out)) {
            return (int) files.filter(Files::isRegularFile)
                    .map(f -> out.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"))
                    .filter(p -> !paths.contains(p))
                    .count();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) deleteTree(staging);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
