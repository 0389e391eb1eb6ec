package org.dossier.ingest;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dossier.model.Diagnostic;
import org.dossier.model.SourceLocation;

/**
 * The text of one of the editor's files in the seeds folder ({@code entities.yml}, {@code dossier.yml}),
 * read under the rules every seed follows: a link whose real path is outside the seeds folder is skipped
 * with a warning (its bytes must never reach a page), the file is at most {@link YamlLimits#MAX_CHARACTERS}
 * and UTF-8. Either text or the one diagnostic that says why there is none; a missing file is neither.
 */
record ConfigFile(Optional<String> text, Optional<Diagnostic> problem) {

    static ConfigFile read(Path path, String shownAs) {
        if (!Files.exists(path)) return new ConfigFile(Optional.empty(), Optional.empty());
        try {
            Path folder = path.toAbsolutePath().getParent().toRealPath();
            if (!path.toRealPath().startsWith(folder)) {
                return problem(Diagnostic.warning(SourceLocation.of(shownAs), "is a link to " + path.toRealPath()
                        + ", outside the seeds folder, and is skipped; copy the file into the seeds folder instead"));
            }
            if (Files.size(path) > YamlLimits.MAX_CHARACTERS) {
                return problem(Diagnostic.error(SourceLocation.of(shownAs), "is larger than 3 MiB; the file may hold " + YamlLimits.DESCRIPTION));
            }
            return new ConfigFile(Optional.of(Files.readString(path, StandardCharsets.UTF_8)), Optional.empty());
        } catch (MalformedInputException e) {
            return problem(Diagnostic.error(SourceLocation.of(shownAs, 1), "the file is not UTF-8; save it as UTF-8"));
        } catch (IOException e) {
            return problem(Diagnostic.error(SourceLocation.of(shownAs, 1),
                    "cannot read the file (" + e.getMessage() + "); check that it is a readable file"));
        }
    }

    private static ConfigFile problem(Diagnostic diagnostic) {
        return new ConfigFile(Optional.empty(), Optional.of(diagnostic));
    }
}
