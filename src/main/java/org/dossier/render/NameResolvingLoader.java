package org.dossier.render;

import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A template loader that answers the two questions Pebble asks for every {@code include} and {@code extends}
 * of every page (what a name is relative to the including template, and the cache key of a name) without
 * doing the work again: only a name that starts with {@code ./} or {@code ../} is relative (what Pebble's
 * loaders tell after normalising both paths with a regex, for each loader in turn), and the key of a name
 * is the same object as the last time. Everything else is the wrapped loader's.
 */
final class NameResolvingLoader<T> implements Loader<T> {
    private final Loader<T> loader;
    private final Map<String, T> keys = new ConcurrentHashMap<>();

    NameResolvingLoader(Loader<T> loader) {
        this.loader = loader;
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        if (relativePath == null || !isRelative(relativePath)) return null;
        return loader.resolveRelativePath(relativePath, anchorPath);
    }

    /** Either separator counts, as Pebble's loaders turn both into their own. */
    private static boolean isRelative(String path) {
        int dots = path.startsWith("..") ? 2 : path.startsWith(".") ? 1 : 0;
        return dots > 0 && path.length() > dots && (path.charAt(dots) == '/' || path.charAt(dots) == '\\');
    }

    @Override
    public T createCacheKey(String templateName) {
        return keys.computeIfAbsent(templateName, loader::createCacheKey);
    }

    @Override
    public Reader getReader(T cacheKey) {
        return loader.getReader(cacheKey);
    }

    @Override
    public void setCharset(String charset) {
        loader.setCharset(charset);
    }

    @Override
    public void setPrefix(String prefix) {
        loader.setPrefix(prefix);
    }

    @Override
    public void setSuffix(String suffix) {
        loader.setSuffix(suffix);
    }

    @Override
    public boolean resourceExists(String templateName) {
        return loader.resourceExists(templateName);
    }
}
