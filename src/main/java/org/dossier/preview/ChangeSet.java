package org.dossier.preview;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.build.BuildMemory;

/**
 * A burst of changed paths, sorted by what they affect: which seeds to read again, whether templates,
 * assets or the entity list changed, and whether the watcher lost track ({@code overflow}) so that
 * everything must be read again. Pure: the plan, not the rebuild.
 */
public record ChangeSet(Set<Path> seeds, boolean templates, boolean assets, boolean entities, boolean overflow,
                        List<Path> relevant) {
    public ChangeSet {
        seeds = Set.copyOf(seeds);
        relevant = List.copyOf(relevant);
    }

    /** Classifies every path; {@code overflow} says that events were lost, as the watch service reports. */
    public static ChangeSet of(Collection<Path> paths, boolean overflow, ChangeClassifier classifier) {
        Set<Path> seeds = new TreeSet<>();
        Set<Path> relevant = new TreeSet<>();
        boolean templates = false;
        boolean assets = false;
        boolean entities = false;
        for (Path path : paths) {
            ChangeKind kind = classifier.classify(path);
            if (kind == ChangeKind.IGNORED) continue;
            relevant.add(path);
            switch (kind) {
                case SEED -> seeds.add(path.toAbsolutePath().normalize());
                case TEMPLATE -> templates = true;
                case ASSET -> assets = true;
                case ENTITIES -> entities = true;
                default -> throw new IllegalStateException("unexpected " + kind);
            }
        }
        return new ChangeSet(seeds, templates, assets, entities, overflow, List.copyOf(relevant));
    }

    /** Whether the site may have changed at all. */
    public boolean needsRebuild() {
        return overflow || !relevant.isEmpty();
    }

    /** Tells the build memory what no longer holds, so the rebuild redoes exactly that. */
    public void forgetIn(BuildMemory memory) {
        if (overflow) {
            memory.forgetAll();
            return;
        }
        seeds.forEach(memory::forgetSeed);
        if (templates) memory.forgetTemplates();
    }

    /** For the console: the first changed path and how many more. */
    public String describe(Path base) {
        if (relevant.isEmpty()) return overflow ? "many files" : "nothing";
        Path first = relevant.get(0);
        Path shown = first.isAbsolute() && first.startsWith(base) ? base.relativize(first) : first;
        return shown + (relevant.size() > 1 ? " and " + (relevant.size() - 1) + " more" : "");
    }
}
