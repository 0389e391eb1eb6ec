package org.dossier.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.model.Diagnostic;
import org.dossier.model.SourceLocation;
import org.dossier.render.i18n.Messages;
import org.dossier.render.reuse.FragmentCache;

/**
 * The templates under Pebble, strict and safe: an unknown variable is an error, and every value is
 * HTML-escaped unless a view marked it as sanitised HTML. A template is read from the user's folder when
 * it is there, else from the built-in set ({@link TemplateSet}). Thread-safe.
 */
public final class Templates {
    public static final String SUFFIX = ".peb";

    private final TemplateSet set;
    private final PebbleEngine engine;
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();
    /** The length of each template's last output, to size the next one's buffer: a list page runs to megabytes. */
    private final Map<String, Integer> lastLength = new ConcurrentHashMap<>();
    /**
     * The output of {@code {% cache fragment(item) %}} blocks, kept from one render to the next: the one part of
     * the reuse layer the templates own, as Pebble's {@code cache} tag needs it in every render.
     */
    private final FragmentCache fragments = new FragmentCache();

    private final String language;
    /** The site's words in {@link #language}; null when the message file could not be read ({@link #messagesProblem}). */
    private final Messages messages;
    private final RenderException messagesProblem;

    /** The templates of {@code dir} writing the site's own words in English. */
    public Templates(Path dir) {
        this(dir, "en");
    }

    /**
     * The templates of {@code dir} writing the site's own words in {@code language} (its message file, the
     * user's or the built-in one). What {@code dir} lacks (all, when it does not exist) is built in.
     */
    public Templates(Path dir, String language) {
        this.set = new TemplateSet(dir);
        this.language = language;
        String relative = Messages.FOLDER + "/" + language + ".properties";
        Messages loaded = null;
        RenderException problem = null;
        try {
            String where = set.locate(relative).orElseThrow(() -> Messages.missing(language));
            loaded = Messages.parse(language, where, set.read(relative).orElseThrow(() -> Messages.missing(language)));
        } catch (IOException e) {
            problem = new RenderException(Diagnostic.error(SourceLocation.of(set.locate(relative)
                    .orElse(Messages.fileOf(dir, language).toString())), e.getMessage()), e);
        }
        this.messages = loaded;
        this.messagesProblem = problem;
        this.engine = new PebbleEngine.Builder()
                .loader(new NameResolvingLoader<>(set.loader(SUFFIX)))
                .strictVariables(true)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .addEscapingStrategy("html", new MarkupEscaping())
                .newLineTrimming(true)
                .defaultLocale(Locale.ROOT)
                .extension(new DossierExtension(fragments::keyOf, loaded == null ? new Messages(language, "", java.util.Map.of()) : loaded))
                .tagCache(fragments)
                .build();
    }

    public Path dir() {
        return set.dir();
    }

    /** The files of {@code assets/}: the built-in ones, each replaced by the user's file of the same path. */
    SortedMap<String, byte[]> assets() throws IOException {
        return set.files(SiteRenderer.ASSETS);
    }

    /** The language of the site's own words. */
    public String language() {
        return language;
    }

    /** The site's own words, for renderers that write text themselves; fails when the message file cannot be read. */
    public Messages messages() throws RenderException {
        if (messagesProblem != null) throw messagesProblem;
        return messages;
    }

    /** Ends a render of the whole site: cached blocks it did not use are forgotten. */
    public void endRender() {
        fragments.endRender();
    }

    /**
     * Compiles the templates {@code names} (without suffix) now rather than at their first page, so that a
     * build can do it while its analysis runs. One that does not compile, or does not exist, is left for
     * {@link #render} to report as it would have.
     */
    public void compile(List<String> names) {
        for (String name : names) {
            try {
                compiled.computeIfAbsent(name, engine::getTemplate);
            } catch (RuntimeException | StackOverflowError e) {
                // Reported by render, in its place and words, if a page needs the template.
            }
        }
    }

    /** Renders template {@code name} (without suffix) with the given variables. */
    public String render(String name, Map<String, Object> context) throws RenderException {
        // Checked when a template is first compiled, not for each of the thousands of pages it renders.
        if (!compiled.containsKey(name) && set.locate(name + SUFFIX).isEmpty()) {
            throw new RenderException(Diagnostic.error(SourceLocation.of(set.dir().resolve(name + SUFFIX).toString()),
                    "template not found; add it to the templates folder (Dossier has no built-in template of this name)"), null);
        }
        try {
            PebbleTemplate template = compiled.computeIfAbsent(name, engine::getTemplate);
            PageWriter writer = PageWriter.take(lastLength.getOrDefault(name, 16));
            template.evaluate(writer, context, Locale.ROOT);
            String output = writer.toString();
            writer.giveBack();
            lastLength.put(name, output.length());
            return output;
        } catch (PebbleException e) {
            throw new RenderException(toDiagnostic(name, e), e);
        } catch (IOException e) {
            throw new RenderException(Diagnostic.error(SourceLocation.of(where(name + SUFFIX)),
                    "cannot be rendered (" + e.getMessage() + ")"), e);
        }
    }

    private Diagnostic toDiagnostic(String name, PebbleException e) {
        String fileName = e.getFileName() == null ? name + SUFFIX : Path.of(e.getFileName()).getFileName().toString();
        String file = where(fileName.endsWith(SUFFIX) ? fileName : fileName + SUFFIX);
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        String message = (e.getPebbleMessage() == null ? e.getMessage() : e.getPebbleMessage()).strip();
        // Pebble's messages often end in a full stop; ours goes on with what to do.
        message = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return Diagnostic.error(SourceLocation.of(file, line),
                "template error: " + message + "; fix the template (see README, 'Templates')");
    }

    /** The file a message names: the user's template, or the built-in one it fell back to. */
    private String where(String fileName) {
        Optional<String> found = set.locate(fileName);
        return found.orElse(set.dir().resolve(fileName).toString());
    }

    /**
     * A {@link java.io.StringWriter} without its lock: Pebble writes a page in thousands of small pieces, each
     * of which took and released the lock of StringWriter's StringBuffer.
     */
    private static final class PageWriter extends Writer {
        /**
         * Each rendering thread keeps its last page's buffer for the next page, so a page is not copied again
         * and again as its buffer grows; a page rendered within a page takes a buffer of its own.
         */
        private static final ThreadLocal<StringBuilder> SPARE = new ThreadLocal<>();
        /** Buffers larger than this (in characters) are let go: a few large pages must not stay in memory. */
        private static final int KEPT = 1 << 20;

        private final StringBuilder text;

        private PageWriter(StringBuilder text) {
            this.text = text;
        }

        static PageWriter take(int capacity) {
            StringBuilder spare = SPARE.get();
            if (spare == null) return new PageWriter(new StringBuilder(capacity));
            SPARE.set(null);
            spare.setLength(0);
            spare.ensureCapacity(capacity);
            return new PageWriter(spare);
        }

        void giveBack() {
            if (text.capacity() <= KEPT) SPARE.set(text);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public Writer append(CharSequence chars) {
            text.append(chars);
            return this;
        }

        @Override
        public Writer append(CharSequence chars, int start, int end) {
            text.append(chars, start, end);
            return this;
        }

        @Override
        public Writer append(char c) {
            text.append(c);
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
