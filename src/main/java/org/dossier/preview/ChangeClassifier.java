package org.dossier.preview;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.dossier.ingest.Ingester;
import org.dossier.ingest.SeedFormat;
import org.dossier.render.SiteRenderer;
import org.dossier.render.Templates;
import org.dossier.render.i18n.Messages;

/**
 * Decides what a changed path affects, from the path alone (as Zola's {@code detect_change_kind} does):
 * no file is read, so it also works for a path that was just deleted. The rules follow what the build
 * reads: the ingester takes seeds by extension and skips hidden paths, {@code entities.yml} and {@code dossier.yml}
 * (configuration, read by the build); the renderer loads {@code *.peb} templates and {@code messages/*.properties}
 * and copies {@code assets/} except hidden files. Editors' backup,
 * swap and lock files are never inputs.
 */
public final class ChangeClassifier {
    private final Path seeds;
    private final Path templates;

    public ChangeClassifier(Path seeds, Path templates) {
        this.seeds = normalize(Objects.requireNonNull(seeds, "seeds must not be null"));
        this.templates = normalize(Objects.requireNonNull(templates, "templates must not be null"));
    }

    public ChangeKind classify(Path changed) {
        Objects.requireNonNull(changed, "changed must not be null");
        Path path = normalize(changed);
        // The more specific root first, in case one folder is inside the other.
        boolean inTemplates = path.startsWith(templates) && !path.equals(templates);
        boolean inSeeds = path.startsWith(seeds) && !path.equals(seeds);
        if (inTemplates && inSeeds) {
            if (templates.startsWith(seeds)) inSeeds = false;
            else inTemplates = false;
        }
        if (inTemplates) return template(templates.relativize(path));
        if (inSeeds) return seed(seeds.relativize(path));
        return ChangeKind.IGNORED;
    }

    private static ChangeKind seed(Path relative) {
        if (isHiddenOrScratch(relative)) return ChangeKind.IGNORED;
        String name = relative.getFileName().toString();
        if (relative.getNameCount() == 1 && Ingester.CONFIG_FILES.contains(name)) return ChangeKind.ENTITIES;
        return SeedFormat.of(relative).isPresent() ? ChangeKind.SEED : ChangeKind.IGNORED;
    }

    private static ChangeKind template(Path relative) {
        if (isHiddenOrScratch(relative)) return ChangeKind.IGNORED;
        if (relative.getNameCount() > 1 && relative.getName(0).toString().equals(SiteRenderer.ASSETS)) return ChangeKind.ASSET;
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        // The site's words live beside the templates and are read with them.
        boolean messages = relative.getNameCount() == 2 && relative.getName(0).toString().equals(Messages.FOLDER)
                && name.endsWith(".properties");
        return name.endsWith(Templates.SUFFIX) || messages ? ChangeKind.TEMPLATE : ChangeKind.IGNORED;
    }

    /** Hidden files and folders, and the temporary files that editors write beside the file being edited. */
    static boolean isHiddenOrScratch(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        String name = relative.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return name.endsWith("~")                                   // Emacs, gedit, Kate backups
                || name.startsWith("#") && name.endsWith("#")        // Emacs auto-save
                || lower.endsWith(".swp") || lower.endsWith(".swx")  // Vim swap files
                || name.equals("4913")                               // Vim's test of whether it may write the folder
                || lower.endsWith(".tmp") || lower.endsWith(".bak")
                || name.contains("___jb_tmp___") || name.contains("___jb_old___"); // JetBrains safe write
    }

    private static Path normalize(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
