package org.dossier.launch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Where the class archive of one jar and one JVM is kept: {@code $XDG_CACHE_HOME/dossier/}, else
 * {@code ~/.cache/dossier/}, named after the jar (its path, size and time) and the JVM (its home and
 * version), because the JVM ignores an archive recorded with another jar or another Java.
 */
final class ClassArchive {
    private ClassArchive() {}

    static Path folder(Map<String, String> environment, String userHome) {
        String cache = environment.getOrDefault("XDG_CACHE_HOME", "");
        return (cache.isBlank() ? Path.of(userHome, ".cache") : Path.of(cache)).resolve("dossier");
    }

    static Path of(Path folder, Path jar, long jarSize, long jarModified, String javaHome, String javaVersion) {
        CRC32 stamp = new CRC32();
        for (String part : new String[] {jar.toString(), Long.toString(jarSize), Long.toString(jarModified), javaHome, javaVersion}) {
            stamp.update(part.getBytes(StandardCharsets.UTF_8));
            stamp.update(0);
        }
        return folder.resolve("dossier-" + Long.toHexString(stamp.getValue()) + ".jsa");
    }
}
