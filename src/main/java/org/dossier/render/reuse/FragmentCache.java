package org.dossier.render.reuse;

import io.pebbletemplates.pebble.cache.CacheKey;
import io.pebbletemplates.pebble.cache.PebbleCache;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.dossier.memo.Memo;
import org.dossier.render.Templates;

/**
 * What Pebble's {@code {% cache key %}} tag keeps: each block's output by its key, for one render and the
 * next. {@link Templates} owns one and hands its {@link #keyOf} to the {@code fragment(item)} function of
 * the templates, which makes the keys: the page's path and a token for one view object, which
 * stays the same while a later render shows the very same object (a list page's unchanged items, see
 * {@link TrackedViews}). So a page that lists thousands of items lays out again only the items that changed.
 * A render forgets the blocks and tokens the render before it used and it did not, so the cache holds
 * one site's blocks, not every version of them. Thread-safe: pages are rendered side by side.
 *
 * <p>The blocks are a {@link Memo} by their key (a block's output is a function of the view object and the
 * page, which the key names); the tokens are kept by the view object itself, which a memo comparing by value
 * cannot do, so they keep their own two generations.
 */
public final class FragmentCache implements PebbleCache<CacheKey, Object> {
    private final Memo<CacheKey, Object> blocks = Memo.remembering();
    private Map<Object, String> lastTokens = new IdentityHashMap<>();
    private Map<Object, String> currentTokens = new IdentityHashMap<>();
    private long tokensMade;

    /** The key of the block that shows {@code view} on the page at {@code path}. */
    public synchronized String keyOf(Object view, String path) {
        String token = currentTokens.get(view);
        if (token == null) {
            token = lastTokens.get(view);
            if (token == null) token = Long.toString(tokensMade++, 36);
            currentTokens.put(view, token);
        }
        return path + "#" + token;
    }

    @Override
    public Object computeIfAbsent(CacheKey key, Function<? super CacheKey, ?> render) {
        // The memo renders outside its map's own update, as it must: a block may hold another cached block.
        return blocks.get(key, render);
    }

    /** Ends a render: the blocks and tokens it used are the ones the next render may take. */
    public synchronized void endRender() {
        blocks.endBuild();
        lastTokens = currentTokens;
        currentTokens = new IdentityHashMap<>();
    }

    @Override
    public synchronized void invalidateAll() {
        blocks.clear();
        lastTokens = new IdentityHashMap<>();
        currentTokens = new IdentityHashMap<>();
    }
}
