package org.dossier.launch;

import java.nio.charset.StandardCharsets;
import java.io.File;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Where the class archive of one jar and one JVM is kept: {@code $XDG_CACHE_HOME/dossier/}, else
 * {@code ~/.cache/dossier/}, named after the jar (its path, size and time) and the JVM (its home and
 * version), because the JVM ignores an archive recorded with another jar or another Java. Files, not
 * paths: this runs in the launching JVM, where {@code java.nio.file} is not yet started (see {@link
 * TunedLaunch}).
 */
final class ClassArchive {
    private ClassArchive() {}

    static File folder(Map<String, String> environment, String userHome) {
        String cache = environment.getOrDefault("XDG_CACHE_HOME", "");
        return new File(cache.isBlank() ? new File(userHome, ".cache") : new File(cache), "dossier");
    }

    static File of(File folder, File jar, long jarSize, long jarModified, String javaHome, String javaVersion,
            TunedLaunch.Sharing sharing) {
        CRC32 stamp = new CRC32();
        for (String part : new String[] {jar.toString(), Long.toString(jarSize), Long.toString(jarModified), javaHome, javaVersion}) {
            stamp.update(part.getBytes(StandardCharsets.UTF_8));
            stamp.update(0);
        }
        return new File(folder, PREFIX + Long.toHexString(stamp.getValue()) + sharing.extension);
    }

    private static final String PREFIX = "dossier-";

    /**
     * The mark that a successful build recorded no archive (a Java that cannot make one): while it is there,
     * builds with this jar and Java do not record again. Not an archive's name, so it goes with the partial
     * files, a day after it was made, when another archive is made.
     */
    static File failedOnce(File archive) {
        return new File(archive.getParentFile(), archive.getName() + ".failed");
    }
    /** Archives kept besides the one just made: a few jars or Javas in use side by side keep theirs. */
    static final int KEPT = 3;
    /** A file older than this under a partial name was left by a run that ended before it could move it. */
    static final long ABANDONED_MILLIS = 24L * 60 * 60 * 1000;

    /**
     * The files of {@code folder} to delete once {@code made} is in place: archives of other jars or Javas but
     * the {@link #KEPT} newest (every new jar, even every {@code mvn package}, makes another archive of tens of
     * megabytes, which nothing would ever map again), and partial files older than a day. Works on names and
     * times handed in, so that it is tested without a folder; {@code modified} gives each file's time.
     */
    static java.util.List<File> toDelete(File[] files, File made, java.util.function.ToLongFunction<File> modified, long now) {
        java.util.List<File> archives = new java.util.ArrayList<>();
        java.util.List<File> delete = new java.util.ArrayList<>();
        for (File file : files == null ? new File[0] : files) {
            String name = file.getName();
            if (!name.startsWith(PREFIX) || file.equals(made)) continue;
            boolean archive = false;
            for (TunedLaunch.Sharing sharing : TunedLaunch.Sharing.values()) archive |= name.endsWith(sharing.extension);
            if (archive) archives.add(file);
            else if (now - modified.applyAsLong(file) > ABANDONED_MILLIS) delete.add(file);
        }
        // Newest first; a class, not a lambda, in the launching JVM (see TunedLaunch).
        File[] sorted = archives.toArray(new File[0]);
        java.util.Arrays.sort(sorted, new java.util.Comparator<File>() {
            @Override
            public int compare(File one, File other) {
                return Long.compare(modified.applyAsLong(other), modified.applyAsLong(one));
            }
        });
        for (int i = KEPT; i < sorted.length; i++) delete.add(sorted[i]);
        return delete;
    }
}
