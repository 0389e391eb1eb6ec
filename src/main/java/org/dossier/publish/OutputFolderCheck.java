package org.dossier.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Guards against replacing a folder that is not ours: the output folder is replaced whole, so it must be
 * new, empty, or a previous Dossier site (it has {@code data/dossier.json}), and must not hold the
 * inputs of the build. An output path that is a symbolic link is judged by the folder it points to.
 */
public final class OutputFolderCheck {
    /** The file that marks a folder as a Dossier site. */
    public static final String MARKER = "data/dossier.json";

    private OutputFolderCheck() {}

    /** Why {@code out} must not be replaced, phrased to follow its path; empty when it may be. */
    public static Optional<String> problem(Path out, List<Path> inputs) throws IOException {
        // A symbolic link is followed: the folder it points to is the one that will be replaced.
        Path target = SwapFolders.target(out);
        if (target.getParent() == null) return Optional.of("is a file system root; choose a folder such as site");
        for (Path input : inputs) {
            Path in = SwapFolders.target(input);
            if (in.startsWith(target) || target.startsWith(in)) {
                return Optional.of("overlaps the input folder " + input + "; choose an output folder outside the seeds and templates");
            }
        }
        if (!Files.exists(target)) return Optional.empty();
        if (!Files.isDirectory(target)) return Optional.of("is a file, not a folder; remove it or choose another --out");
        if (Files.isRegularFile(target.resolve(MARKER))) return Optional.empty();
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isEmpty()) return Optional.empty();
        }
        return Optional.of("is not empty and is not a Dossier site (it has no " + MARKER
                + "), so it will not be replaced; choose a new or empty folder with --out");
    }
}
