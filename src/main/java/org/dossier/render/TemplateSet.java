package org.dossier.render;

import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Where the templates and assets come from: the user's folder first, then the set built into Dossier
 * (the repository's {@code templates/}, packaged on the classpath under {@value #BUILT_IN}/). So a user's
 * folder may hold only the files they change, and a folder that does not exist means the built-in set.
 */
public final class TemplateSet {
    /** The classpath folder of the built-in templates and assets. */
    public static final String BUILT_IN = "templates";
    /** How messages name a file that comes from the built-in set. */
    static final String BUILT_IN_LABEL = "(built-in) " + BUILT_IN + "/";

    private final Path dir;

    /** @param dir the user's templates folder; when it does not exist, only the built-in set is used */
    public TemplateSet(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The user's folder, then the classpath: Pebble asks each in turn for a template. */
    Loader<?> loader(String suffix) {
        List<Loader<?>> loaders = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            FileLoader user = new FileLoader();
            user.setPrefix(dir.toAbsolutePath().toString());
            loaders.add(user);
        }
        loaders.add(new ClasspathLoader(TemplateSet.class.getClassLoader()));
        loaders.get(loaders.size() - 1).setPrefix(BUILT_IN);
        for (Loader<?> loader : loaders) {
            loader.setSuffix(suffix);
            loader.setCharset("UTF-8");
        }
        return loaders.size() == 1 ? loaders.get(0) : new DelegatingLoader(loaders);
    }

    /**
     * Where the file {@code relative} (a template with its suffix, or {@code assets/…}) is read from, as
     * messages name it: the user's file, else the built-in one; empty when neither has it.
     */
    Optional<String> locate(String relative) {
        Path file = dir.resolve(relative);
        if (Files.isRegularFile(file)) return Optional.of(file.toString());
        if (TemplateSet.class.getClassLoader().getResource(BUILT_IN + "/" + relative) != null) {
            return Optional.of(BUILT_IN_LABEL + relative);
        }
        return Optional.empty();
    }

    /** The bytes of the file {@code relative}: the user's, else the built-in one; empty when neither has it. */
    Optional<byte[]> read(String relative) throws IOException {
        Path file = dir.resolve(relative);
        if (Files.isRegularFile(file)) return Optional.of(Files.readAllBytes(file));
        return builtIn(relative);
    }

    /**
     * Every file under {@code folder} (such as {@code assets}) by its path below it, with '/' and sorted:
     * the built-in files, each replaced by the user's file of the same path, plus the user's others.
     * Hidden files (a name starting with '.') are left out, as editors leave them behind.
     */
    SortedMap<String, byte[]> files(String folder) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        readBuiltIn(folder, files);
        Path user = dir.resolve(folder);
        if (Files.isDirectory(user)) read(user, files);
        return files;
    }

    /** The names of the built-in files, for {@code init} and the README's list. */
    public static List<String> builtInNames() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            readBuiltIn("", files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(files.keySet());
    }

    /** The bytes of one built-in file, such as {@code base.peb}. */
    public static Optional<byte[]> builtIn(String relative) throws IOException {
        try (InputStream in = TemplateSet.class.getClassLoader().getResourceAsStream(BUILT_IN + "/" + relative)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    private static void readBuiltIn(String folder, Map<String, byte[]> files) throws IOException {
        String name = folder.isEmpty() ? BUILT_IN : BUILT_IN + "/" + folder;
        URL url = TemplateSet.class.getClassLoader().getResource(name);
        if (url == null) return;
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection inJar)) {
            try {
                read(Path.of(url.toURI()), files);
            } catch (URISyntaxException e) {
                throw new IOException("cannot list the built-in templates at " + url, e);
            }
            return;
        }
        // Inside the jar: its entries under the folder. Not through the JDK's zip file system, which indexes
        // all of the jar's thousands of entries first (a tenth of a second at every start). A jar of our own,
        // not the shared one the URL would give, so closing it closes nothing of anyone else's.
        inJar.setUseCaches(false);
        String prefix = name + "/";
        try (JarFile jar = inJar.getJarFile()) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) continue;
                String relative = entry.getName().substring(prefix.length());
                if (relative.startsWith(".") || relative.contains("/.")) continue;
                try (InputStream in = jar.getInputStream(entry)) {
                    files.put(relative, in.readAllBytes());
                }
            }
        }
    }

    private static void read(Path root, Map<String, byte[]> files) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (relative.startsWith(".") || relative.contains("/.")) continue;
                files.put(relative, Files.readAllBytes(file));
            }
        }
    }
}
