package org.dossier.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.dossier.model.Diagnostic;
import org.dossier.model.SourceLocation;

/**
 * A new version of the site being written. Files go into {@code .NAME.staging} beside the output folder
 * {@code NAME}; {@link #commit()} swaps it in with two renames on the same file system, and closing an
 * uncommitted stage deletes it, so the output folder only ever holds a complete build. When the output
 * path is a symbolic link, the folder it points to is the one replaced (see {@link SwapFolders}).
 * Opening a stage first recovers from a build killed during its swap ({@link SwapRecovery}).
 */
public final class StagedSite implements SiteDraft {
    private final Path out;
    private final SwapFolders folders;
    private final FolderOperations ops;
    private final List<String> warnings;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    /**
     * The folders made so far. Each is made once: {@code Files.createDirectories} on a folder that exists
     * throws and catches two exceptions, which for every page of 10,000 articles added up to a second of
     * processor time. A map, not a set, so that a thread that comes second for a new folder waits until
     * the first has made it.
     */
    private final ConcurrentHashMap<Path, Boolean> folderMade = new ConcurrentHashMap<>();
    /**
     * Writes share it, closing takes it alone: when a render fails on one thread while others still write,
     * a write that comes after the stage was deleted must not make its folders again.
     */
    private final ReadWriteLock closing = new ReentrantReadWriteLock();
    private boolean closed;
    private boolean committed;

    private StagedSite(Path out, SwapFolders folders, FolderOperations ops, List<String> warnings) {
        this.out = out;
        this.folders = folders;
        this.ops = ops;
        this.warnings = new ArrayList<>(warnings);
    }

    public static StagedSite open(Path out) throws IOException {
        return open(out, FolderOperations.DISK);
    }

    static StagedSite open(Path out, FolderOperations ops) throws IOException {
        SwapFolders folders = SwapFolders.of(out);
        Files.createDirectories(folders.site().getParent());
        List<String> recovered = SwapRecovery.recover(folders, ops);
        Files.createDirectories(folders.staging());
        return new StagedSite(out, folders, ops, recovered);
    }

    /**
     * Writes one file of the new site; {@code path} is relative to the site root, with '/' separators.
     * Thread-safe, and files are written in parallel: the renderer writes pages from several threads.
     */
    @Override
    public void write(String path, byte[] content) {
        put(path, content);
    }

    /** {@link #write(String, byte[])} of a file given in pieces, written one after the other. */
    @Override
    public void write(String path, List<byte[]> pieces) {
        put(path, pieces);
    }

    private void put(String path, Object content) {
        Path staging = folders.staging();
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || path.isEmpty() || path.startsWith("/")) {
            throw new IllegalArgumentException("path " + path + " leaves the site folder");
        }
        closing.readLock().lock();
        try {
            if (closed) throw new IllegalStateException("the stage of " + out + " is closed; " + path + " was not written");
            if (!paths.add(path)) throw new IllegalArgumentException("path " + path + " written twice");
            folderMade.computeIfAbsent(file.getParent(), StagedSite::makeFolder);
            FileContent.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closing.readLock().unlock();
        }
    }

    private static Boolean makeFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the output folder by the new site. Files with unchanged bytes keep their old modification
     * time. Once the new site is in place the commit has succeeded: an old site that cannot be deleted is
     * moved aside and reported as a warning.
     */
    @Override
    public PublishReport commit() throws PublishException {
        Path site = folders.site();
        int unchanged = 0;
        int written = 0;
        int removed;
        try {
            for (String path : paths.stream().sorted().toList()) {
                Path fresh = folders.staging().resolve(path);
                Path old = site.resolve(path);
                if (Files.isRegularFile(old) && Files.size(old) == Files.size(fresh)
                        && Arrays.equals(Files.readAllBytes(old), Files.readAllBytes(fresh))) {
                    Files.setLastModifiedTime(fresh, Files.getLastModifiedTime(old));
                    unchanged++;
                } else {
                    written++;
                }
            }
            removed = countRemoved();
        } catch (IOException e) {
            throw untouched("cannot compare the new site with the last one (" + e + ")", e);
        }
        boolean hadSite = Files.exists(site);
        if (hadSite) {
            try {
                ops.move(site, folders.previous());
            } catch (IOException e) {
                throw untouched("cannot move the last site aside to swap in the new one (" + e + ")", e);
            }
        }
        try {
            ops.move(folders.staging(), site);
        } catch (IOException e) {
            throw putBack(hadSite, e);
        }
        committed = true;
        try {
            SwapRecovery.discardOldSite(folders, ops).ifPresent(warnings::add);
        } catch (IOException e) {
            // The new site is published all the same; the next build tries again, and says so if it cannot.
            warnings.add(e.getMessage() + "; the new site is published");
        }
        return new PublishReport(written, unchanged, removed, warnings);
    }

    /** The new site could not be moved in: the last good one goes back where it was. */
    private PublishException putBack(boolean hadSite, IOException cause) {
        if (!hadSite) return untouched("cannot move the new site into place (" + cause + ")", cause);
        try {
            ops.move(folders.previous(), folders.site());
        } catch (IOException back) {
            cause.addSuppressed(back);
            return new PublishException(Diagnostic.error(SourceLocation.of(out.toString()),
                    "cannot move the new site into place (" + cause + ") nor put the last good site back (" + back
                            + "); the last good site is in " + folders.previous() + ", and the next build puts it back"),
                    false, cause);
        }
        return untouched("cannot move the new site into place (" + cause + ")", cause);
    }

    private PublishException untouched(String what, IOException cause) {
        return new PublishException(Diagnostic.error(SourceLocation.of(out.toString()),
                what + "; the last site was left as it was; check permissions and free space, then build again"), cause);
    }

    private int countRemoved() throws IOException {
        Path site = folders.site();
        if (!Files.isDirectory(site)) return 0;
        try (Stream<Path> files = Files.walk(site)) {
            return (int) files.filter(Files::isRegularFile)
                    .map(f -> site.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"))
                    .filter(p -> !paths.contains(p))
                    .count();
        }
    }

    /** Deletes the stage unless it was committed; also when the build failed because the disk is full. */
    @Override
    public void close() throws IOException {
        closing.writeLock().lock();
        try {
            if (closed) return;
            closed = true;
            if (!committed) ops.deleteTree(folders.staging());
        } finally {
            closing.writeLock().unlock();
        }
    }
}
