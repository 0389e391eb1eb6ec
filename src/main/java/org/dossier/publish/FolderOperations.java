package org.dossier.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The two things a swap does to whole folders. An interface so that tests can make one of them fail as a
 * full disk or a folder without write permission would (tests run as root, where permission bits stop
 * nothing).
 */
interface FolderOperations {
    /** Renames {@code from} to {@code to} (same parent folder), atomically where the file system can. */
    void move(Path from, Path to) throws IOException;

    /** Deletes {@code dir} and everything in it; nothing when it does not exist. Symbolic links are removed, not followed. */
    void deleteTree(Path dir) throws IOException;

    FolderOperations DISK = new FolderOperations() {
        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        }

        @Override
        public void deleteTree(Path dir) throws IOException {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    if (e != null) throw e;
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    };
}
