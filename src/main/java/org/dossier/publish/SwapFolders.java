package org.dossier.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The folders of a swap, all in the folder that holds the site: the site itself, {@code .NAME.staging}
 * (the new build while it is written) and {@code .NAME.previous} (the last good site during the two
 * renames). When the output path is a symbolic link, the swap happens where it points: the link stays and
 * the folder it names is replaced, so the real site is the one updated.
 */
record SwapFolders(Path site, Path staging, Path previous) {
    /** Symbolic links followed at most this often, as the operating systems do, so a loop ends. */
    private static final int MAX_LINKS = 40;

    static SwapFolders of(Path out) throws IOException {
        Path site = target(out);
        String name = site.getFileName().toString();
        return new SwapFolders(site, site.resolveSibling("." + name + ".staging"), site.resolveSibling("." + name + ".previous"));
    }

    /**
     * Where the site of {@code out} really lives: absolute, the parent folder's symbolic links resolved,
     * and, when {@code out} itself is a symbolic link (to a site or to a folder not made yet), the path it
     * points to.
     */
    static Path target(Path out) throws IOException {
        Path path = out.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == MAX_LINKS) throw new IOException(out + " is a loop of symbolic links");
            path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
        }
        Path parent = path.getParent();
        if (parent == null) return path;
        Path realParent = Files.exists(parent) ? parent.toRealPath() : parent;
        return realParent.resolve(path.getFileName());
    }

    /** A free name beside the site for an old site that could not be deleted: {@code .NAME.stale-N}, the lowest N free. */
    static String staleName(String siteName, Set<String> taken) {
        for (int n = 1; ; n++) {
            String name = "." + siteName + ".stale-" + n;
            if (!taken.contains(name)) return name;
        }
    }
}
