package org.dossier.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an output folder holds right after this process published it: every file's bytes (as the draft was
 * given them: a {@code byte[]} or a {@code List<byte[]>} of pieces, see {@link FileContent}), and the
 * identity of the folder itself. A build that replaces the folder (a {@link StagedSite} commit, from this
 * process or another) gives it a new identity, so a snapshot never vouches for a folder it did not see.
 */
public final class PublishedFiles {
    private final Path out;
    private final Object folderKey;
    private final Map<String, ?> files;
    /** The paths by folder, made when first asked for, or handed on from a snapshot with the same paths. */
    private volatile Map<String, Set<String>> namesByFolder;

    private PublishedFiles(Path out, Object folderKey, Map<String, ?> files, Map<String, Set<String>> namesByFolder) {
        this.out = out;
        this.folderKey = folderKey;
        this.files = files;
        this.namesByFolder = namesByFolder;
    }

    /**
     * The snapshot of {@code out} as just published with exactly {@code files} (site-relative path to bytes,
     * a {@code byte[]} or a {@code List<byte[]>} of pieces). The map is taken as it is, not copied (a site has
     * tens of thousands of files): the caller hands it over and must not change it afterwards.
     */
    public static PublishedFiles of(Path out, Map<String, ?> files) throws IOException {
        Objects.requireNonNull(out, "out must not be null");
        Path folder = out.toAbsolutePath().normalize();
        return new PublishedFiles(folder, Files.readAttributes(folder, BasicFileAttributes.class).fileKey(),
                Collections.unmodifiableMap(files), null);
    }

    /**
     * The snapshot of the same folder after an in-place commit, now holding {@code files}, whose paths by
     * folder are {@code namesByFolder} (null: worked out when first asked for), so that a rebuild need not work
     * them out again from tens of thousands of paths.
     */
    PublishedFiles next(Map<String, ?> files, Map<String, Set<String>> namesByFolder) {
        return new PublishedFiles(out, folderKey, Collections.unmodifiableMap(files), namesByFolder);
    }

    /** The published paths by folder ("" for the top): each folder's file names. */
    Map<String, Set<String>> namesByFolder() {
        Map<String, Set<String>> names = namesByFolder;
        if (names == null) {
            names = namesByFolder(files.keySet());
            namesByFolder = names;
        }
        return names;
    }

    /** {@code paths} by folder ("" for the top): each folder's file names. */
    static Map<String, Set<String>> namesByFolder(Set<String> paths) {
        Map<String, Set<String>> names = new HashMap<>();
        for (String path : paths) {
            int slash = path.lastIndexOf('/');
            names.computeIfAbsent(slash < 0 ? "" : path.substring(0, slash), k -> new HashSet<>()).add(path.substring(slash + 1));
        }
        return names;
    }

    /** Whether {@code dir} is still the very folder this snapshot was taken of. */
    public boolean describes(Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        if (!folder.equals(out) || folderKey == null) return false;
        try {
            return folderKey.equals(Files.readAttributes(folder, BasicFileAttributes.class).fileKey());
        } catch (IOException e) {
            return false;
        }
    }

    public Path out() {
        return out;
    }

    /** The content published at {@code path} (a {@code byte[]} or a {@code List<byte[]>}), or null when the site has no such file. */
    Object content(String path) {
        return files.get(path);
    }

    Set<String> paths() {
        return files.keySet();
    }

    /** The number of files published. */
    public int size() {
        return files.size();
    }

    /** The paths whose bytes differ between {@code earlier} and this snapshot, including added and removed files. */
    public Set<String> changedSince(PublishedFiles earlier) {
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, ?> file : files.entrySet()) {
            if (!FileContent.same(earlier.files.get(file.getKey()), file.getValue())) changed.add(file.getKey());
        }
        for (String path : earlier.files.keySet()) {
            if (!files.containsKey(path)) changed.add(path);
        }
        return changed;
    }
}
