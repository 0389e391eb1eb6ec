package org.dossier.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and everything below them (the JDK's {@link WatchService} watches one folder, so each
 * sub-folder is registered, including those created later, whose files are reported as created), and
 * hands each burst of changes, coalesced by a {@link Burst}, to a listener on the watcher's own thread.
 * The listener's work (a rebuild) runs there too, so changes made meanwhile form the next burst.
 */
final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Burst burst;
    private final Consumer<Burst.Batch> listener;
    private final Thread thread;
    private volatile boolean closed;

    private SourceWatcher(WatchService service, Burst burst, Consumer<Burst.Batch> listener) {
        this.service = service;
        this.burst = burst;
        this.listener = listener;
        this.thread = new Thread(this::loop, "dossier-preview-watcher");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code roots} (existing folders); a batch is due after {@code quiet} without events. */
    static SourceWatcher start(List<Path> roots, Duration quiet, Duration longest, Consumer<Burst.Batch> listener)
            throws IOException {
        WatchService service = roots.get(0).getFileSystem().newWatchService();
        SourceWatcher watcher = new SourceWatcher(service, new Burst(quiet, longest), listener);
        try {
            for (Path root : roots) watcher.registerTree(root.toAbsolutePath().normalize(), null);
        } catch (IOException | UncheckedIOException e) {
            service.close();
            throw e;
        }
        watcher.thread.start();
        return watcher;
    }

    private void loop() {
        try {
            while (!closed) {
                WatchKey key = burst.isEmpty()
                        ? service.take()
                        : service.poll(Math.max(1, burst.millisUntilDue(System.nanoTime())), TimeUnit.MILLISECONDS);
                if (key != null) take(key);
                burst.takeIfDue(System.nanoTime()).ifPresent(this::tell);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the thread ends.
        }
    }

    /**
     * The listener's faults end here, not the thread: a watcher that died would leave the preview serving
     * a stale site without a word. (The preview reports build faults itself; this is the last guard.)
     */
    private void tell(Burst.Batch batch) {
        try {
            listener.accept(batch);
        } catch (RuntimeException | LinkageError | VirtualMachineError e) {
            System.err.println("dossier preview: a rebuild failed unexpectedly (" + String.valueOf(e).replaceAll("\\s+", " ")
                    + "); still watching");
        }
    }

    private void take(WatchKey key) {
        Path folder = folders.get(key);
        List<Path> changed = new ArrayList<>();
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                lost = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(path, changed);
                } catch (IOException | UncheckedIOException e) {
                    lost = true;
                }
            }
        }
        if (!key.reset()) folders.remove(key);
        burst.add(changed, lost, System.nanoTime());
    }

    /** Registers {@code root} and its sub-folders (not hidden ones); adds the files found to {@code found}. */
    private void registerTree(Path root, List<Path> found) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (found != null) found.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Stops watching. A rebuild that is running is allowed to finish (for up to ten seconds), so that
     * stopping never leaves a half-written site behind.
     */
    @Override
    public void close() {
        closed = true;
        try {
            service.close(); // wakes the thread if it waits for events
        } catch (IOException e) {
            // Nothing more to release.
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
