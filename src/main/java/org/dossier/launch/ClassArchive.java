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

    static File of(File folder, File jar, long jarSize, long jarModified, String javaHome, String javaVersion) {
        CRC32 stamp = new CRC32();
        for (String part : new String[] {jar.toString(), Long.toString(jarSize), Long.toString(jarModified), javaHome, javaVersion}) {
            stamp.update(part.getBytes(StandardCharsets.UTF_8));
            stamp.update(0);
        }
        return new File(folder, "dossier-" + Long.toHexString(stamp.getValue()) + ".jsa");
    }
}
