package org.dossier.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts right what a build that was killed during publishing left behind, before the next build starts.
 * A swap is two renames: site → {@code .NAME.previous}, then {@code .NAME.staging} → site. Killed between
 * them, there is no site, the last good site in {@code .previous} and a finished new build in
 * {@code .staging}. The last good site is put back, not the new one: the new build never reported
 * success, nobody saw its messages, and nothing on disk proves it was complete; the next build makes it
 * again anyway. A stage left by a build killed while writing is deleted, and so is an old site that a
 * finished swap had not deleted yet.
 */
public final class SwapRecovery {
    /** What to do with the folder the last good site was moved to during a swap. */
    enum Step {
        /** No swap was under way. */
        NOTHING,
        /** Killed between the two renames: the site is missing, put the last good one back. */
        RESTORE_PREVIOUS,
        /** Killed after the second rename: the new site is in place, the old one is left over. */
        DISCARD_PREVIOUS
    }

    private SwapRecovery() {}

    static Step decide(boolean siteExists, boolean previousExists) {
        if (!previousExists) return Step.NOTHING;
        return siteExists ? Step.DISCARD_PREVIOUS : Step.RESTORE_PREVIOUS;
    }

    /**
     * Recovers the site of {@code out} from an interrupted build; returns what it did that the user should
     * know, one sentence each (empty when there was nothing to do).
     *
     * @throws IOException when the site cannot be put right; nothing is lost, the message says where it is
     */
    public static List<String> recover(Path out) throws IOException {
        return recover(SwapFolders.of(out), FolderOperations.DISK);
    }

    static List<String> recover(SwapFolders folders, FolderOperations ops) throws IOException {
        List<String> notes = new ArrayList<>();
        boolean site = Files.exists(folders.site(), LinkOption.NOFOLLOW_LINKS);
        boolean previous = Files.exists(folders.previous(), LinkOption.NOFOLLOW_LINKS);
        switch (decide(site, previous)) {
            case RESTORE_PREVIOUS -> {
                try {
                    ops.move(folders.previous(), folders.site());
                } catch (IOException e) {
                    throw new IOException("an earlier build was stopped while it replaced the site, and the last good site "
                            + "cannot be put back from " + folders.previous() + " (" + e.getMessage() + "); rename that folder to "
                            + folders.site().getFileName() + " by hand", e);
                }
                notes.add("an earlier build was stopped while it replaced the site; the last good site was put back from "
                        + folders.previous().getFileName());
            }
            case DISCARD_PREVIOUS -> discardOldSite(folders, ops).ifPresent(notes::add);
            case NOTHING -> { }
        }
        try {
            ops.deleteTree(folders.staging());
        } catch (IOException e) {
            throw new IOException("cannot delete " + folders.staging() + ", left by an earlier build (" + e.getMessage()
                    + "); delete it by hand", e);
        }
        return notes;
    }

    /**
     * Deletes the old site after a swap; one that cannot be deleted (a folder inside it without write
     * permission) is renamed out of the way, so the next swap can use the name. Returns what the user must
     * know, if anything.
     *
     * @throws IOException only when the old site can neither be deleted nor renamed
     */
    static Optional<String> discardOldSite(SwapFolders folders, FolderOperations ops) throws IOException {
        IOException deleting;
        try {
            ops.deleteTree(folders.previous());
            return Optional.empty();
        } catch (IOException e) {
            deleting = e;
        }
        Path stale = folders.previous().resolveSibling(SwapFolders.staleName(folders.site().getFileName().toString(),
                siblings(folders.previous().getParent())));
        try {
            ops.move(folders.previous(), stale);
        } catch (IOException e) {
            e.addSuppressed(deleting);
            throw new IOException("cannot delete the old site " + folders.previous() + " (" + deleting.getMessage()
                    + ") nor move it aside (" + e.getMessage() + "); delete it by hand", e);
        }
        return Optional.of("the old site could not be deleted (" + deleting.getMessage() + ") and was moved to "
                + stale + "; delete it by hand when you can");
    }

    private static Set<String> siblings(Path parent) throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
