package org.dossier.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.model.Diagnostic;
import org.dossier.model.SourceLocation;

/**
 * A new version of a site that this process published and still knows byte for byte: only files whose
 * bytes differ are written, and files the new version no longer has are deleted. Each file is written
 * beside its old self under a hidden name and renamed over it, so a reader (the preview server) gets the
 * old file or the new one, never half of one; nothing is touched before {@link #commit()}, so a render
 * that fails leaves the site as it was. Unlike {@link StagedSite}, the swap is per file, not per folder:
 * meant for the preview, where a rebuild changes a handful of files among thousands.
 */
public final class InPlaceSite implements SiteDraft {
    private static final String TEMPORARY_SUFFIX = ".dossier-new";

    private final PublishedFiles current;
    /** Written by the renderer's threads at once, so not a synchronized sorted map they would queue for. */
    private final Map<String, byte[]> files;

    private InPlaceSite(PublishedFiles current) {
        this.current = current;
        this.files = new ConcurrentHashMap<>(current.paths().size() * 4 / 3 + 16);
    }

    /** A draft over the folder that {@code current} describes; the caller checks {@link PublishedFiles#describes}. */
    public static InPlaceSite open(PublishedFiles current) {
        return new InPlaceSite(current);
    }

    /** Keeps {@code content} until commit without copying it; the caller must not change it. */
    @Override
    public void write(String path, byte[] content) {
        // A path the site already holds was checked when it was first published; a rebuild writes
        // thousands of them, and resolving each against the folder again is not free.
        if (current.bytes(path) == null) {
            Path file = current.out().resolve(path).normalize();
            if (!file.startsWith(current.out()) || path.isEmpty() || path.startsWith("/") || file.equals(current.out())) {
                throw new IllegalArgumentException("path " + path + " leaves the site folder");
            }
        }
        if (files.putIfAbsent(path, content) != null) throw new IllegalArgumentException("path " + path + " written twice");
    }

    @Override
    public synchronized PublishReport commit() throws PublishException {
        Path out = current.out();
        int written = 0;
        int unchanged = 0;
        int removed = 0;
        try {
            // A file whose bytes are those published last time is still checked on disk, so one deleted by
            // hand comes back; the checks are independent calls to the file system, made side by side.
            List<String> stale = files.entrySet().parallelStream()
                    .filter(file -> !Arrays.equals(current.bytes(file.getKey()), file.getValue())
                            || !Files.isRegularFile(out.resolve(file.getKey())))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            for (String path : stale) {
                replace(out.resolve(path), files.get(path));
                written++;
            }
            unchanged = files.size() - written;
            for (String path : current.paths()) {
                if (files.containsKey(path)) continue;
                Path gone = out.resolve(path);
                if (Files.deleteIfExists(gone)) removed++;
                deleteEmptyFolders(gone.getParent(), out);
            }
            return new PublishReport(written, unchanged, removed);
        } catch (IOException e) {
            throw new PublishException(Diagnostic.error(SourceLocation.of(out.toString()),
                    "cannot update the site (" + e + "); check permissions and free space, then build again"), e);
        }
    }

    private static void replace(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path fresh = target.resolveSibling("." + target.getFileName() + TEMPORARY_SUFFIX);
        Files.write(fresh, content);
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteEmptyFolders(Path folder, Path root) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            try {
                if (!Files.deleteIfExists(dir)) return;
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        // Nothing was written before commit, so an abandoned draft leaves nothing behind.
    }
}
