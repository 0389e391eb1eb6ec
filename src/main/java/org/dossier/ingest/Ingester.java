package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.dossier.model.Article;
import org.dossier.model.Diagnostic;
import org.dossier.model.SourceLocation;
import org.dossier.text.Slugs;

/**
 * Reads every seed under a folder. Seeds are found recursively and read in the order of their relative
 * paths, so the same folder always gives the same articles; they are decoded and parsed in parallel.
 * Files whose names start with '.', the editor's {@code entities.yml} and the settings {@code dossier.yml} are not seeds.
 */
public final class Ingester {
    /** Files in the seeds folder that configure the dossier rather than being articles. */
    public static final List<String> CONFIG_FILES = List.of("entities.yml", "entities.yaml", "dossier.yml");
    /** The most bytes a seed may hold (10 MiB): a news article is rarely 100 KiB; beyond this, reading one costs minutes. */
    public static final int MAX_SEED_BYTES = 10 * 1024 * 1024;
    /**
     * The most blocks a seed may hold: a long report has a few hundred. 700,000 one-line blocks in 10 MB took
     * two minutes and 2.5 GB to build, most of it laying out the one article page (LargeSeedBenchmark).
     */
    public static final int MAX_BLOCKS = 10_000;

    private final TextSeedReader text = new TextSeedReader();
    // Made when the first seed of their format comes: building Flexmark's parser and loading jsoup take
    // a good part of the start-up of a build whose seeds are all plain text.
    private final Lazy<MarkdownSeedReader> markdown = new Lazy<>(MarkdownSeedReader::new);
    private final Lazy<HtmlSeedReader> html = new Lazy<>(HtmlSeedReader::new);

    /** Reads the folder; {@code progress} hears the count of seeds read so far (from any thread). */
    public IngestResult ingest(Path seedsDir, IntConsumer progress) {
        return ingest(seedsDir, progress, SeedCache.none());
    }

    /** Reads the folder, taking from {@code cache} the seeds that did not change since it last saw them. */
    public IngestResult ingest(Path seedsDir, IntConsumer progress, SeedCache cache) {
        if (!Files.isDirectory(seedsDir)) {
            return new IngestResult(List.of(), List.of(Diagnostic.error(SourceLocation.of(seedsDir.toString()),
                    Files.exists(seedsDir)
                            ? "is not a folder; pass the folder that holds the seed articles with --seeds DIR"
                            : "seeds folder not found; create it and put the articles (.txt, .md, .html) in it, or pass --seeds DIR")));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Listed> seeds = new ArrayList<>();
        for (Listed file : files(seedsDir, diagnostics)) {
            if (CONFIG_FILES.contains(file.name()) && file.atTop()) continue;
            if (SeedFormat.ofName(file.name()).isPresent()) {
                seeds.add(file);
            } else {
                diagnostics.add(Diagnostic.warning(SourceLocation.of(file.path().toString()),
                        "is not a seed and is ignored; seeds end in .txt, .md, .markdown, .html or .htm"));
            }
        }
        if (seeds.isEmpty()) {
            diagnostics.add(Diagnostic.warning(SourceLocation.of(seedsDir.toString()),
                    "holds no seeds; the dossier is empty until you add articles (.txt, .md, .html)"));
        }
        cache.useFor(seedsDir);
        AtomicInteger done = new AtomicInteger();
        List<SeedOutcome> outcomes = seeds.parallelStream()
                .map(file -> {
                    SeedOutcome outcome = cache.outcome(file.relative(), file.attributes(), () -> readGuarded(seedsDir, file.path()));
                    progress.accept(done.incrementAndGet());
                    return outcome;
                })
                .toList();
        cache.retainOnly(seeds.stream().map(Listed::relative).toList());
        List<Article> articles = new ArrayList<>();
        Map<String, String> slugOwners = new HashMap<>();
        for (SeedOutcome outcome : outcomes) {
            diagnostics.addAll(outcome.diagnostics());
            if (outcome.article().isEmpty()) continue;
            Article article = outcome.article().get();
            String owner = slugOwners.putIfAbsent(article.id(), outcome.file());
            if (owner != null) {
                diagnostics.add(Diagnostic.error(SourceLocation.of(outcome.file()), "slug '" + article.id()
                        + "' is already used by " + owner + "; rename one of the files or give one a 'slug' in its metadata"));
                continue;
            }
            articles.add(article);
        }
        return new IngestResult(articles, diagnostics);
    }

    record SeedOutcome(String file, Optional<Article> article, List<Diagnostic> diagnostics) {}

    /** {@link #read}, with an unexpected fault tied to the seed it happened on. */
    private SeedOutcome readGuarded(Path seedsDir, Path file) {
        try {
            return read(seedsDir, file);
        } catch (RuntimeException | StackOverflowError e) {
            throw new SeedFault(file.toString(), e);
        }
    }

    private SeedOutcome read(Path seedsDir, Path file) {
        String shown = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read at most one byte past the limit: the file may have grown since it was listed.
            bytes = in.readNBytes(MAX_SEED_BYTES + 1);
            if (bytes.length > MAX_SEED_BYTES) {
                return failed(shown, 0, 0, "is larger than 10 MiB, the most a seed may hold; split it into several articles"
                        + " or cut what is not the article (see README, 'Limits')");
            }
        } catch (IOException e) {
            return failed(shown, 0, 0, "cannot be read (" + e.getMessage() + "); check that the file is readable");
        }
        SeedText.Result decoded = SeedText.decode(bytes);
        if (decoded instanceof SeedText.Refused refused) {
            return failed(shown, refused.line(), refused.column(), refused.message());
        }
        String text = ((SeedText.Decoded) decoded).text();
        SeedFormat format = SeedFormat.of(file).orElseThrow();
        ParsedSeed parsed = switch (format) {
            case TEXT -> this.text.read(shown, text);
            case MARKDOWN -> markdown.get().read(shown, text);
            case HTML -> html.get().read(shown, text);
        };
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new SeedOutcome(shown, Optional.empty(), diagnostics);
        }
        if (parsed.blocks().size() > MAX_BLOCKS) {
            diagnostics.add(Diagnostic.error(SourceLocation.of(shown, parsed.blocks().get(MAX_BLOCKS).line()),
                    "has more than " + MAX_BLOCKS + " blocks, the most a seed may hold; split it into several articles"
                            + " (see README, 'Limits')"));
            return new SeedOutcome(shown, Optional.empty(), diagnostics);
        }
        if (parsed.blocks().isEmpty()) {
            diagnostics.add(Diagnostic.error(SourceLocation.of(shown, 1),
                    "has no article text (only metadata or markup that is not shown); add the article's text or remove the file"));
            return new SeedOutcome(shown, Optional.empty(), diagnostics);
        }
        String source = seedsDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        String slug = parsed.metadata().slug().orElseGet(() -> slugFromFileName(file));
        if (slug.isEmpty()) {
            diagnostics.add(Diagnostic.error(SourceLocation.of(shown, 1), "file name gives no slug; "
                    + "rename the file with letters or digits, or give it a 'slug' in its metadata"));
            return new SeedOutcome(shown, Optional.empty(), diagnostics);
        }
        return new SeedOutcome(shown, Optional.of(ArticleAssembler.assemble(source, shown, slug, parsed)), diagnostics);
    }

    /** The file name without extension, if it already is a slug; otherwise made into one. */
    static String slugFromFileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return Slugs.problem(stem).isEmpty() ? stem : Slugs.of(stem, 100);
    }

    private static SeedOutcome failed(String file, int line, int column, String message) {
        return new SeedOutcome(file, Optional.empty(), List.of(Diagnostic.error(new SourceLocation(file, line, column), message)));
    }

    /**
     * A regular file found under the seeds folder: its path, its path relative to the folder (with the file
     * system's separator), its name, and the attributes the walk read (a link's are those of the file it points to).
     */
    private record Listed(Path path, String relative, String name, BasicFileAttributes attributes) {
        boolean atTop() {
            return relative.equals(name);
        }
    }

    /**
     * The regular files under {@code dir} (a link counts as the file it points to), outside hidden folders
     * and not hidden themselves, in the order of their relative paths, each with the attributes the walk
     * read: the seed cache compares them with last time's, so a rebuild stats each file once, not three times.
     * A link whose real path is outside {@code dir} is skipped with a warning: a seed must not publish
     * {@code /etc/passwd} because someone linked it. Links to folders are not followed.
     * <p>Every rebuild walks the folder (a watcher can miss an event), so the walk makes little per file: each
     * folder is read as a directory stream, a file's relative path is its folder's and its name joined, not
     * worked out from two paths, and the files are sorted once by it.
     */
    private static List<Listed> files(Path dir, List<Diagnostic> diagnostics) {
        Path realDir = realPath(dir);
        String separator = dir.getFileSystem().getSeparator();
        List<Listed> found = new ArrayList<>();
        try {
            BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            // As Files.walkFileTree, which does not follow links: a seeds folder that is a link is one file.
            if (attributes.isDirectory()) {
                walk(dir, "", separator, realDir, diagnostics, found);
            } else {
                Path name = dir.getFileName();
                visit(dir, "", name == null ? "" : name.toString(), attributes, realDir, diagnostics, found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DirectoryIteratorException e) {
            throw new UncheckedIOException(e.getCause());
        }
        found.sort(Comparator.comparing(Listed::relative));
        return found;
    }

    private static void walk(Path folder, String relative, String separator, Path realDir, List<Diagnostic> diagnostics,
                             List<Listed> found) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                // A hidden file is skipped, and so is everything in a hidden folder.
                if (name.startsWith(".")) continue;
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String path = relative.isEmpty() ? name : relative + separator + name;
                if (attributes.isDirectory()) {
                    walk(entry, path, separator, realDir, diagnostics, found);
                } else {
                    visit(entry, path, name, attributes, realDir, diagnostics, found);
                }
            }
        }
    }

    private static void visit(Path file, String relative, String name, BasicFileAttributes attributes, Path realDir,
                              List<Diagnostic> diagnostics, List<Listed> found) {
        if (name.startsWith(".")) return;
        BasicFileAttributes target = attributes.isSymbolicLink() ? followed(file) : attributes;
        if (attributes.isSymbolicLink() && target != null && !realPath(file).startsWith(realDir)) {
            diagnostics.add(Diagnostic.warning(SourceLocation.of(file.toString()), "is a link to " + realPath(file)
                    + ", outside the seeds folder, and is skipped; copy the file into the seeds folder instead"));
            return;
        }
        if (attributes.isSymbolicLink() && target != null && target.isDirectory()) {
            diagnostics.add(Diagnostic.warning(SourceLocation.of(file.toString()),
                    "is a link to a folder and is not followed; move the folder into the seeds folder instead"));
            return;
        }
        if (target != null && target.isRegularFile()) found.add(new Listed(file, relative, name, target));
    }

    /** The path with every link resolved; the path itself when it cannot be resolved (a dangling link). */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** The attributes of the file a link points to; null when it points nowhere. */
    private static BasicFileAttributes followed(Path link) {
        try {
            return Files.readAttributes(link, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** A value made once, by the first thread that asks for it. */
    private static final class Lazy<T> {
        private final Supplier<T> maker;
        private volatile T value;

        Lazy(Supplier<T> maker) {
            this.maker = maker;
        }

        T get() {
            T made = value;
            if (made != null) return made;
            synchronized (this) {
                if (value == null) value = maker.get();
                return value;
            }
        }
    }
}
