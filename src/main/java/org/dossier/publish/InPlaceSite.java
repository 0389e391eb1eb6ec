package org.dossier.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    /**
     * Each path's content, a {@code byte[]} or a {@code List<byte[]>} ({@link FileContent}). Written by the
     * renderer's threads at once, so not a synchronized sorted map they would queue for.
     */
    private final Map<String, Object> files;
    /** The paths written whose bytes differ from the published ones (new paths among them). */
    private final Set<String> differing = ConcurrentHashMap.newKeySet();
    /** How many paths written the site did not have. */
    private final java.util.concurrent.atomic.LongAdder added = new java.util.concurrent.atomic.LongAdder();
    /** After a commit: the paths whose bytes differ from the published ones, added or removed. */
    private Set<String> changed;
    /** This draft's paths by folder, worked out by the commit's check and handed on to the next snapshot. */
    private volatile Map<String, Set<String>> folders;

    private InPlaceSite(PublishedFiles current) {
        this.current = current;
        this.files = new ConcurrentHashMap<>(current.paths().size() * 4 / 3 + 16);
    }

    /** A draft over the folder that {@code current} describes; the caller checks {@link PublishedFiles#describes}. */
    public static InPlaceSite open(PublishedFiles current) {
        return new InPlaceSite(current);
    }

    /**
     * Keeps {@code content} until commit without copying it; the caller must not change it. Whether it differs
     * from the published file is worked out here, on the renderer's threads, not by the commit for every file
     * again: a rebuild hands over thousands of files whose bytes are mostly the very array published.
     */
    @Override
    public void write(String path, byte[] content) {
        put(path, content);
    }

    /**
     * {@link #write(String, byte[])} of a file in pieces: compared with the published file piece by piece, where
     * a piece that is the very array published is equal without a look at its bytes, and kept as pieces.
     */
    @Override
    public void write(String path, List<byte[]> pieces) {
        put(path, pieces);
    }

    private void put(String path, Object content) {
        Object before = current.content(path);
        // A path the site already holds was checked when it was first published; a rebuild writes
        // thousands of them, and resolving each against the folder again is not free.
        if (before == null) {
            Path file = current.out().resolve(path).normalize();
            if (!file.startsWith(current.out()) || path.isEmpty() || path.startsWith("/") || file.equals(current.out())) {
                throw new IllegalArgumentException("path " + path + " leaves the site folder");
            }
        }
        if (files.putIfAbsent(path, content) != null) throw new IllegalArgumentException("path " + path + " written twice");
        if (before == null) added.increment();
        if (!FileContent.same(before, content)) differing.add(path);
    }

    @Override
    public synchronized PublishReport commit() throws PublishException {
        Path out = current.out();
        int written = 0;
        int removed = 0;
        try {
            // A file whose bytes are those published last time is still checked on disk, so one deleted by
            // hand comes back. That check (a read of each folder, see missing) runs while the changed files are
            // written, and the changed files are written side by side: a rebuild's few
            // changed files include megabytes of lists and data export.
            List<String> changed = new ArrayList<>(differing);
            // Paths the site already has: when they are all of them, nothing is removed.
            long kept = files.size() - added.sum();
            CompletableFuture<List<String>> missing = CompletableFuture.supplyAsync(() -> missing(out));
            changed.parallelStream().forEach(path -> replace(out.resolve(path), files.get(path)));
            List<String> deletedByHand = missing.join();
            deletedByHand.parallelStream().forEach(path -> replace(out.resolve(path), files.get(path)));
            written = changed.size() + deletedByHand.size();
            Set<String> differ = new TreeSet<>(changed);
            for (String path : kept == current.size() ? Set.<String>of() : current.paths()) {
                if (files.containsKey(path)) continue;
                differ.add(path);
                Path gone = out.resolve(path);
                if (Files.deleteIfExists(gone)) removed++;
                deleteEmptyFolders(gone.getParent(), out);
            }
            this.changed = Collections.unmodifiableSet(differ);
            return new PublishReport(written, files.size() - written, removed);
        } catch (IOException e) {
            throw failed(out, e);
        } catch (UncheckedIOException e) {
            throw failed(out, e.getCause());
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw failed(out, io.getCause());
            throw e;
        }
    }

    /**
     * The unchanged paths that the folder no longer has (deleted by hand). Each folder's names are read once,
     * rather than each file looked up: a site has tens of thousands of files in a few folders, and reading a
     * folder costs a fraction of asking for each of its files. A folder that cannot be read has none of them.
     * The names are read with {@link java.io.File#list()}, which gives a string of each, where a directory
     * stream makes two paths and a string (5 MB a rebuild at 5,000 articles), and are looked up in the
     * snapshot's set of the folder's names, kept from one rebuild to the next: when all of them are found,
     * as in nearly every rebuild, nothing else is made.
     */
    private List<String> missing(Path out) {
        List<String> missing = new ArrayList<>();
        folders = added.sum() == 0 && files.size() == current.size() ? current.namesByFolder() : PublishedFiles.namesByFolder(files.keySet());
        for (Map.Entry<String, Set<String>> folder : folders.entrySet()) {
            Set<String> names = folder.getValue();
            String[] listed = (folder.getKey().isEmpty() ? out : out.resolve(folder.getKey())).toFile().list();
            int found = 0;
            if (listed != null) {
                for (String name : listed) {
                    if (names.contains(name)) found++;
                }
            }
            if (found == names.size()) continue;
            Set<String> there = listed == null ? Set.of() : new HashSet<>(Arrays.asList(listed));
            for (String name : names) {
                if (there.contains(name)) continue;
                String path = folder.getKey().isEmpty() ? name : folder.getKey() + "/" + name;
                if (!differing.contains(path)) missing.add(path);
            }
        }
        return missing;
    }

    /**
     * After a commit, the snapshot of what the folder now holds: {@link #files()}, with the paths by folder
     * that the commit worked out (the site's own when no path was added or left out, as in most rebuilds).
     */
    public PublishedFiles published() {
        if (changed == null) throw new IllegalStateException("not committed");
        return current.next(files, folders);
    }

    /**
     * The files this draft was given, by path, each a {@code byte[]} or a {@code List<byte[]>} of pieces (the
     * map itself, not a copy): after a commit, what the folder holds. The caller must not change it.
     */
    public Map<String, ?> files() {
        return files;
    }

    /**
     * The paths whose bytes the commit changed, added or removed, as {@link PublishedFiles#changedSince} tells
     * them apart (a file deleted by hand and put back is not among them): the commit compared every file
     * already, so the build's memory need not compare them again.
     */
    public Set<String> changed() {
        if (changed == null) throw new IllegalStateException("not committed");
        return changed;
    }

    private static PublishException failed(Path out, IOException e) {
        // Files are replaced one by one, so some may already be new: the site is not the last one any more.
        return new PublishException(Diagnostic.error(SourceLocation.of(out.toString()),
                "cannot update the site (" + e + "); some of its files may already be new and others not; "
                        + "check permissions and free space, then build again"), false, e);
    }

    /** Writes {@code content} over {@code target} at once (see the class comment); thrown errors are unchecked. */
    private static void replace(Path target, Object content) {
        try {
            replaceChecked(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replaceChecked(Path target, Object content) throws IOException {
        Files.createDirectories(target.getParent());
        Path fresh = target.resolveSibling("." + target.getFileName() + TEMPORARY_SUFFIX);
        FileContent.write(fresh, content);
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
